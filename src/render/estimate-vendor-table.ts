import Table from 'cli-table3';
import type { Report } from '../report/report.js';
import { formatMoney, formatQuantity, formatRate } from './format.js';
import type { RenderOptions } from './render-options.js';
import type { DisplayAmounts } from './display-amounts.js';
import { vendorUnpricedTexts } from './unpriced.js';

/** The vendor's invoice under Meta's lines: one row per component, its source, and unpriced charges. */
export function renderVendorTable(report: Report, opts: RenderOptions, shown: DisplayAmounts): string[] {
  const v = report.vendor;
  if (!v) return [];
  const cur = report.plan.currency;
  const b = opts.style.bold;
  const t = new Table({
    head: ['Vendor line', 'Quantity', 'Unit price', `Cost ${cur}`],
    colAligns: ['left', 'right', 'right', 'right'],
    style: { head: opts.color ? ['cyan'] : [], border: opts.color ? ['grey'] : [], compact: true },
  });
  for (const l of report.lines.filter((x) => x.section === 'vendor')) {
    t.push([
      l.name + (l.notes.length ? ` — ${l.notes.join('; ')}` : ''),
      formatQuantity(l.billable),
      l.unit_rate === null ? '' : formatRate(l.unit_rate),
      shown.lines.get(l.id) ?? formatMoney(l.cost, cur),
    ]);
  }
  t.push([
    { colSpan: 3, content: b('Total vendor fees') },
    b(shown.vendor ?? formatMoney(report.totals.vendor ?? '0', cur)),
  ]);
  const out = [
    '',
    b(
      `Vendor: ${v.name} (${v.id}), ${v.billing} billing, ${v.seats} seat${v.seats === '1' ? '' : 's'}, Meta fees ${v.meta_fees.replace('_', '-')}`,
    ),
    t.toString(),
  ];
  out.push(`Source: ${v.source_url ?? 'see the vendor plan notes'} (read ${v.read_on}, trust: ${v.trust}).`);
  if (v.meta_fees === 'included')
    out.push("Meta's fees are paid from the vendor's credits: shown above, not added again to the total.");
  for (const u of vendorUnpricedTexts(report)) out.push(`Not priced: ${u}`);
  return out;
}
