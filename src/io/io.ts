import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Everything a command needs from the outside world. cli.ts builds it from `process`; tests build
 * their own. Commands and use cases never touch `process` directly.
 */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Today's date in UTC, `YYYY-MM-DD` (the default `as_of`). */
  today(): string;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** Reads all of standard input as UTF-8 (for `-` as a plan file name). */
  readStdin(): Promise<string>;
  /** Standard input as it arrives, in chunks (for `contacts -`, which streams any size). */
  stdinChunks(): AsyncIterable<Uint8Array>;
  /** Sets the exit code without stopping output. */
  setExitCode(code: number): void;
}

/**
 * The package root (where `rates/` and `package.json` live): the nearest folder above this code that has
 * a package.json. One rule for every way the code runs: the CLI bundle `dist/wa-cost.cjs` (where
 * `__filename` is set), the build step's ESM bundle, and the TypeScript sources under test.
 */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  let dir = dirname(here);
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return (cachedRoot = dir);
}
let cachedRoot: string | undefined;

/** The rate-card folder: `WA_COST_RATES_DIR` when set (tests use fixture cards), else the shipped `rates/`. */
export function ratesDir(io: Pick<Io, 'env' | 'cwd'>): string {
  const fromEnv = io.env['WA_COST_RATES_DIR'];
  return fromEnv ? resolve(io.cwd, fromEnv) : resolve(packageRoot(), 'rates');
}
