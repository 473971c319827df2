// Display helpers for signed changes. Rounding happens here only; decimal.js is used for rounding and
// sign tests, never arithmetic (render/ must not depend on core/).
import { Decimal } from 'decimal.js';
import { formatMoney } from './format.js';

/** A change in money with an explicit sign: `+1,234.57`, `-12.00`, `0.00`. */
export function formatSignedMoney(value: string, currency: string): string {
  const text = formatMoney(value, currency);
  return new Decimal(value).gt(0) && !/^0[.,]?0*$/.test(text) ? `+${text}` : text;
}

/** A percentage change to two places with a sign (`+12.50%`); `new` when there was nothing before. */
export function formatSignedPct(value: string | null): string {
  if (value === null) return 'new';
  const fixed = new Decimal(value).toFixed(2, Decimal.ROUND_HALF_UP);
  return `${new Decimal(fixed).gt(0) ? '+' : ''}${fixed}%`;
}

/** Money or a dash for a side where the line does not exist. */
export function formatMaybeMoney(value: string | null, currency: string): string {
  return value === null ? '—' : formatMoney(value, currency);
}

/** Text safe inside a Markdown table cell. */
export function mdCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
