import type { Report } from '../report/report.js';
import { allocateRounded, formatMoney, groupDigits } from './format.js';

/** Every amount an estimate prints, rounded so that each printed column adds up to its printed total. */
export interface DisplayAmounts {
  total: string;
  meta: string;
  vendor: string | null;
  /** Line id → printed cost. */
  lines: Map<string, string>;
  months: { meta: string; vendor: string | null; total: string }[];
}

/**
 * Splits the rounded total top-down (Meta + vendor, then their lines; the months, then Meta and vendor
 * within each month) with the largest-remainder method, so that nothing printed disagrees with a sum.
 */
export function displayAmounts(report: Report): DisplayAmounts {
  const cur = report.plan.currency;
  const { totals } = report;
  const meta = report.lines.filter((l) => l.section === 'meta');
  const vendor = report.lines.filter((l) => l.section === 'vendor');
  const metaIn = meta.every((l) => l.in_total);
  const split = (values: string[], total: string) => allocateRounded(values, total, cur);
  const round = (v: string) => split([v], v)[0]!;

  const totalR = round(totals.total);
  let metaR: string;
  let vendorR: string | null = null;
  if (totals.vendor === null) metaR = totalR;
  else if (metaIn) [metaR, vendorR] = split([totals.meta, totals.vendor], totalR) as [string, string];
  else [metaR, vendorR] = [round(totals.meta), totalR];

  const lines = new Map<string, string>();
  split(
    meta.map((l) => l.cost),
    metaR,
  ).forEach((v, i) => lines.set(meta[i]!.id, groupDigits(v)));
  if (vendorR !== null)
    split(
      vendor.map((l) => l.cost),
      vendorR,
    ).forEach((v, i) => lines.set(vendor[i]!.id, groupDigits(v)));

  const monthTotals = split(
    totals.months.map((m) => m.total),
    totalR,
  );
  const months = totals.months.map((m, i) => {
    const t = monthTotals[i]!;
    if (m.vendor === null) return { meta: groupDigits(t), vendor: null, total: groupDigits(t) };
    if (!metaIn) return { meta: formatMoney(m.meta, cur), vendor: groupDigits(t), total: groupDigits(t) };
    const [mm, mv] = split([m.meta, m.vendor], t) as [string, string];
    return { meta: groupDigits(mm), vendor: groupDigits(mv), total: groupDigits(t) };
  });
  return {
    total: groupDigits(totalR),
    meta: groupDigits(metaR),
    vendor: vendorR === null ? null : groupDigits(vendorR),
    lines,
    months,
  };
}
