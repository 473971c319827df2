import Table from 'cli-table3';
import { formatMoney, formatQuantity } from './format.js';
import type { RenderOptions } from './render-options.js';
import type { CompareView } from './vendor-compare-view.js';

const COMPONENT_TITLES: Record<string, string> = {
  subscription: 'Subscription',
  seats: 'Seats',
  overage: 'Overage',
  per_message: 'Per message',
  markup: 'Markup',
  per_number: 'Numbers',
  credits: 'Credits',
  top_up_fee: 'Top-up fee',
  wallet_fee: 'Wallet fee',
  setup_fee: 'Setup',
};

/** `compare` as tables: ranking, vendor fees by component, what is not priced, break-even volumes. */
export function renderCompareTable(view: CompareView, opts: RenderOptions): string {
  const cur = view.plan.currency;
  const money = (v: string) => formatMoney(v, cur);
  const b = opts.style.bold;
  const style = { head: opts.color ? ['cyan'] : [], border: opts.color ? ['grey'] : [], compact: true };
  const p = view.plan;
  const months = `${p.months} month${p.months === 1 ? '' : 's'}`;
  const out = [
    b(p.name) +
      ` — vendor comparison as of ${p.as_of}, ${months}, ${cur}; ${p.seats} seat${p.seats === '1' ? '' : 's'}, ${p.phone_numbers} number${p.phone_numbers === '1' ? '' : 's'}, ${p.billing} billing`,
    `Meta's fees at cost: ${view.meta_unpriced.length ? 'at least ' : ''}${money(view.meta_at_cost)} ${cur}`,
    '',
  ];
  const rank = new Table({
    head: [
      '#',
      'Vendor plan',
      `Meta ${cur}`,
      `Vendor ${cur}`,
      `Tax ${cur}`,
      `Month 1 ${cur}`,
      `Monthly ${cur}`,
      `Total ${cur}`,
      `vs cheapest`,
    ],
    colAligns: ['right', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    style,
  });
  for (const r of view.rows) {
    const lower = r.complete ? '' : '≥ ';
    const metaLower = view.meta_unpriced.length ? '≥ ' : '';
    rank.push([
      r.rank === null ? '—' : String(r.rank),
      `${r.id} (${r.vendor})`,
      r.meta_fees === 'included' ? 'in vendor' : metaLower + money(r.meta),
      lower + money(r.vendor_total),
      lower + money(r.tax),
      (r.lower_bound ? '≥ ' : '') + money(r.first_month),
      (r.lower_bound ? '≥ ' : '') + money(r.steady_month),
      (r.lower_bound ? '≥ ' : '') + money(r.total),
      r.difference === null ? 'not fully priced' : r.rank === 1 ? 'cheapest' : `+${money(r.difference)}`,
    ]);
  }
  out.push(rank.toString());
  if (view.rows.some((r) => r.meta_fees === 'included'))
    out.push(
      "in vendor: Meta's fees are paid inside the vendor's own prices (credits), counted under Vendor.",
    );

  const components = Object.keys(COMPONENT_TITLES).filter((c) =>
    view.rows.some((r) => r.vendor_fees[c] !== undefined),
  );
  if (components.length > 0) {
    const fees = new Table({
      head: ['Vendor fees by component', ...components.map((c) => COMPONENT_TITLES[c]!)],
      colAligns: ['left', ...components.map(() => 'right' as const)],
      style,
    });
    for (const r of view.rows)
      fees.push([
        r.id,
        ...components.map((c) => (r.vendor_fees[c] === undefined ? '' : money(r.vendor_fees[c]))),
      ]);
    out.push('', fees.toString());
  }
  if (view.meta_unpriced.length > 0) {
    out.push(
      '',
      b(
        "Meta's fees not priced (--allow-missing-rates): every total is a lower bound; plans whose charges depend on Meta's fees are not ranked",
      ),
    );
    for (const x of view.meta_unpriced)
      out.push(
        `  ${x.name}${x.campaign ? ` [${x.campaign}]` : ''}: ${formatQuantity(x.billable)} units — ${x.reason}`,
      );
  }
  const incomplete = view.rows.filter((r) => !r.complete);
  if (incomplete.length > 0) {
    out.push('', b('Not fully priced (totals are lower bounds; a missing price is never counted as zero)'));
    for (const r of incomplete)
      for (const u of r.unpriced)
        out.push(
          `  ${r.id}: ${u.name} — ${u.reason}${u.months.length ? ` (month${u.months.length > 1 ? 's' : ''} ${u.months.join(', ')})` : ''}`,
        );
  }
  if (view.excluded.length > 0) {
    out.push('', b('Not compared'));
    for (const e of view.excluded) out.push(`  ${e.id}: ${e.reason}`);
  }
  out.push('', b('Break-even volumes'));
  const s = view.search;
  const at = (be: { monthly_messages: string; scale: string }) =>
    `at ${formatQuantity(roundUp(be.monthly_messages))} messages/month (${formatScale(be.scale)}× the plan)`;
  if (s.skipped) out.push(`  none searched: ${s.skipped}.`);
  else {
    const cheapest = view.break_evens.filter((x) => x.kind === 'cheapest');
    out.push(
      cheapest.length === 0
        ? `  The cheapest plan is ${view.rows[0]?.id ?? ''} at every volume from ${s.scale_min}× to ${s.scale_max}× the plan${view.limits.length ? ' where every plan can be priced' : ''}.`
        : '  Where the cheapest plan changes:',
    );
    for (const be of cheapest) out.push(`    ${at(be)}: ${be.b} becomes the cheapest (before: ${be.a})`);
    const pairs = view.break_evens.filter((x) => x.kind === 'pair');
    const first = view.rows[0]?.id ?? '';
    out.push(
      pairs.length === 0
        ? `  ${first} (cheapest as planned) and the next plans keep their order from ${s.scale_min}× to ${s.scale_max}×${view.limits.length ? ' where they can be priced' : ''}.`
        : `  ${first} (cheapest as planned) against the next plans:`,
    );
    for (const be of pairs) {
      const who =
        be.cheaper_above === 'tie'
          ? `${be.a} and ${be.b} cost the same`
          : `${be.cheaper_above} becomes cheaper than ${be.cheaper_above === be.a ? be.b : be.a}`;
      out.push(`    ${at(be)}: ${who}`);
    }
    if (view.limits.length > 0) {
      out.push(
        '  Where a plan cannot be priced (a price is not published), no break-even is claimed; the search stops there for it:',
      );
      for (const l of view.limits)
        out.push(
          `    ${at(l)}: ${l.id} ${l.priced_above ? 'can be priced again' : 'can no longer be priced'} (${l.reason})`,
        );
    }
  }
  out.push(
    '',
    `Volumes: outbound business messages in month 1 (${formatQuantity(s.base_monthly_messages)} as planned); every volume of the plan is scaled together, searched from ${s.scale_min}× to ${s.scale_max}× on ${s.samples} points; each break-even is the first whole monthly volume past the change. Totals over ${months}, including tax and one-time fees; amounts rounded for display only.`,
  );
  return `${out.join('\n')}\n`;
}

function roundUp(v: string): string {
  const [int = '0', frac = ''] = v.split('.');
  return /[1-9]/.test(frac) ? (BigInt(int) + 1n).toString() : int;
}

function formatScale(v: string): string {
  const [int = '0', frac = ''] = v.split('.');
  return frac ? `${int}.${frac.slice(0, 3).padEnd(3, '0')}` : int;
}
