// The one display formatter. Rendering is the only place values are rounded; it uses decimal.js
// directly (rounding only, no arithmetic) because render/ must not depend on core/.
import { Decimal } from 'decimal.js';
import { minorUnits } from './currency-digits.js';

/** Money rounded half-up to the currency's minor unit, with thousands separators: `1,234.57`. */
export function formatMoney(value: string, currency: string): string {
  return group(new Decimal(value).toFixed(minorUnits(currency), Decimal.ROUND_HALF_UP));
}

/** A quantity: whole numbers as is, fractions to at most 2 places, thousands separators. */
export function formatQuantity(value: string): string {
  const d = new Decimal(value);
  return group(d.isInteger() ? d.toFixed(0) : d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed());
}

/** A rate with all its published digits. */
export function formatRate(value: string | null): string {
  return value === null ? '—' : new Decimal(value).toFixed();
}

/** True when the decimal string is exactly zero. */
export function isZero(value: string): boolean {
  return new Decimal(value).isZero();
}

function group(fixed: string): string {
  const [int = '', frac] = fixed.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/**
 * Rounds `values` to the currency's minor unit so that they add up exactly to `total` rounded
 * (largest-remainder method): a printed table sums to its printed total, as on an invoice. A value may
 * then differ from its own rounding by one minor unit; the footnote of the table says so.
 */
export function roundToTotal(values: readonly string[], total: string, currency: string): string[] {
  return allocateRounded(values, total, currency).map(group);
}

/** roundToTotal without thousands separators, for chaining (a rounded total split again). */
export function allocateRounded(values: readonly string[], total: string, currency: string): string[] {
  const digits = minorUnits(currency);
  const unit = new Decimal(1).div(new Decimal(10).pow(digits));
  const target = new Decimal(total).toDecimalPlaces(digits, Decimal.ROUND_HALF_UP);
  const exact = values.map((v) => new Decimal(v));
  const floors = exact.map((v) => v.toDecimalPlaces(digits, Decimal.ROUND_FLOOR));
  let left = target
    .minus(floors.reduce((a, b) => a.plus(b), new Decimal(0)))
    .div(unit)
    .round()
    .toNumber();
  const order = exact
    .map((v, i) => ({ i, rest: v.minus(floors[i]!) }))
    .sort((a, b) => b.rest.comparedTo(a.rest) || a.i - b.i);
  const out = [...floors];
  // Hand out the missing units to the largest remainders (or take them back from the smallest).
  for (let k = 0; left !== 0 && order.length > 0; k++) {
    const pick = left > 0 ? order[k % order.length]! : order[order.length - 1 - (k % order.length)]!;
    out[pick.i] = out[pick.i]!.plus(left > 0 ? unit : unit.neg());
    left += left > 0 ? -1 : 1;
  }
  return out.map((v) => v.toFixed(digits));
}

/** A fixed-point amount with thousands separators. */
export function groupDigits(fixed: string): string {
  return group(fixed);
}

/**
 * "per-message", or with a horizon split across a change of model (report.segments), each model in order:
 * "per-conversation then per-message".
 */
export function pricingModelText(report: {
  plan: { pricing_model: string };
  segments?: { pricing_model: string }[];
}): string {
  const models = [...new Set((report.segments ?? []).map((x) => x.pricing_model))];
  return (models.length > 1 ? models : [report.plan.pricing_model])
    .map((m) => m.replace('_', '-'))
    .join(' then ');
}
