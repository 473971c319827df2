import type { Decimal } from './money.js';
import type { KpiSet } from './kpis-types.js';

/**
 * A quoted industry range for one KPI (rates/benchmarks/kpi-ranges.yaml). These are figures quoted
 * by marketing articles, not measurements: every comparison carries the source and trust mark.
 */
export interface BenchmarkRange {
  /** Range id, e.g. `read_rate`. */
  id: string;
  label: string;
  /** The KPI ids this range is compared with (ROCS applies to both ROCS forms). */
  appliesTo: string[];
  unit: 'pct' | 'ratio';
  low: Decimal;
  high: Decimal;
  /** The quoted "best"/"excellent"/"ideal" figure, as text (e.g. "95%+"). */
  best?: string;
  /** Lower is better (opt-out rate): "below" the range is then good news. */
  lowerIsBetter: boolean;
  source: string;
  trust: string;
  note?: string;
}

export type BenchmarkStatus = 'below' | 'within' | 'above';

export interface BenchmarkComparison {
  kpiId: string;
  value: Decimal;
  status: BenchmarkStatus;
  range: BenchmarkRange;
}

/** Where a value sits against a range; the bounds are inside the range. */
export function classifyBenchmark(
  value: Decimal,
  range: Pick<BenchmarkRange, 'low' | 'high'>,
): BenchmarkStatus {
  if (value.lt(range.low)) return 'below';
  if (value.gt(range.high)) return 'above';
  return 'within';
}

/** Compares every KPI of the set that has a range; KPIs with a null value are not compared. */
export function compareToBenchmarks(set: KpiSet, ranges: readonly BenchmarkRange[]): BenchmarkComparison[] {
  const out: BenchmarkComparison[] = [];
  for (const kpi of set.kpis) {
    if (kpi.value === null) continue;
    const range = ranges.find((r) => r.appliesTo.includes(kpi.id));
    if (range)
      out.push({ kpiId: kpi.id, value: kpi.value, status: classifyBenchmark(kpi.value, range), range });
  }
  return out;
}
