import { stringify } from 'csv-stringify/sync';
import type { DiffReport } from '../report/diff-report.js';

/** Stable CSV columns of a diff: one row per line, then `total` rows; values unrounded. */
export const DIFF_CSV_COLUMNS = [
  'status',
  'id',
  'section',
  'campaign',
  'name',
  'old',
  'new',
  'delta',
  'delta_pct',
  'currency',
] as const;

export function renderDiffCsv(diff: DiffReport): string {
  const rows = diff.lines.map((l) => [
    l.status,
    l.id,
    l.section,
    l.campaign ?? '',
    l.name,
    l.old ?? '',
    l.new ?? '',
    l.delta,
    l.delta_pct ?? '',
    diff.currency,
  ]);
  const totals = Object.entries(diff.totals).flatMap(([key, a]) =>
    a === null
      ? []
      : [['total', key, '', '', `Total ${key}`, a.old, a.new, a.delta, a.delta_pct ?? '', diff.currency]],
  );
  return stringify([[...DIFF_CSV_COLUMNS], ...rows, ...totals]);
}
