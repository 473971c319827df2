import { stringify } from 'csv-stringify/sync';
import type { CompareView } from './vendor-compare-view.js';

const COMPONENTS = [
  'subscription',
  'seats',
  'overage',
  'per_message',
  'markup',
  'per_number',
  'credits',
  'top_up_fee',
  'wallet_fee',
  'setup_fee',
] as const;

/** Stable columns: `vendor` rows (one per plan, ranked), `break_even`, `limit`, then `meta_unpriced` rows (Meta lines with no rate); values unrounded. */
export const COMPARE_CSV_COLUMNS = [
  'section',
  'rank',
  'id',
  'vendor',
  'name',
  'complete',
  'currency',
  'meta_fees',
  'meta',
  ...COMPONENTS,
  'vendor_total',
  'tax',
  'one_time',
  'first_month',
  'steady_month',
  'total',
  'difference',
  'unpriced',
  'other_id',
  'break_even_kind',
  'scale',
  'monthly_messages',
  'cheaper_below',
  'cheaper_above',
  'lower_bound',
] as const;

export function renderCompareCsv(view: CompareView): string {
  const cur = view.plan.currency;
  const blank = (n: number) => Array.from({ length: n }, () => '');
  const rows = view.rows.map((r) => [
    'vendor',
    r.rank === null ? '' : String(r.rank),
    r.id,
    r.vendor,
    r.name,
    String(r.complete),
    cur,
    r.meta_fees,
    r.meta,
    ...COMPONENTS.map((c) => r.vendor_fees[c] ?? ''),
    r.vendor_total,
    r.tax,
    r.one_time,
    r.first_month,
    r.steady_month,
    r.total,
    r.difference ?? '',
    r.unpriced.map((u) => `${u.name}: ${u.reason}`).join(' | '),
    ...blank(6),
    String(r.lower_bound),
  ]);
  const bes = view.break_evens.map((be) => [
    'break_even',
    '',
    be.a,
    '',
    '',
    '',
    cur,
    ...blank(COMPONENTS.length + 10),
    be.b,
    be.kind,
    be.scale,
    be.monthly_messages,
    be.cheaper_below,
    be.cheaper_above,
    '',
  ]);
  // A limit row: the plan (`id`) stops (cheaper_above = not_priced) or starts again (priced) being priceable.
  const limits = view.limits.map((l) => [
    'limit',
    '',
    l.id,
    '',
    '',
    '',
    cur,
    ...blank(COMPONENTS.length + 9),
    l.reason,
    '',
    'limit',
    l.scale,
    l.monthly_messages,
    l.priced_above ? 'not_priced' : 'priced',
    l.priced_above ? 'priced' : 'not_priced',
    '',
  ]);
  // A Meta line with no rate (--allow-missing-rates): missing from every total (lower_bound = true).
  const meta = view.meta_unpriced.map((x) => [
    'meta_unpriced',
    '',
    x.name,
    '',
    x.campaign ?? '',
    'false',
    cur,
    ...blank(COMPONENTS.length + 9),
    x.reason,
    ...blank(6),
    'true',
  ]);
  return stringify([[...COMPARE_CSV_COLUMNS], ...rows, ...bes, ...limits, ...meta]);
}
