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

type Column = (typeof ESTIMATE_CSV_COLUMNS)[number];

/** One CSV row from named cells; a column not given is empty. Every row type fills the same columns. */
function row(cells: Partial<Record<Column, string>>): string[] {
  return ESTIMATE_CSV_COLUMNS.map((c) => cells[c] ?? '');
}

export function renderEstimateCsv(report: Report): string {
  const { currency, as_of } = report.plan;
  const rows = report.lines.map((l) =>
    row({
      section: l.section,
      kind: l.kind,
      id: l.id,
      campaign: l.campaign ?? '',
      name: l.name,
      market: l.market ?? '',
      countries: l.countries.join(';'),
      category: l.category ?? '',
      unit: l.unit,
      recipients: l.recipients ?? '',
      delivered: l.delivered ?? '',
      free: l.free ?? '',
      billable: l.billable,
      unit_rate: l.unit_rate ?? '',
      cost: l.cost,
      currency,
      rate_source: l.rate_source ?? '',
      // The date whose rules and card priced the line: a later segment's own (docs/pricing-decisions.md #1).
      as_of: l.priced_as_of ?? as_of,
      in_total: String(l.in_total),
    }),
  );
  // Scenario totals: not lines of the bill, so never in the total.
  for (const sc of report.scenarios ?? []) {
    rows.push(
      row({
        section: 'scenario',
        kind: sc.id,
        id: `scenario:${sc.id}`,
        name: `Total (${sc.id} scenario)`,
        cost: sc.total,
        currency,
        as_of,
        in_total: 'false',
      }),
    );
  }
  // KPI and sensitivity rows share the columns: section kpi|sensitivity, kind = column, campaign = group.
  for (const [section, group, column, id, label, unit, value, reason, formula] of report.kpis
    ? kpiCsvRows(report.kpis)
    : []) {
    rows.push(
      row({
        section: section ?? '',
        kind: column ?? '',
        id: id ?? '',
        campaign: group ?? '',
        name: label ?? '',
        unit: unit ?? '',
        currency,
        // A KPI that cannot be computed says why next to its formula.
        rate_source: reason ? `${formula ?? ''} (null: ${reason})` : (formula ?? ''),
        as_of,
        in_total: 'false',
        value: value ?? '',
      }),
    );
  }
  // Warnings travel with the figures (single-source rates, superseded or missing rates, tiers not
  // applied…): a spreadsheet has no stderr. Section warning, kind = code, name = the message.
  for (const w of report.warnings)
    rows.push(row({ section: 'warning', kind: w.code, name: w.message, as_of, in_total: 'false' }));
  return stringify([[...ESTIMATE_CSV_COLUMNS], ...rows]);
}
