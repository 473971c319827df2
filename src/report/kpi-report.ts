import type { Decimal } from '../core/money.js';
import type { KpiBasis, KpiSet, KpiUnit, PlanKpis } from '../core/kpis-types.js';
export type { KpiBasis, KpiUnit } from '../core/kpis-types.js';
export type { BenchmarkStatus } from '../core/kpis-benchmarks.js';
import { ROI_BASIS_TEXT } from '../core/kpis.js';
import { compareToBenchmarks, type BenchmarkRange, type BenchmarkStatus } from '../core/kpis-benchmarks.js';
import type { Sensitivity } from '../core/kpis-sensitivity.js';

/**
 * The KPI section of a report: a serialisable view model (money, counts and rates as unrounded
 * decimal strings; null where a denominator is zero, the reason in `warnings`). Renderers in
 * src/render/kpi-*.ts are functions of it alone. Bump KPI_SECTION_VERSION on a breaking change.
 */
export const KPI_SECTION_VERSION = 1;

export interface KpiColumnView {
  /** `month`, `horizon`, or a scenario column such as `horizon.low`. */
  id: string;
  label: string;
  months: string;
}

export interface KpiRowView {
  id: string;
  label: string;
  unit: KpiUnit;
  formula: string;
  /** By column id; null when the denominator is zero or the KPI is not computable in that column. */
  values: Record<string, string | null>;
  /** By column id, for null values. */
  reasons: Record<string, string>;
  notes: string[];
  /** Where the value sits against a quoted range (`benchmarks[range]`), by column id. */
  benchmark: { range: string; status: Record<string, BenchmarkStatus | null> } | null;
}

export interface KpiGroupView {
  name: string;
  scope: 'campaign' | 'total';
  basis: KpiBasis;
  rows: KpiRowView[];
}

export interface KpiBenchmarkView {
  id: string;
  label: string;
  unit: 'pct' | 'ratio';
  low: string;
  high: string;
  best: string | null;
  lower_is_better: boolean;
  note: string | null;
  source: string;
  trust: string;
}

export interface KpiSensitivityRowView {
  input: string;
  label: string;
  base: string;
  low: string;
  high: string;
  roi_low: string | null;
  roi_high: string | null;
  /** Percentage points between ROI at the low and the high input. */
  swing: string | null;
  capped: boolean;
}

export interface KpiSensitivityView {
  delta_pct: string;
  base_roi: string | null;
  rows: KpiSensitivityRowView[];
  reason: string | null;
}

export interface KpiSection {
  version: typeof KPI_SECTION_VERSION;
  currency: string;
  /** What ROI is computed on, for the plan total. */
  basis: KpiBasis;
  basis_text: string;
  columns: KpiColumnView[];
  /** Campaigns first (when there is more than one, or `includeCampaigns`), then the total. */
  groups: KpiGroupView[];
  benchmarks: KpiBenchmarkView[];
  warnings: string[];
  notes: string[];
  sensitivity: KpiSensitivityView | null;
}

export interface KpiSectionInput {
  currency: string;
  /** One column per period or scenario, each with the KPIs computed for it. */
  columns: { id: string; label: string; kpis: PlanKpis }[];
  benchmarks?: readonly BenchmarkRange[];
  sensitivity?: Sensitivity;
  /** Show campaign groups even when there is only one campaign (default: only when more than one). */
  includeCampaigns?: boolean;
  notes?: string[];
}

const str = (d: Decimal): string => d.toFixed();

