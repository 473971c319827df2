import Table from 'cli-table3';
import type { Report } from '../report/report.js';
import { formatMoney, formatQuantity, formatRate, pricingModelText } from './format.js';
import type { RenderOptions } from './render-options.js';
import { renderVendorTable } from './estimate-vendor-table.js';
import { displayAmounts } from './display-amounts.js';
import { renderKpiTable } from './kpi-table.js';
import { unpricedNote } from './unpriced.js';

/** The human view of an estimate: header, lines, months, totals, rate cards, rules. */
export function renderEstimateTable(report: Report, opts: RenderOptions): string {
  const { plan } = report;
  const cur = plan.currency;
  const money = (v: string) => formatMoney(v, cur);
  const shown = displayAmounts(report);
  const b = opts.style.bold;
  const out: string[] = [];
  out.push(
    b(`${plan.name}`) +
      ` — estimate as of ${plan.as_of}, ${plan.months} month${plan.months === 1 ? '' : 's'}, ${cur}, ${pricingModelText(report)} pricing`,
  );
  out.push('');
  // One rate source for every line (the usual case) is named once under the table, not on each row.
  const metaLines = report.lines.filter((l) => l.section === 'meta');
  const sources = new Set(metaLines.map((l) => l.rate_source).filter((x) => x !== null));
  const sourceColumn = sources.size > 1;
  // Under conversation pricing Meta bills conversations: Free and Billable count them, Delivered
  // counts messages, so the header says which (engine audit F7: the columns do not add up otherwise).
  // A horizon split across 2025-07-01 mixes both: each line's name says conversations or messages.
  const mixed = new Set((report.segments ?? []).map((x) => x.pricing_model)).size > 1;
  const perConversation = plan.pricing_model === 'per_conversation';
  const lines = new Table({
    head: [
      'Line',
      'Campaign',
      'Recipients',
      perConversation || mixed ? 'Delivered msgs' : 'Delivered',
      mixed ? 'Free units' : perConversation ? 'Free conv.' : 'Free',
      mixed ? 'Billable units' : perConversation ? 'Billable conv.' : 'Billable',
      'Rate',
      `Cost ${cur}`,
      ...(sourceColumn ? ['Rate source'] : []),
    ],
    colAligns: ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
    style: { head: opts.color ? ['cyan'] : [], border: opts.color ? ['grey'] : [], compact: true },
  });
  for (const l of metaLines) {
    lines.push([
      l.name,
      l.campaign ?? (l.kind === 'service' ? 'service' : '—'),
      l.recipients === null ? '' : formatQuantity(l.recipients),
      l.delivered === null ? '' : formatQuantity(l.delivered),
      l.free === null ? '' : formatQuantity(l.free),
      formatQuantity(l.billable),
      formatRate(l.unit_rate),
      shown.lines.get(l.id) ?? money(l.cost),
      ...(sourceColumn ? [l.rate_source ?? ''] : []),
    ]);
  }
  const end = sourceColumn ? [''] : [];
  lines.push([{ colSpan: 7, content: b('Total Meta fees') }, b(shown.meta), ...end]);
  const horizon = `${plan.months} month${plan.months === 1 ? '' : 's'}${unpricedNote(report)}`;
  if (report.totals.vendor === null)
    lines.push([{ colSpan: 7, content: b(`Total (${horizon})`) }, b(shown.total), ...end]);
  out.push(lines.toString());
  if (!sourceColumn && sources.size === 1) out.push(`Rates: ${[...sources][0]} (see Rate cards below).`);
  if (report.fx)
    out.push(
      `Converted: ${report.fx.card} (${report.fx.from}) × ${report.fx.rate} ${report.fx.to}/${report.fx.from} (${report.fx.source}, ${report.fx.as_of}); Meta has no ${report.fx.to} card in force and bills from its own currency card (RULES §2.7).`,
    );
  const freeNotes = [...new Set(metaLines.flatMap((l) => l.notes))];
  if (freeNotes.length > 0) out.push(`Free units: ${freeNotes.join('; ')}.`);
  if (report.totals.vendor !== null) {
    out.push(...renderVendorTable(report, opts, shown));
    out.push('', b(`Total, Meta + vendor (${horizon}): ${shown.total} ${cur}`));
  }

  if (plan.months > 1) {
    const months = new Table({
      head: [
        'Month',
        `Meta ${cur}`,
        ...(report.totals.vendor !== null ? [`Vendor ${cur}`] : []),
        `Total ${cur}`,
      ],
      colAligns: ['right', 'right', 'right', 'right'],
      style: { head: opts.color ? ['cyan'] : [], border: opts.color ? ['grey'] : [], compact: true },
    });
    for (const [i, m] of report.totals.months.entries())
      months.push([
        String(m.month),
        shown.months[i]!.meta,
        ...(m.vendor !== null ? [shown.months[i]!.vendor ?? ''] : []),
        shown.months[i]!.total,
      ]);
    out.push('', b('Per month'), months.toString());
  }
  if (report.skipped.length > 0) {
    out.push('', b('Not priced (rate unknown, --allow-missing-rates)'));
    for (const x of report.skipped)
      out.push(
        `  ${x.name}${x.campaign ? ` [${x.campaign}]` : ''}: ${formatQuantity(x.billable)} units — ${x.reason}`,
      );
  }
  const contactLists = report.audiences.filter((a) => a.contacts);
  if (contactLists.length > 0) {
    out.push('', b('Contact lists'));
    for (const a of contactLists) {
      const c = a.contacts!;
      const reasons = Object.entries(c.rejected_by_reason)
        .map(([r, n]) => `${n} ${r}`)
        .join(', ');
      out.push(
        `  ${a.name} (${c.file}): ${formatQuantity(String(c.rows))} rows = ${formatQuantity(String(c.valid))} valid + ${formatQuantity(String(c.duplicates))} duplicates + ${formatQuantity(String(c.rejected))} rejected${reasons ? ` (${reasons})` : ''}`,
      );
    }
  }
  if (report.scenarios) {
    const t = new Table({
      head: [
        'Scenario',
        `Meta ${cur}`,
        ...(report.totals.vendor !== null ? [`Vendor ${cur}`] : []),
        `Total ${cur}`,
      ],
      colAligns: ['left', 'right', 'right', 'right'],
      style: { head: opts.color ? ['cyan'] : [], border: opts.color ? ['grey'] : [], compact: true },
    });
    for (const sc of report.scenarios)
      t.push([sc.id, money(sc.meta), ...(sc.vendor !== null ? [money(sc.vendor)] : []), money(sc.total)]);
    out.push(
      '',
      b(
        `Scenarios: the plan priced with its low, base and high shares (${plan.months} month${plan.months === 1 ? '' : 's'})`,
      ),
      t.toString(),
    );
  }
  if (report.kpis) out.push('', b('KPIs'), renderKpiTable(report.kpis, opts).trimEnd());
  out.push('', b('Rate cards'));
  for (const c of report.rate_cards) {
    out.push(
      c.effective_date === null
        ? `  ${c.id}: ${c.trust} in ${c.currency}, ${c.entries ?? 0} entr${c.entries === 1 ? 'y' : 'ies'}${c.description ? ` (${c.description})` : ''}; contract prices, no Meta volume tiers`
        : `  ${c.id}: ${c.provider} ${c.model.replace('_', '-')} ${c.currency}, effective ${c.effective_date}, ${c.complete ? 'complete' : 'partial'}, ${c.trust}; ${c.source_url}`,
    );
    // The research's caveats on the card (e.g. "effective date inferred") travel with its figures.
    for (const n of c.notes ?? []) out.push(`    note: ${n}`);
  }
  out.push('', b('Rules applied'));
  for (const r of report.rules) out.push(`  - ${r}`);
  out.push('', b('Assumptions'));
  for (const d of report.decisions) out.push(`  - ${d}`);
  out.push(
    '',
    `Amounts are rounded to the ${cur} minor unit for display, so that every column adds up to its total (a line may differ from its own rounding by one unit); totals are sums of unrounded values (use --format json for exact values).`,
  );
  return `${out.join('\n')}\n`;
}
