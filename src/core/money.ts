import { Decimal as DecimalBase } from 'decimal.js';

/**
 * The one Decimal constructor of wa-cost. Money and quantities are Decimals from input to output:
 * 40 significant digits is far beyond any bill, so nothing is rounded before rendering.
 */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_EVEN });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);

/** Parses a decimal literal (`"0.0618"`, `"20000"`); throws on anything else. */
export function dec(value: string | number | Decimal): Decimal {
  return new Decimal(value);
}

/** Sum of Decimals, exact. */
export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** A percentage (0–100) as a fraction. */
export function pct(p: Decimal): Decimal {
  return p.div(HUNDRED);
}
