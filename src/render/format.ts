// The one display formatter. Rendering is the only place values are rounded; it uses decimal.js
// directly (rounding only, no arithmetic) because render/ must not depend on core/.
import { Decimal } from 'decimal.js';

const minorUnitsCache = new Map<string, number>();

/** Digits after the point in a currency's minor unit (USD 2, CLP 0, JPY 0); 2 when unknown. */
export function minorUnits(currency: string): number {
  let digits = minorUnitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    minorUnitsCache.set(currency, digits);
  }
  return digits;
}

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
