import type { Decimal } from './money.js';
import { ZERO } from './money.js';
import { KPI_CATALOGUE, type KpiId } from './kpis-catalogue.js';
import type { Kpi, KpiUnit } from './kpis-types.js';

/**
 * Percentages, ratios and months are quantised to 20 decimal places. 40-digit division leaves
 * errors near 1e-38; without this, a break-even conversion rate fed back into ROI would give
 * 1e-37 % instead of 0. Money and counts are never quantised (money is rounded once, when rendered),
 * nor is the break-even conversion rate: it is an input to feed back, so it keeps all 40 digits.
 */
export const KPI_RATIO_DECIMALS = 20;

function quantise(v: Decimal, unit: KpiUnit): Decimal {
  if (unit === 'money' || unit === 'count') return v;
  const q = v.toDecimalPlaces(KPI_RATIO_DECIMALS);
  return q.isZero() ? ZERO : q; // no "-0"
}

/** Collects KPIs in order; `undefined` inputs mean "not computable" and add nothing. */
export class KpiList {
  readonly kpis: Kpi[] = [];

  /** A KPI given directly (an input or a sum); `label` overrides the catalogue's. */
  add(id: KpiId, value: Decimal | undefined, label?: string): Kpi | undefined {
    if (value === undefined) return undefined;
    const d = KPI_CATALOGUE[id];
    const kpi: Kpi = {
      id,
      label: label ?? d.label,
      formula: d.formula,
      unit: d.unit,
      value: id === 'break_even_conversion_rate' ? value : quantise(value, d.unit),
    };
    this.kpis.push(kpi);
    return kpi;
  }

  /** A KPI with no value, and why. */
  none(id: KpiId, reason: string, label?: string): Kpi {
    const d = KPI_CATALOGUE[id];
    const kpi: Kpi = { id, label: label ?? d.label, formula: d.formula, unit: d.unit, value: null, reason };
    this.kpis.push(kpi);
    return kpi;
  }

  /** num ÷ den × scale; null with `reason` when den is zero; nothing when an input is missing. */
  ratio(
    id: KpiId,
    num: Decimal | undefined,
    den: Decimal | undefined,
    reason: string,
    opts: { scale?: Decimal; label?: string } = {},
  ): Kpi | undefined {
    if (num === undefined || den === undefined) return undefined;
    if (den.isZero()) return this.none(id, reason, opts.label);
    const v = num.div(den);
    return this.add(id, opts.scale ? v.times(opts.scale) : v, opts.label);
  }
}
