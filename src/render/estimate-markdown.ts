import type { Report } from '../report/report.js';
import { renderKpiMarkdown } from './kpi-markdown.js';
import { mdCell } from './diff-format.js';
import { formatMoney, formatQuantity, formatRate, pricingModelText } from './format.js';
import { unpricedCount, unpricedNote, vendorUnpricedTexts } from './unpriced.js';

/**
 * The estimate as compact GitHub-flavoured Markdown for a pull-request comment: a one-paragraph
 * summary, one table of lines with totals, charges not priced (the total is then marked as a lower
 * bound), caveats (the report's warnings: a PR comment has no stderr), then rate cards in small print.
 */
export function renderEstimateMarkdown(report: Report): string {
  const { plan, totals } = report;
  const cur = plan.currency;
  const money = (v: string) => formatMoney(v, cur);
  const months = `${plan.months} month${plan.months === 1 ? '' : 's'}`;
  const horizon = `${months}${unpricedNote(report)}`;
  const atLeast = unpricedCount(report) > 0 ? 'at least ' : '';
  const first = totals.months[0]?.total;
  const last = totals.months.at(-1)?.total;
  const perMonth =
    first === undefined
      ? ''
      : first === last
        ? `, ${atLeast}${money(first)} ${cur} a month`
        : `, ${atLeast}${money(first)} ${cur} in month 1 to ${atLeast}${money(last ?? first)} ${cur} in month ${plan.months}`;
  const out: string[] = [];
  out.push(`### wa-cost estimate: ${mdCell(plan.name)}`, '');
  out.push(
    `**${atLeast}${money(totals.total)} ${cur}** over ${horizon}${perMonth} — as of ${plan.as_of}, ${pricingModelText(report)} pricing.`,
    '',
  );
  out.push('| Line | Campaign | Billable | Rate | Cost ' + cur + ' |', '|---|---|--:|--:|--:|');
  for (const l of report.lines) {
    out.push(
      `| ${mdCell(l.name)} | ${mdCell(l.campaign ?? (l.kind === 'service' ? 'service' : '—'))} | ${formatQuantity(l.billable)} | ${formatRate(l.unit_rate)} | ${money(l.cost)} |`,
    );
  }
  out.push(`| **Meta fees** | | | | **${money(totals.meta)}** |`);
  if (totals.vendor !== null) out.push(`| **Vendor fees** | | | | **${money(totals.vendor)}** |`);
  out.push(`| **Total (${horizon})** | | | | **${atLeast}${money(totals.total)}** |`);
  if (unpricedCount(report) > 0) {
    out.push(
      '',
      '**Not priced** (`--allow-missing-rates`; the total is a lower bound, a missing price is never counted as zero):',
    );
    for (const x of report.skipped)
      out.push(
        `- ${mdCell(x.name)}${x.campaign ? ` [${mdCell(x.campaign)}]` : ''}: ${formatQuantity(x.billable)} units — ${mdCell(x.reason)}`,
      );
    for (const u of vendorUnpricedTexts(report)) out.push(`- Vendor ${report.vendor!.id}: ${mdCell(u)}`);
  }
  if (report.scenarios) {
    out.push('', '| Scenario | Total |', '|---|---:|');
    for (const sc of report.scenarios) out.push(`| ${sc.id} | ${money(sc.total)} |`);
  }
  if (report.kpis) out.push('', '### KPIs', '', renderKpiMarkdown(report.kpis).trimEnd());
  const caveats = report.warnings.filter((w) => !LISTED_ELSEWHERE.has(w.code));
  if (caveats.length > 0) {
    out.push('', '**Caveats**:');
    for (const w of caveats) out.push(`- ${mdCell(w.message)}`);
  }
  out.push('');
  const cards = report.rate_cards.map(
    (c) =>
      `[${c.id}](${c.source_url}) (${c.provider} ${c.model.replace('_', '-')} ${c.currency}, effective ${c.effective_date}, ${c.complete ? 'complete' : 'partial'}, ${c.trust})`,
  );
  out.push(
    `<sub>Rates: ${cards.join('; ')}. Amounts rounded to the ${cur} minor unit for display; totals are sums of unrounded lines. ${mdCell(report.generated_by)}.</sub>`,
  );
  return `${out.join('\n')}\n`;
}

/** Warnings the markdown already shows: the not-priced list above, and the KPI section's own warnings. */
const LISTED_ELSEWHERE = new Set(['vendor-unpriced', 'rate-missing-skipped', 'kpi-not-computed']);
