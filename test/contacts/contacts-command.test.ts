import { describe, expect, it } from 'vitest';
import { CONTACTS_FORMATS, createContactsCommand } from '../../src/commands/contacts.js';
import { CONTACTS_RENDERERS } from '../../src/render/contacts-renderers.js';
import type { Io } from '../../src/io/io.js';

function fakeIo(stderrIsTTY: boolean): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    cwd: process.cwd(),
    env: { WA_COST_RATES_DIR: 'fixtures/rates' },
    today: () => '2026-11-24',
    stdoutIsTTY: false,
    stderrIsTTY,
    readStdin: () => Promise.resolve(''),
    setExitCode: () => undefined,
  };
}

describe('contacts progress bar', () => {
  it('draws on stderr only when stderr is a terminal, and clears its line at the end', async () => {
    const tty = fakeIo(true);
    await createContactsCommand(tty).parseAsync(
      ['fixtures/contacts/crm-export-comma.csv', '--format', 'json'],
      { from: 'user' },
    );
    expect(tty.err[0]).toMatch(/^\rreading █+ 100% of 0\.0 MB$/);
    expect(tty.err.at(-1)).toBe('\r\x1b[K');
    expect(JSON.parse(tty.out.join('')) as unknown).toMatchObject({ rows: 18 });

    const pipe = fakeIo(false);
    await createContactsCommand(pipe).parseAsync(
      ['fixtures/contacts/crm-export-comma.csv', '--format', 'json'],
      { from: 'user' },
    );
    expect(pipe.err).toEqual([]);
    expect(pipe.out.join('')).toBe(tty.out.join(''));
  });
});

describe('contacts --format choices', () => {
  it('lists exactly the registered renderers', () => {
    expect([...CONTACTS_FORMATS].sort()).toEqual(Object.keys(CONTACTS_RENDERERS).sort());
  });
});
