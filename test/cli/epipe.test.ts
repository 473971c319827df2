import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './golden.js';

/** Runs wa-cost with its stdout pipe closed before it writes (as `wa-cost … | head` ends up doing). */
function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve(ROOT, 'bin', 'wa-cost.js'), ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        WA_COST_RATES_DIR: resolve(ROOT, 'fixtures', 'rates'),
        WA_COST_TODAY: '2026-11-24',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('close', (code) => done({ code, stderr }));
  });
}

describe('a reader that stops early', () => {
  it.each([['--help'], ['estimate', 'fixtures/plans/per-message-2026.yaml', '--format', 'json']])(
    '%s: stops quietly, no EPIPE stack trace',
    async (...args) => {
      const r = await runWithClosedStdout(args);
      expect(r.stderr).not.toMatch(/EPIPE|Unhandled|at .*\(/);
      expect(r.code).toBe(0);
    },
  );
});
