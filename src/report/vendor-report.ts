import { ZERO, sum, type Decimal } from '../core/money.js';
import type { VendorInvoice, VendorLine } from '../core/vendor-pricing.js';
import type { VendorPlan } from '../core/vendor-pricing-plan.js';
import type { ReportLine, ReportVendor } from './report.js';

const s = (d: Decimal): string => d.toFixed();

/**
 * Vendor invoice → report lines: one line per component over the horizon (months in `months[]`;
 * one-time charges count in month 1), plus the vendor section. Unrounded.
 */
export function buildVendorLines(invoice: VendorInvoice, months: number): ReportLine[] {
  const groups = new Map<string, VendorLine[]>();
  for (const l of invoice.lines) {
    const key = l.id.slice(0, l.id.lastIndexOf(':'));
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  return [...groups].map(([id, ls]) => {
    const first = ls[0]!;
    const names = new Set(ls.map((l) => l.name));
    const prices = new Set(ls.map((l) => l.unitPrice?.toFixed() ?? 'null'));
    const monthCost = (m: number) => sum(ls.filter((l) => (l.month ?? 1) === m).map((l) => l.amount));
    const monthQty = (m: number) => sum(ls.filter((l) => (l.month ?? 1) === m).map((l) => l.quantity));
    return {
      id: `vendor:${id}`,
      section: 'vendor',
      kind: first.component,
      campaign: null,
      name: names.size === 1 ? first.name : `${first.name.replace(/ \(.*\)$/, '')} (${ls.length} months)`,
      market: null,
      countries: [],
      category: null,
      unit: first.month === null ? 'once' : 'month',
      recipients: null,
      delivered: null,
      free: null,
      billable: s(sum(ls.map((l) => l.quantity))),
      unit_rate: prices.size === 1 && first.unitPrice ? s(first.unitPrice) : null,
      cost: s(sum(ls.map((l) => l.amount))),
      rate_source: null,
      notes: [...new Set(ls.flatMap((l) => (l.note ? [l.note] : [])))],
      in_total: true,
      months: Array.from({ length: months }, (_, i) => ({
        month: i + 1,
        delivered: '0',
        free: '0',
        billable: s(monthQty(i + 1)),
        cost: s(monthCost(i + 1)),
      })),
    } satisfies ReportLine;
  });
}

/** The vendor plan behind the vendor lines, with its source. */
export function buildVendorSection(
  plan: VendorPlan,
  invoice: VendorInvoice,
  seats: Decimal,
  billing: string,
): ReportVendor {
  return {
    id: plan.id,
    name: plan.name,
    vendor: plan.vendor,
    currency: plan.currency,
    meta_fees: plan.metaFees,
    billing,
    seats: s(seats),
    source_url: plan.source.url,
    read_on: plan.source.readOn,
    trust: plan.source.trust,
    notes: [...plan.notes],
    unpriced: invoice.unpriced.map((u) => ({ name: u.name, month: u.month, reason: u.reason })),
    total: s(invoice.total),
  };
}

/** Vendor charges per month (one-time charges in month 1). */
export function vendorMonthTotals(invoice: VendorInvoice, months: number): Decimal[] {
  return Array.from({ length: months }, (_, i) =>
    sum(invoice.lines.filter((l) => (l.month ?? 1) === i + 1).map((l) => l.amount)).plus(ZERO),
  );
}
