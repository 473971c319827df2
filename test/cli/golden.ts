import { execa } from 'execa';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/**
 * Golden-file harness for the built CLI. One file per invocation holds the arguments, exit code,
 * stdout and stderr. `UPDATE_GOLDEN=1 npx vitest run` rewrites them; review the diff before committing.
 */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = resolve(ROOT, 'bin', 'wa-cost.js');

export interface CliResult {
  args: string[];
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string;
  env?: Record<string, string>;
  cwd?: string;
  /** Another copy of bin/wa-cost.js (the start-up loader tests run a copied package). */
  bin?: string;
}

/** Runs `wa-cost` with a fixed environment: no colour, UTC, 120 columns, fixture rate cards, a fixed today. */
export async function runCli(args: string[], opts: RunOptions = {}): Promise<CliResult> {
  const r = await execa('node', [opts.bin ?? BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    reject: false,
    extendEnv: false,
    env: {
      PATH: process.env['PATH'] ?? '',
      NO_COLOR: '1',
      TZ: 'UTC',
      COLUMNS: '120',
      WA_COST_RATES_DIR: resolve(ROOT, 'fixtures', 'rates'),
      WA_COST_TODAY: '2026-11-24',
      ...opts.env,
    },
    stripFinalNewline: false,
  });
  return { args, exitCode: r.exitCode ?? -1, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** The golden text of a result. */
export function formatGolden(r: CliResult): string {
  return `$ wa-cost ${r.args.join(' ')}\n# exit: ${r.exitCode}\n# stdout:\n${r.stdout}\n# stderr:\n${r.stderr}`;
}

/** Compares a result to `test/<area>/golden/<name>.golden`, or writes it with UPDATE_GOLDEN=1. */
export function expectGolden(area: string, name: string, r: CliResult): void {
  const file = resolve(ROOT, 'test', area, 'golden', `${name}.golden`);
  const text = formatGolden(r);
  if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(file)) {
    if (process.env['CI'] && !existsSync(file))
      throw new Error(
        `missing golden file ${file}: run UPDATE_GOLDEN=1 npx vitest run locally and commit it`,
      );
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    return;
  }
  expect(text).toBe(readFileSync(file, 'utf8'));
}
