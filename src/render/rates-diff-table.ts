import Table from 'cli-table3';
import { Decimal } from 'decimal.js';
import type { RatesDiffChange, RatesDiffReport } from '../report/rates-report.js';
import { formatRate } from './format.js';
import type { RenderOptions } from './render-options.js';

/** Δ% to one decimal place for display (the report keeps it unrounded). */
function formatPct(v: string | null): string {
  if (v === null) return '';
  const d = new Decimal(v).toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
  return `${d.gt(0) ? '+' : ''}${d.toFixed(1)}%`;
}
const signed = (v: string | null) => (v === null ? '' : `${new Decimal(v).gt(0) ? '+' : ''}${v}`);

/** `rates diff` as tables: rate changes, markets added/removed, countries that moved, rule changes. */
export function renderRatesDiff(r: RatesDiffReport, opts: RenderOptions): string {
  const b = opts.style.bold;
  const style = { head: opts.color ? ['cyan'] : [], border: opts.color ? ['grey'] : [], compact: true };
  const out = [
    b(`Rate changes ${r.from.date} → ${r.to.date} (${r.currency})`) +
      ` — ${r.from.card.id}${r.from.card.complete ? '' : ' (partial)'} → ${r.to.card.id}${r.to.card.complete ? '' : ' (partial)'}`,
    '',
  ];
  const t = new Table({
    head: ['Market', 'Category', 'Old', 'New', 'Δ', 'Δ%'],
    colAligns: ['left', 'left', 'right', 'right', 'right', 'right'],
    style,
  });
  const row = (c: RatesDiffChange) => [
    c.market,
    c.category,
    formatRate(c.old),
    formatRate(c.new),
    signed(c.delta),
    formatPct(c.delta_pct),
  ];
  const both = r.changes.filter((c) => c.old !== null && c.new !== null);
  for (const c of both) t.push(row(c));
  out.push(both.length ? t.toString() : 'No rate changed in markets on both cards.');
  out.push(`${both.length} changed, ${r.unchanged} unchanged (markets on both cards).`);
  // A rate on one card only (a partial card, or a category newly charged) is listed, not diffed.
  for (const side of ['new', 'old'] as const) {
    const only = r.changes.filter((c) => (side === 'new' ? c.old === null : c.new === null));
    const byCategory = new Map<string, string[]>();
    for (const c of only) byCategory.set(c.category, [...(byCategory.get(c.category) ?? []), c.market]);
    for (const [cat, markets] of byCategory)
      out.push(`${cat} rate only on the ${side} card (${markets.length}): ${markets.join(', ')}`);
  }
  if (r.markets_added.length)
    out.push('', `${b('Markets only on the new card')}: ${r.markets_added.join(', ')}`);
  if (r.markets_removed.length)
    out.push('', `${b('Markets only on the old card')}: ${r.markets_removed.join(', ')}`);
  if (r.moved.length) {
    out.push('', b(`Countries that moved between markets (${r.moved.length})`));
    const m = new Table({
      head: ['Country', 'From market', 'To market', 'Utility old → new', 'Marketing old → new'],
      style,
    });
    const rate = (x: (typeof r.moved)[number], cat: string) => {
      const c = x.rates.find((y) => y.category === cat);
      return c
        ? `${formatRate(c.old)} → ${formatRate(c.new)}${c.delta_pct ? ` (${formatPct(c.delta_pct)})` : ''}`
        : '';
    };
    for (const x of r.moved)
      m.push([
        `${x.iso2} ${x.country}`,
        `${x.from_market}${x.assumed ? ' (assumed)' : ''}`,
        x.to_market,
        rate(x, 'utility'),
        rate(x, 'marketing'),
      ]);
    out.push(m.toString());
  }
  if (r.rules.length) {
    out.push('', b('Rule changes'));
    for (const x of r.rules) out.push(`  ${x.rule}: ${x.from} → ${x.to}`);
  } else out.push('', 'Rule changes: none between these dates.');
  return `${out.join('\n')}\n`;
}