/** Builds the KPI section from computed KPIs (see KpiSectionInput). Pure; no rounding. */
export function buildKpiSection(input: KpiSectionInput): KpiSection {
  const first = input.columns[0]?.kpis;
  const ranges = input.benchmarks ?? [];
  const warnings: string[] = [];
  const groups: KpiGroupView[] = [];
  const campaignCount = first?.campaigns.length ?? 0;
  const withCampaigns = input.includeCampaigns === true || campaignCount > 1;
  const groupOf = (pick: (k: PlanKpis) => KpiSet | undefined, name: string, scope: 'campaign' | 'total') => {
    const sets = input.columns.map((c) => ({ id: c.id, label: c.label, set: pick(c.kpis) }));
    groups.push(buildGroup(name, scope, sets, ranges, warnings));
  };
  if (withCampaigns && first) {
    first.campaigns.forEach((c, i) => groupOf((k) => k.campaigns[i], c.name, 'campaign'));
  }
  groupOf((k) => k.total, 'Total', 'total');
  const basis = first?.total.basis ?? 'none';
  const usedRanges = new Set(groups.flatMap((g) => g.rows.map((r) => r.benchmark?.range)));
  return {
    version: KPI_SECTION_VERSION,
    currency: input.currency,
    basis,
    basis_text: ROI_BASIS_TEXT[basis],
    columns: input.columns.map((c) => ({ id: c.id, label: c.label, months: str(c.kpis.months) })),
    groups,
    benchmarks: ranges.filter((r) => usedRanges.has(r.id)).map(benchmarkView),
    warnings,
    notes: input.notes ?? [],
    sensitivity: input.sensitivity ? sensitivityView(input.sensitivity) : null,
  };
}

function buildGroup(
  name: string,
  scope: 'campaign' | 'total',
  sets: { id: string; label: string; set: KpiSet | undefined }[],
  ranges: readonly BenchmarkRange[],
  warnings: string[],
): KpiGroupView {
  const rows = new Map<string, KpiRowView>();
  for (const { id: col, label: colLabel, set } of sets) {
    if (!set) continue;
    const comparisons = compareToBenchmarks(set, ranges);
    for (const k of set.kpis) {
      let row = rows.get(k.id);
      if (!row) {
        const range = ranges.find((r) => r.appliesTo.includes(k.id));
        row = {
          id: k.id,
          label: k.label,
          unit: k.unit,
          formula: k.formula,
          values: {},
          reasons: {},
          notes: [],
          benchmark: range ? { range: range.id, status: {} } : null,
        };
        rows.set(k.id, row);
      }
      row.values[col] = k.value === null ? null : str(k.value);
      if (k.reason) {
        row.reasons[col] = k.reason;
        warnings.push(`${name} (${colLabel}): ${k.label} is not defined: ${k.reason}`);
      }
      if (k.note && !row.notes.includes(k.note)) row.notes.push(k.note);
      if (row.benchmark)
        row.benchmark.status[col] = comparisons.find((c) => c.kpiId === k.id)?.status ?? null;
    }
  }
  // A KPI computed in one column but not another (inputs missing there) reads null in that column.
  for (const row of rows.values()) {
    for (const s of sets) if (!(s.id in row.values)) row.values[s.id] = null;
  }
  return { name, scope, basis: sets.find((s) => s.set)?.set?.basis ?? 'none', rows: [...rows.values()] };
}

function benchmarkView(r: BenchmarkRange): KpiBenchmarkView {
  return {
    id: r.id,
    label: r.label,
    unit: r.unit,
    low: str(r.low),
    high: str(r.high),
    best: r.best ?? null,
    lower_is_better: r.lowerIsBetter,
    note: r.note ?? null,
    source: r.source,
    trust: r.trust,
  };
}

function sensitivityView(s: Sensitivity): KpiSensitivityView {
  const opt = (d: Decimal | null) => (d === null ? null : str(d));
  return {
    delta_pct: str(s.deltaPct),
    base_roi: opt(s.baseRoi),
    rows: s.rows.map((r) => ({
      input: r.input,
      label: r.label,
      base: str(r.base),
      low: str(r.low),
      high: str(r.high),
      roi_low: opt(r.roiLow),
      roi_high: opt(r.roiHigh),
      swing: opt(r.swing),
      capped: r.capped,
    })),
    reason: s.reason ?? null,
  };
}
