import type { Decimal } from './money.js';
import { ZERO, pct } from './money.js';
import { computeMonthlySavings, computePlanCosts } from './kpis-savings.js';
import {
  FUNNEL_STAGES,
  type CampaignKpiInput,
  type FunnelPcts,
  type FunnelStage,
  type KpiBasis,
  type PlanKpiInput,
} from './kpis-types.js';

/**
 * The figures every KPI is computed from, for one scope over one period. A campaign and the plan
 * total both become a ledger, so the same formulas serve both. All money is unrounded.
 */
export interface KpiLedger {
  name: string;
  scope: 'campaign' | 'total';
  months: Decimal;
  recipients?: Decimal;
  delivered?: Decimal;
  deliveredMessages?: Decimal;
  counts: Partial<Record<FunnelStage, Decimal>>;
  revenue?: Decimal;
  /** What ROI is computed on: revenue, or gross margin where a margin is given. */
  value?: Decimal;
  basis: KpiBasis;
  /** Value if every delivered recipient converted (campaigns whose value scales with conversions). */
  fullConversionValue?: Decimal;
  /** Value that does not scale with the conversion rate (explicit revenue without a funnel). */
  fixedValue: Decimal;
  messagingCost?: Decimal;
  /** Messaging + allocated fixed costs of the campaigns. */
  campaignCost: Decimal;
  hasCost: boolean;
  planOneTimeShare: Decimal;
  planRecurring: Decimal;
  /** Upfront (one-time) cost for the payback period; only on the plan total. */
  upfront?: Decimal;
  savings: Decimal;
  /** Plan-level time or labour savings were given (they count as gain even without revenue). */
  hasSavings: boolean;
  /** Campaigns without revenue inputs (total scope only): they add cost, not revenue. */
  withoutRevenue: string[];
}

const PCT_KEY: Record<FunnelStage, keyof FunnelPcts> = {
  read: 'readPct',
  click: 'clickPct',
  reply: 'replyPct',
  opt_out: 'optOutPct',
  lead: 'leadPct',
  conversion: 'conversionPct',
};

/** A campaign's ledger: funnel counts from delivered × share, revenue from conversions × RPC. */
export function buildCampaignLedger(input: CampaignKpiInput): KpiLedger {
  const counts: Partial<Record<FunnelStage, Decimal>> = {};
  for (const stage of FUNNEL_STAGES) {
    const share = input.funnel?.[PCT_KEY[stage]];
    if (input.delivered !== undefined && share !== undefined)
      counts[stage] = input.delivered.times(pct(share));
  }
  if (input.leads !== undefined) counts.lead = input.leads;
  if (input.conversions !== undefined) counts.conversion = input.conversions;

  const conversions = counts.conversion;
  const rpc = input.revenuePerConversion;
  const revenue =
    input.revenue ?? (conversions !== undefined && rpc !== undefined ? conversions.times(rpc) : undefined);
  const margin = input.grossMarginPct;
  const toValue = (r: Decimal) => (margin === undefined ? r : r.times(pct(margin)));
  const value = revenue === undefined ? undefined : toValue(revenue);

  // Value per conversion, so the break-even conversion rate can scale revenue with conversions.
  let perConversion: Decimal | undefined;
  if (rpc !== undefined && input.revenue === undefined) perConversion = toValue(rpc);
  else if (value !== undefined && conversions !== undefined && !conversions.isZero())
    perConversion = value.div(conversions);
  const scalable = input.delivered !== undefined && perConversion !== undefined;

  const messaging = input.messagingCost;
  const fixed = input.allocatedFixedCost;
  return {
    name: input.name,
    scope: 'campaign',
    months: input.months,
    recipients: input.recipients,
    delivered: input.delivered,
    deliveredMessages: input.deliveredMessages,
    counts,
    revenue,
    value,
    basis: revenue === undefined ? 'none' : margin === undefined ? 'revenue' : 'margin',
    fullConversionValue:
      scalable && input.delivered && perConversion ? input.delivered.times(perConversion) : undefined,
    fixedValue: !scalable && value !== undefined ? value : ZERO,
    messagingCost: messaging,
    campaignCost: (messaging ?? ZERO).plus(fixed ?? ZERO),
    hasCost: messaging !== undefined || fixed !== undefined,
    planOneTimeShare: ZERO,
    planRecurring: ZERO,
    savings: ZERO,
    hasSavings: false,
    withoutRevenue: [],
  };
}

/** Sum of the defined values, or undefined when none is defined. */
function sumDefined(values: (Decimal | undefined)[]): Decimal | undefined {
  let total: Decimal | undefined;
  for (const v of values) if (v !== undefined) total = (total ?? ZERO).plus(v);
  return total;
}

/** The plan total: campaign ledgers summed, plus plan-level costs and savings over the period. */
export function buildTotalLedger(campaigns: KpiLedger[], plan: PlanKpiInput): KpiLedger {
  const counts: Partial<Record<FunnelStage, Decimal>> = {};
  for (const stage of FUNNEL_STAGES) {
    const v = sumDefined(campaigns.map((c) => c.counts[stage]));
    if (v !== undefined) counts[stage] = v;
  }
  const bases = new Set(campaigns.map((c) => c.basis).filter((b) => b !== 'none'));
  const basis: KpiBasis = bases.size === 0 ? 'none' : bases.size > 1 ? 'mixed' : [...bases][0]!;
  const planCosts = computePlanCosts(plan);
  return {
    name: 'Total',
    scope: 'total',
    months: plan.months,
    recipients: sumDefined(campaigns.map((c) => c.recipients)),
    delivered: sumDefined(campaigns.map((c) => c.delivered)),
    deliveredMessages: sumDefined(campaigns.map((c) => c.deliveredMessages)),
    counts,
    revenue: sumDefined(campaigns.map((c) => c.revenue)),
    value: sumDefined(campaigns.map((c) => c.value)),
    basis,
    fullConversionValue: sumDefined(campaigns.map((c) => c.fullConversionValue)),
    fixedValue: campaigns.reduce((s, c) => s.plus(c.fixedValue), ZERO),
    messagingCost: sumDefined(campaigns.map((c) => c.messagingCost)),
    campaignCost: campaigns.reduce((s, c) => s.plus(c.campaignCost), ZERO),
    hasCost: campaigns.some((c) => c.hasCost) || plan.costs !== undefined,
    planOneTimeShare: planCosts.oneTimeShare,
    planRecurring: planCosts.recurring,
    upfront: plan.costs && !plan.costs.oneTime.isZero() ? plan.costs.oneTime : undefined,
    savings: computeMonthlySavings(plan).times(plan.months),
    hasSavings: plan.savings !== undefined || plan.labor !== undefined,
    withoutRevenue: campaigns.filter((c) => c.revenue === undefined).map((c) => c.name),
  };
}
