import { describe, expect, it } from 'vitest';
import { renderOptions } from '../../src/commands/options.js';
import type { Io } from '../../src/io/io.js';

const io = (tty: boolean, env: Record<string, string> = {}) => ({ stdoutIsTTY: tty, env }) as unknown as Io;

describe('colour only on a terminal', () => {
  const cases: [string, Io, boolean | undefined, boolean][] = [
    ['a terminal', io(true), undefined, true],
    ['a pipe or file', io(false), undefined, false],
    ['NO_COLOR on a terminal', io(true, { NO_COLOR: '1' }), undefined, false],
    ['--no-color on a terminal', io(true), false, false],
  ];
  for (const [name, i, flag, color] of cases) {
    it(name, () => {
      const r = renderOptions(i, flag);
      expect(r.color).toBe(color);
      expect(r.style.bold('x')).toBe(color ? '\u001b[1mx\u001b[22m' : 'x');
    });
  }
});
