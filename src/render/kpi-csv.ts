import { stringify } from 'csv-stringify/sync';
import type { KpiSection } from '../report/kpi-report.js';

/** Columns of the KPI CSV: one row per KPI per column (long format, for spreadsheets and pivots). */
export const KPI_CSV_HEADER = [
  'section',
  'group',
  'column',
  'id',
  'label',
  'unit',
  'value',
  'reason',
  'formula',
  'benchmark',
  'benchmark_range',
];

/**
 * The KPI section as CSV: unrounded decimal strings, empty `value` with a `reason` where a
 * denominator is zero. Sensitivity rows follow (section `sensitivity`, group = the input varied,
 * column `low`/`high`, id `input` for the input's value and `roi` for total ROI).
 */
export function renderKpiCsv(section: KpiSection): string {
  return stringify([KPI_CSV_HEADER, ...kpiCsvRows(section)]);
}

/** The KPI CSV rows without the header, in KPI_CSV_HEADER's columns (the estimate CSV reuses them). */
export function kpiCsvRows(section: KpiSection): string[][] {
  const rows: string[][] = [];
  for (const g of section.groups) {
    for (const r of g.rows) {
      const range = r.benchmark ? section.benchmarks.find((b) => b.id === r.benchmark?.range) : undefined;
      for (const c of section.columns) {
        rows.push([
          'kpi',
          g.name,
          c.id,
          r.id,
          r.label,
          r.unit === 'money' ? `money:${section.currency}` : r.unit,
          r.values[c.id] ?? '',
          r.reasons[c.id] ?? '',
          r.formula,
          r.benchmark?.status[c.id] ?? '',
          range ? `${range.low}-${range.high}` : '',
        ]);
      }
    }
  }
  const s = section.sensitivity;
  for (const r of s?.rows ?? []) {
    for (const [end, input, roi] of [
      ['low', r.low, r.roi_low],
      ['high', r.high, r.roi_high],
    ] as const) {
      rows.push([
        'sensitivity',
        r.label,
        end,
        'input',
        r.input,
        'number',
        input,
        '',
        `base ${r.base} ${end === 'low' ? '−' : '+'}${s?.delta_pct ?? ''}%`,
        '',
        '',
      ]);
      rows.push([
        'sensitivity',
        r.label,
        end,
        'roi',
        'ROI (total)',
        'pct',
        roi ?? '',
        roi === null ? 'ROI is not defined' : '',
        'net gain ÷ TCO × 100',
        '',
        '',
      ]);
    }
  }
  return rows;
}
