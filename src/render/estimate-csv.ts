import { stringify } from 'csv-stringify/sync';
import type { Report } from '../report/report.js';

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
  ]);
  return stringify([[...ESTIMATE_CSV_COLUMNS], ...rows]);
}
