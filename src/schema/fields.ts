import { z } from 'zod';
import { Decimal } from '../core/money.js';
// zod compiles a fast path with `new Function` for each object schema on its first parse. A CLI parses
// each schema once or twice per run, so that compile (which V8's code cache cannot keep) costs more than
// it saves: ~2 ms of a small estimate's start-up (docs/startup.md).
z.config({ jitless: true });

/**
 * Shared field types. YAML numbers arrive as their source text (see io/yaml-source.ts), so every
 * numeric field is a decimal literal that becomes a Decimal here: money never passes through a
 * JavaScript number.
 */
const DECIMAL_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** Beyond this nothing is a plausible volume, rate or fee; it guards against `1e400`. */
const MAX_MAGNITUDE = new Decimal('1e15');

interface DecimalOptions {
  min?: string;
  max?: string;
  integer?: boolean;
  /** Exclusive minimum, e.g. a rate that must be > 0. */
  positive?: boolean;
}

/**
 * A decimal number written in YAML (`0.0618`) or quoted (`"0.92"`); output is a Decimal. One schema per
 * set of options, shared by every field that uses it: zod schemas are immutable, and building each anew
 * (six zod objects, each binding ~40 methods) was a measurable part of start-up (docs/startup.md).
 */
export function decimal(opts: DecimalOptions = {}) {
  const key = JSON.stringify(opts);
  let schema = decimals.get(key);
  if (!schema) decimals.set(key, (schema = buildDecimal(opts)));
  return schema;
}
const decimals = new Map<string, ReturnType<typeof buildDecimal>>();

function buildDecimal(opts: DecimalOptions) {
  return z
    .union([z.string(), z.number()], { error: 'expected a number' })
    .transform((raw, ctx): Decimal => {
      const text = String(raw).trim().replace(/_/g, '');
      if (!DECIMAL_RE.test(text)) {
        ctx.addIssue({ code: 'custom', message: `expected a number, got ${JSON.stringify(String(raw))}` });
        return z.NEVER;
      }
      const value = new Decimal(text);
      if (!value.isFinite() || value.abs().gt(MAX_MAGNITUDE)) {
        ctx.addIssue({ code: 'custom', message: `${text} is out of range (at most 1e15)` });
        return z.NEVER;
      }
      if (opts.integer && !value.isInteger()) {
        ctx.addIssue({ code: 'custom', message: `expected a whole number, got ${text}` });
        return z.NEVER;
      }
      if (opts.positive && value.lte(0)) {
        ctx.addIssue({ code: 'custom', message: `must be greater than 0, got ${text}` });
        return z.NEVER;
      }
      if (opts.min !== undefined && value.lt(opts.min)) {
        ctx.addIssue({ code: 'custom', message: `must be at least ${opts.min}, got ${text}` });
        return z.NEVER;
      }
      if (opts.max !== undefined && value.gt(opts.max)) {
        ctx.addIssue({ code: 'custom', message: `must be at most ${opts.max}, got ${text}` });
        return z.NEVER;
      }
      return value;
    })
    .meta({ waCostType: 'decimal', ...opts });
}

/** A percentage, 0–100 (keys ending in `_pct`). */
export const percent = () => decimal({ min: '0', max: '100' });
/** A count of things: whole and non-negative. */
export const count = () => decimal({ min: '0', integer: true });
/** Money or a volume that may be fractional but not negative. */
export const amount = () => decimal({ min: '0' });

/** An ISO date `YYYY-MM-DD` that exists in the calendar. */
export const isoDate = () =>
  z
    .string({ error: 'expected a date written YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, 'not a calendar date');

/** An ISO 4217 currency code. */
export const currencyCode = () =>
  z
    .string({ error: 'expected a currency code like USD' })
    .transform((s) => s.toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter currency code like USD, EUR, INR'));

/**
 * An object that rejects unknown keys. The error carries the known keys so that
 * `toProblems` can say "did you mean" for each unknown one.
 */
export function strictObject<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject(shape, {
    error: (iss) => (iss.code === 'unrecognized_keys' ? `${KNOWN_KEYS_TAG}${Object.keys(shape).join(',')}` : undefined),
  });
}

export const KNOWN_KEYS_TAG = 'known-keys:';
