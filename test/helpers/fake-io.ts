import { resolve } from 'node:path';
import type { Io } from '../../src/io/io.js';
import { ROOT } from '../cli/golden.js';

/** An in-memory Io for in-process runs: stdin text, captured output, fixture rate cards, a fixed today. */
export function fakeIo(
  opts: { stdin?: string | Buffer; stderrIsTTY?: boolean; env?: Record<string, string> } = {},
): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    cwd: ROOT,
    env: { WA_COST_RATES_DIR: resolve(ROOT, 'fixtures', 'rates'), NO_COLOR: '1', ...opts.env },
    today: () => '2026-11-24',
    stdoutIsTTY: false,
    stderrIsTTY: opts.stderrIsTTY ?? false,
    readStdin: () => Promise.resolve(String(opts.stdin ?? '')),
    // Standard input in 7-byte chunks, so that rows, quotes and CRLF are cut at awkward places.
    stdinChunks: async function* () {
      const bytes = Buffer.from(opts.stdin ?? '');
      for (let at = 0; at < bytes.length; at += 7) yield await Promise.resolve(bytes.subarray(at, at + 7));
    },
    setExitCode: () => undefined,
  };
}
