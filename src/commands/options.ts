import { InvalidArgumentError, type Command } from 'commander';
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
  // Two SGR codes do not justify loading chalk at start-up (docs/benchmarks.md).
  const sgr = (open: number) => (s: string) => (color ? `\u001b[${open}m${s}\u001b[22m` : s);
  return { color, style: { bold: sgr(1), dim: sgr(2) } };
}

/** Warnings go to stderr, one per line, so stdout stays machine-readable. */
export function printWarnings(io: Io, warnings: readonly { message: string }[]): void {
  for (const w of warnings) io.stderr(`warning: ${w.message}\n`);
}

const DECIMAL_RE = /^\d+(\.\d+)?$/;

/** Parses a non-negative amount in the plan currency (`--max-cost 5000`); kept as exact decimal text. */
export function parseAmountOption(value: string): string {
  const v = value.trim().replace(/_/g, '');
  if (!DECIMAL_RE.test(v))
    throw new InvalidArgumentError(
      `expected an amount such as 5000 or 1250.50 (no currency sign), got "${value}"`,
    );
  return v;
}

/** Parses a percentage that may be negative (`--min-roi 25`, `--min-roi -10`); `%` is optional. */
export function parsePctOption(value: string): string {
  const v = value.trim().replace(/%$/, '');
  if (!/^-?\d+(\.\d+)?$/.test(v))
    throw new InvalidArgumentError(`expected a percentage such as 25 or 12.5, got "${value}"`);
  return v;
}

/** Parses `--max-increase`: an amount (`500`) or a percentage of the baseline total (`10%`). */
export function parseIncreaseOption(value: string): string {
  const v = value.trim().replace(/_/g, '');
  const pct = v.endsWith('%');
  if (!DECIMAL_RE.test(pct ? v.slice(0, -1) : v))
    throw new InvalidArgumentError(
      `expected an amount (500) or a percentage of the baseline total (10%), got "${value}"`,
    );
  return v;
}

/**
 * `--sensitivity [pct]`: a percentage above 0 and at most 100, kept as exact decimal text (the action
 * makes it a Decimal; importing decimal.js here would load it for every command, even `--help`).
 */
export function parseSensitivityOption(value: string): string {
  if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0 || Number(value) > 100) {
    throw new InvalidArgumentError(`expected a percentage above 0 and at most 100, got "${value}"`);
  }
  return value;
}

/** The flags every pricing command shares (estimate, compare): one definition, one meaning. */
export interface PricingFlags {
  asOf?: string;
  currency?: string;
  months?: number;
  allowMissingRates?: boolean;
  rates?: string[];
}

/** Adds --as-of, --currency, --months, --allow-missing-rates and --rates to a pricing command. */
export function addPricingOptions(
  cmd: Command,
  currencyHelp = 'billing currency of the WhatsApp Business Account (overrides the plan)',
): Command {
  return cmd
    .option(
      '--as-of <date>',
      'price as of this date, YYYY-MM-DD (overrides the plan’s as_of)',
      parseDateOption,
    )
    .option('--currency <code>', currencyHelp, parseCurrencyOption)
    .option('--months <n>', 'horizon in months (overrides the plan)', parseIntegerOption(1, 120))
    .option('--allow-missing-rates', 'list lines whose rate is unknown as not priced instead of failing')
    .option(
      '--rates <file>',
      'your own rates (YAML or CSV override file, docs/rate-cards.md); repeatable, later files win',
      (value: string, previous: string[] = []) => [...previous, value],
    );
}
