import type { DiffLine, DiffReport } from '../report/diff-report.js';
import { formatMaybeMoney, formatSignedMoney, formatSignedPct, mdCell } from './diff-format.js';
import { formatMoney } from './format.js';

/** The diff as Markdown for a pull-request comment: the total change in one line, then changed lines. */
export function renderDiffMarkdown(diff: DiffReport): string {
  const cur = diff.currency;
  const t = diff.totals.total;
  const months = `${diff.next.months} month${diff.next.months === 1 ? '' : 's'}`;
  const out: string[] = [`### wa-cost cost change: ${mdCell(diff.next.plan)}`, ''];
  out.push(
    `**${formatMoney(t.old, cur)} → ${formatMoney(t.new, cur)} ${cur}** (${formatSignedMoney(t.delta, cur)} ${cur}, ${formatSignedPct(t.delta_pct)}) over ${months}, as of ${diff.next.as_of}.`,
    '',
  );
  if (diff.lines.length > 0) {
    out.push(`| Line | Campaign | Before | After | Δ ${cur} | Δ% |`, '|---|---|--:|--:|--:|--:|');
    for (const l of diff.lines) out.push(row(l, cur));
    const v = diff.totals.vendor;
    out.push(totalRow('Meta fees', diff.totals.meta, cur));
    if (v !== null) out.push(totalRow('Vendor fees', v, cur));
    out.push(totalRow('Total', t, cur));
    out.push('');
  }
  out.push(summaryLine(diff));
  for (const n of diff.notes) out.push('', `> ${mdCell(n)}`);
  return `${out.join('\n')}\n`;
}

function row(l: DiffLine, cur: string): string {
  const mark =
    (l.status === 'added' ? ' _(added)_' : l.status === 'removed' ? ' _(removed)_' : '') +
    (l.in_total ? '' : ' _(not in total)_');
  return `| ${mdCell(l.name)}${mark} | ${mdCell(l.campaign ?? (l.kind === 'service' ? 'service' : '—'))} | ${formatMaybeMoney(l.old, cur)} | ${formatMaybeMoney(l.new, cur)} | ${formatSignedMoney(l.delta, cur)} | ${formatSignedPct(l.delta_pct)} |`;
}

function totalRow(label: string, a: DiffReport['totals']['total'], cur: string): string {
  return `| **${label}** | | **${formatMoney(a.old, cur)}** | **${formatMoney(a.new, cur)}** | **${formatSignedMoney(a.delta, cur)}** | **${formatSignedPct(a.delta_pct)}** |`;
}

/** "2 lines changed, 1 added, 0 removed; 3 unchanged lines hidden (--show-all)." */
export function summaryLine(diff: DiffReport): string {
  const c = diff.counts;
  const hidden =
    diff.hidden_unchanged > 0
      ? `; ${diff.hidden_unchanged} unchanged line${diff.hidden_unchanged === 1 ? '' : 's'} hidden (--show-all shows them)`
      : '';
  return `${c.changed} line${c.changed === 1 ? '' : 's'} changed, ${c.added} added, ${c.removed} removed, ${c.unchanged} unchanged${hidden}.`;
}
