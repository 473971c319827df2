import { Chalk } from 'chalk';
import { InvalidArgumentError } from 'commander';
import type { Io } from '../io/io.js';
import type { RenderOptions } from '../render/render-options.js';

/** Parses `--as-of`: a real calendar date written YYYY-MM-DD. */
export function parseDateOption(value: string): string {
  const d = new Date(`${value}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(d.getTime()) ||
    d.toISOString().slice(0, 10) !== value
  ) {
    throw new InvalidArgumentError(`expected a date written YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

/** Parses a whole number within bounds (e.g. `--months`). */
export function parseIntegerOption(min: number, max: number) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}, got "${value}"`);
    }
    return Number(value);
  };
}

/** Parses a currency code such as USD. */
export function parseCurrencyOption(value: string): string {
  if (!/^[A-Za-z]{3}$/.test(value))
    throw new InvalidArgumentError(`expected a three-letter currency code like USD, got "${value}"`);
  return value.toUpperCase();
}

/** Colour only on a TTY, never with NO_COLOR or --no-color. */
export function renderOptions(io: Io, colorFlag: boolean | undefined): RenderOptions {
  const color = colorFlag !== false && io.stdoutIsTTY && !io.env['NO_COLOR'];
  const chalk = new Chalk({ level: color ? 1 : 0 });
  return { color, style: { bold: (s) => chalk.bold(s), dim: (s) => chalk.dim(s) } };
}

/** Warnings go to stderr, one per line, so stdout stays machine-readable. */
export function printWarnings(io: Io, warnings: readonly { message: string }[]): void {
  for (const w of warnings) io.stderr(`warning: ${w.message}\n`);
}
