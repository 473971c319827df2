import type { Report } from '../report/report.js';

/**
 * Charges an estimate could not price (Meta lines with no rate, vendor charges whose price is not
 * published; both only with --allow-missing-rates). Any of them makes every total a lower bound: the
 * renderers say so next to the total and list them, never showing a lower bound as exact.
 */
export function unpricedCount(report: Report): number {
  return report.skipped.length + (report.vendor?.unpriced.length ?? 0);
}

/** `, excluding 3 charges not priced` after a horizon, or '' when everything is priced. */
export function unpricedNote(report: Report): string {
  const n = unpricedCount(report);
  return n > 0 ? `, excluding ${n} charge${n === 1 ? '' : 's'} not priced` : '';
}

/** One text per unpriced vendor charge: `name (month m) — reason`. */
export function vendorUnpricedTexts(report: Report): string[] {
  return (report.vendor?.unpriced ?? []).map(
    (u) => `${u.name}${u.month ? ` (month ${u.month})` : ''} — ${u.reason}`,
  );
}
