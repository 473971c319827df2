import { stringify } from 'csv-stringify/sync';
import type { Report } from '../report/report.js';
import { kpiCsvRows } from './kpi-csv.js';

/** Stable CSV columns, one row per line; values unrounded so spreadsheet sums are exact. */
export const ESTIMATE_CSV_COLUMNS = [
  'section',
  'kind',
  'id',
  'campaign',
  'name',
  'market',
  'countries',
  'category',
  'unit',
  'recipients',
  'delivered',
  'free',
  'billable',
  'unit_rate',
  'cost',
  'currency',
  'rate_source',
  'as_of',
  'in_total',
  'value',
] as const;

export function renderEstimateCsv(report: Report): string {
  const rows = report.lines.map((l) => [
    l.section,
    l.kind,
    l.id,
    l.campaign ?? '',
    l.name,
    l.market ?? '',
    l.countries.join(';'),
    l.category ?? '',
    l.unit,
    l.recipients ?? '',
    l.delivered ?? '',
    l.free ?? '',
    l.billable,
    l.unit_rate ?? '',
    l.cost,
    report.plan.currency,
    l.rate_source ?? '',
    report.plan.as_of,
    String(l.in_total),
    '',
  ]);
  // Scenario totals: not lines of the bill, so never in the total.
  for (const sc of report.scenarios ?? []) {
    rows.push([
      'scenario',
      sc.id,
      `scenario:${sc.id}`,
      '',
      `Total (${sc.id} scenario)`,
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      sc.total,
      report.plan.currency,
      '',
      report.plan.as_of,
      'false',
      '',
    ]);
  }
  // KPI and sensitivity rows share the columns: section kpi|sensitivity, kind = column, campaign = group.
  for (const [section, group, column, id, label, unit, value, reason, formula] of report.kpis
    ? kpiCsvRows(report.kpis)
    : []) {
    rows.push([
      section ?? '',
      column ?? '',
      id ?? '',
      group ?? '',
      label ?? '',
      '',
      '',
      '',
      unit ?? '',
      '',
      '',
      '',
      '',
      '',
      '',
      report.plan.currency,
      formula ?? '',
      report.plan.as_of,
      reason ? `null: ${reason}` : '',
      value ?? '',
    ]);
  }
  return stringify([[...ESTIMATE_CSV_COLUMNS], ...rows]);
}
