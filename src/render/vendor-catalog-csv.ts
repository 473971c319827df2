import { stringify } from 'csv-stringify/sync';
import type { VendorDetailView, VendorListView } from './vendor-view.js';

export const VENDOR_LIST_CSV_COLUMNS = [
  'id',
  'vendor',
  'name',
  'currency',
  'meta_fees',
  'components',
  'pricing',
  'unpublished',
  'source_url',
  'source_reference',
  'read_on',
  'captured_on',
  'trust',
  'file',
] as const;

/** `vendors list` as CSV: one row per plan; lists joined with ` | `. */
export function renderVendorListCsv(view: VendorListView): string {
  const rows = view.plans.map((p) => [
    p.id,
    p.vendor,
    p.name,
    p.currency,
    p.meta_fees,
    p.components.join(' | '),
    p.pricing.join(' | '),
    p.unpublished.join(' | '),
    p.source.url ?? '',
    p.source.reference ?? '',
    p.source.read_on,
    p.source.captured_on ?? '',
    p.source.trust,
    p.file,
  ]);
  return stringify([[...VENDOR_LIST_CSV_COLUMNS], ...rows]);
}

/** `vendors show` as CSV: one `key,value` row per term (dotted paths), then source and notes. */
export function renderVendorDetailCsv(view: VendorDetailView): string {
  const p = view.plan;
  const rows: string[][] = [
    ['id', p.id],
    ['vendor', p.vendor],
    ['name', p.name],
    ['currency', p.currency],
  ];
  const walk = (prefix: string, v: unknown): void => {
    if (Array.isArray(v)) rows.push([prefix, v.join(' | ')]);
    else if (typeof v === 'object' && v !== null)
      for (const [k, x] of Object.entries(v)) walk(prefix ? `${prefix}.${k}` : k, x);
    else rows.push([prefix, String(v)]);
  };
  walk('', p.terms);
  walk('source', p.source);
  p.unpublished.forEach((u, i) => rows.push([`unpublished[${i}]`, u]));
  p.notes.forEach((n, i) => rows.push([`notes[${i}]`, n]));
  return stringify([['key', 'value'], ...rows.map(([k, v]) => [k, v === 'null' ? '' : v])]);
}
