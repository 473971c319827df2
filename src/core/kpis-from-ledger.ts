import type { Decimal } from './money.js';
import { HUNDRED, ZERO } from './money.js';
import type { KpiLedger } from './kpis-ledger.js';
import { KpiList } from './kpis-list.js';
import type { KpiBasis, KpiSet } from './kpis-types.js';

/** The words saying what ROI is computed on, by basis. */
export const ROI_BASIS_TEXT: Record<KpiBasis, string> = {
  revenue: 'on revenue',
  margin: 'on gross margin',
  mixed: 'on gross margin where given, else revenue',
  none: 'on savings',
};

const STAGES = [
  ['read', 'reads', 'read_rate'],
  ['click', 'clicks', 'click_rate'],
  ['reply', 'replies', 'reply_rate'],
  ['opt_out', 'opt_outs', 'opt_out_rate'],
  ['lead', 'leads', 'lead_rate'],
  ['conversion', 'conversions', 'conversion_rate'],
] as const;

/** Every KPI a ledger's inputs allow, in catalogue order. Formulas: docs/kpis.md. */
export function computeKpisFromLedger(l: KpiLedger): KpiSet {
  const k = new KpiList();
  const pctOf = { scale: HUNDRED };
  k.add('recipients', l.recipients);
  k.add('delivered', l.delivered);
  k.ratio('delivery_rate', l.delivered, l.recipients, 'no recipients', pctOf);
  k.add('delivered_messages', l.deliveredMessages);
  for (const [stage, countId, rateId] of STAGES) {
    k.add(countId, l.counts[stage]);
    k.ratio(rateId, l.counts[stage], l.delivered, 'no recipients reached', pctOf);
  }

  // A campaign with no cost input has an unknown cost, not a zero one: cost KPIs are left out.
  const tco = l.hasCost ? l.campaignCost.plus(l.planOneTimeShare).plus(l.planRecurring) : undefined;
  const gain = l.value !== undefined || l.hasSavings ? (l.value ?? ZERO).plus(l.savings) : undefined;
  const on = ROI_BASIS_TEXT[l.basis];
  k.add('revenue', l.revenue);
  if (l.basis === 'margin') k.add('gross_margin', l.value);
  if (l.basis === 'mixed') k.add('gross_margin', l.value, 'Value (gross margin where given, else revenue)');
  if (l.hasSavings) k.add('savings', l.savings);
  k.add('messaging_cost', l.messagingCost);
  k.add('tco', tco);
  if (tco !== undefined && gain !== undefined) {
    k.add('net_gain', gain.minus(tco), `Net gain (${on})`);
    k.ratio('roi', gain.minus(tco), tco, 'total cost is zero', { scale: HUNDRED, label: `ROI (${on})` });
  }
  k.ratio('rocs_variable', l.revenue, l.messagingCost, 'messaging spend is zero');
  k.ratio('rocs_fully_loaded', l.revenue, tco, 'total cost is zero');
  k.ratio('cpl', tco, l.counts.lead, 'no leads');
  k.ratio('cpa', tco, l.counts.conversion, 'no conversions');
  k.ratio('rpc', l.revenue, l.counts.conversion, 'no conversions');
  k.ratio('revenue_per_recipient', l.revenue, l.recipients, 'no recipients');
  k.ratio('revenue_per_reached', l.revenue, l.delivered, 'no recipients reached');
  k.ratio('revenue_per_delivered_message', l.revenue, l.deliveredMessages, 'no delivered messages');
  k.ratio('cost_per_recipient', tco, l.recipients, 'no recipients');
  k.ratio('cost_per_delivered_message', tco, l.deliveredMessages, 'no delivered messages');
  if (tco !== undefined && gain !== undefined && l.upfront !== undefined) addPayback(k, l, gain, tco);
  if (tco !== undefined) addBreakEven(k, l, tco);
  k.ratio('max_cpa', l.value, l.counts.conversion, 'no conversions', {
    label: `Highest affordable CPA (${on})`,
  });
  k.ratio('max_cpl', l.value, l.counts.lead, 'no leads', { label: `Highest affordable CPL (${on})` });
  return { name: l.name, scope: l.scope, months: l.months, basis: l.basis, kpis: k.kpis };
}

/** Payback = one-time cost ÷ monthly net inflow, where inflow = (gain − running costs) ÷ months. */
function addPayback(k: KpiList, l: KpiLedger, gain: Decimal, tco: Decimal): void {
  if (l.months.isZero()) return void k.none('payback_months', 'the period is zero months');
  const inflow = gain.minus(tco.minus(l.planOneTimeShare)).div(l.months);
  if (inflow.lte(0)) {
    k.none('payback_months', 'never pays back: the monthly gain does not exceed the monthly running cost');
    return;
  }
  k.ratio('payback_months', l.upfront, inflow, 'no monthly inflow');
}

/**
 * The conversion rate (share of recipients reached, applied to every campaign whose value scales
 * with conversions) at which ROI is exactly 0.
 */
function addBreakEven(k: KpiList, l: KpiLedger, tco: Decimal): void {
  if (l.fullConversionValue === undefined) return;
  const needed = tco.minus(l.savings).minus(l.fixedValue);
  if (needed.lte(0)) {
    k.none('break_even_conversion_rate', 'no break-even point: ROI is at least 0 even with no conversions');
    return;
  }
  const kpi = k.ratio(
    'break_even_conversion_rate',
    needed,
    l.fullConversionValue,
    'the value of a conversion is zero',
    {
      scale: HUNDRED,
    },
  );
  if (kpi?.value?.gt(HUNDRED)) kpi.note = 'above 100%: no conversion rate on this audience breaks even';
}
