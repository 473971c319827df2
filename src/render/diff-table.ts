import Table from 'cli-table3';
import type { DiffAmount, DiffReport } from '../report/diff-report.js';
import { summaryLine } from './diff-markdown.js';
import { formatMaybeMoney, formatSignedMoney, formatSignedPct } from './diff-format.js';
import { formatMoney } from './format.js';
import type { RenderOptions } from './render-options.js';

/** The human view of a diff: one row per changed line, old → new, Δ and Δ%, then totals. */
export function renderDiffTable(diff: DiffReport, opts: RenderOptions): string {
  const cur = diff.currency;
  const b = opts.style.bold;
  const out: string[] = [
    `${b(diff.next.plan)} — cost change, ${diff.base.file} → ${diff.next.file} (${cur})`,
    '',
  ];
  const table = new Table({
    head: ['Line', 'Campaign', 'Change', `Before ${cur}`, `After ${cur}`, `Δ ${cur}`, 'Δ%'],
    colAligns: ['left', 'left', 'left', 'right', 'right', 'right', 'right'],
    style: { head: opts.color ? ['cyan'] : [], border: opts.color ? ['grey'] : [], compact: true },
  });
  for (const l of diff.lines) {
    table.push([
      l.name,
      l.campaign ?? (l.kind === 'service' ? 'service' : '—'),
      l.in_total ? l.status : `${l.status}, not in total`,
      formatMaybeMoney(l.old, cur),
      formatMaybeMoney(l.new, cur),
      formatSignedMoney(l.delta, cur),
      formatSignedPct(l.delta_pct),
    ]);
  }
  const total = (label: string, a: DiffAmount) =>
    table.push([
      { colSpan: 3, content: b(label) },
      b(formatMoney(a.old, cur)),
      b(formatMoney(a.new, cur)),
      b(formatSignedMoney(a.delta, cur)),
      b(formatSignedPct(a.delta_pct)),
    ]);
  total('Meta fees', diff.totals.meta);
  if (diff.totals.vendor !== null) total('Vendor fees', diff.totals.vendor);
  total(`Total (${diff.next.months} month${diff.next.months === 1 ? '' : 's'})`, diff.totals.total);
  out.push(table.toString(), summaryLine(diff));
  for (const n of diff.notes) out.push(opts.style.dim(`Note: ${n}`));
  out.push(
    opts.style.dim(
      `Before: ${diff.base.plan}, as of ${diff.base.as_of}, ${diff.base.rate_cards.join(', ')}. After: as of ${diff.next.as_of}, ${diff.next.rate_cards.join(', ')}.`,
    ),
  );
  return `${out.join('\n')}\n`;
}
