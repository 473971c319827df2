// Display formatting of KPI values, rounding only (render/ must not depend on core/). Money goes
// through the one money formatter in format.ts.
import { Decimal } from 'decimal.js';
import type { KpiUnit } from '../report/kpi-report.js';
import { formatMoney, formatQuantity } from './format.js';

/** How a KPI reads in a table: money in the currency's minor unit (4 places below 1, so a per-message
 * cost stays visible), percentages and ratios to 2 places, "—" for null. Rounds half-up. */
export function formatKpiValue(value: string | null, unit: KpiUnit, currency: string): string {
  if (value === null) return '—';
  switch (unit) {
    case 'money': {
      const d = new Decimal(value);
      return !d.isZero() && d.abs().lt(1)
        ? d.toFixed(4, Decimal.ROUND_HALF_UP)
        : formatMoney(value, currency);
    }
    case 'pct':
      return `${fixed(value, 2)}%`;
    case 'ratio':
      return `${fixed(value, 2)}×`;
    case 'months':
      return `${fixed(value, 2)} months`;
    case 'count':
      return formatQuantity(value);
    default:
      return unit satisfies never;
  }
}

/** A benchmark range as text: `85–90%`, `5–7×`. */
export function formatRange(low: string, high: string, unit: 'pct' | 'ratio'): string {
  const suffix = unit === 'pct' ? '%' : '×';
  return `${new Decimal(low).toFixed()}–${new Decimal(high).toFixed()}${suffix}`;
}

/** A value rounded half-up to `places`, with thousands separators. */
function fixed(value: string, places: number): string {
  const text = new Decimal(value).toFixed(places, Decimal.ROUND_HALF_UP);
  const [int = '', frac] = text.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const grouped = (sign ? int.slice(1) : int).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}
