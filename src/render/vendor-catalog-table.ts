import Table from 'cli-table3';
import type { RenderOptions } from './render-options.js';
import type { VendorDetailView, VendorListView, VendorSourceView } from './vendor-view.js';

const TRUST: Record<string, string> = {
  vendor: 'vendor page',
  vendor_transcript: 'vendor (transcript)',
  third_party: 'third party',
  derived: 'derived',
};

/** `vendors list` as a table that fits 120 columns: prices as published (no rounding: they are inputs). */
export function renderVendorListTable(view: VendorListView, opts: RenderOptions): string {
  const table = new Table({
    head: ['Id', 'Vendor plan', 'Pricing', 'Read on, trust'],
    style: { head: opts.color ? ['cyan'] : [], border: opts.color ? ['grey'] : [], compact: true },
  });
  for (const p of view.plans) {
    const pricing = [
      `${p.currency}; Meta's fees ${p.meta_fees.replace('_', '-')}`,
      ...p.pricing,
      ...(p.unpublished.length ? [`not published: ${p.unpublished.join('; ')}`] : []),
    ];
    table.push([
      p.id,
      wrap(`${p.vendor} — ${p.name}`, 22),
      pricing.map((x) => wrap(x, 44)).join('\n'),
      `${p.source.read_on}\n${TRUST[p.source.trust] ?? p.source.trust}`,
    ]);
  }
  const out = [
    table.toString(),
    `${view.plans.length} vendor plans from ${view.catalog}.`,
    'Prices are dated snapshots of published pages: `wa-cost vendors show <id>` gives sources and notes.',
  ];
  return `${out.join('\n')}\n`;
}

/** Greedy word wrap; a word longer than the width stays whole. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** `vendors show` as text: what the plan charges, where the figures come from, and what is missing. */
export function renderVendorDetailTable(view: VendorDetailView, opts: RenderOptions): string {
  const p = view.plan;
  const b = opts.style.bold;
  const out = [
    b(`${p.vendor} — ${p.name}`) + ` (${p.id}, ${p.currency})`,
    '',
    `Meta's fees: ${p.meta_fees.replace('_', '-')}`,
  ];
  out.push('', b('Pricing'), ...p.pricing.map((x) => `  ${x}`));
  if (p.unpublished.length > 0)
    out.push(
      '',
      b('Not published (reported as unpriced, never as zero)'),
      ...p.unpublished.map((x) => `  - ${x}`),
    );
  out.push('', b('Source'), ...sourceLines(p.source));
  if (p.notes.length > 0) out.push('', b('Notes'), ...p.notes.map((n) => `  - ${n}`));
  out.push('', `File: ${p.file}`);
  return `${out.join('\n')}\n`;
}

function sourceLines(s: VendorSourceView): string[] {
  return [
    ...(s.url ? [`  ${s.url}`] : []),
    ...(s.reference ? [`  ${s.reference}`] : []),
    `  read on ${s.read_on}${s.captured_on ? ` (captured ${s.captured_on})` : ''}; trust: ${TRUST[s.trust] ?? s.trust}`,
  ];
}
