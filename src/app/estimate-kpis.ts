import { Decimal, ONE, ZERO, sum } from '../core/money.js';
import { computePlanKpis } from '../core/kpis.js';
import { isVarying, SCENARIOS, type ScenarioName } from '../core/kpis-scenario.js';
import { computeSensitivity } from '../core/kpis-sensitivity.js';
import type { CampaignKpiInput, PlanKpiInput } from '../core/kpis-types.js';
import { CATEGORIES } from '../core/rate-card.js';
import { monthFactor, type MetaPricing } from '../core/price-meta.js';
import type { PricingInput } from '../core/pricing-input.js';
import type { VendorInvoice, VendorComponent, VendorLine } from '../core/vendor-pricing.js';
import type { MetaLine } from '../core/line-item.js';
import type { MonthUsage } from '../core/usage.js';
import { ratesDir, type Io } from '../io/io.js';
import { loadKpiBenchmarksFast } from '../io/rate-book-cache.js';
import { buildKpiSection, type KpiSection } from '../report/kpi-report.js';
import { toCampaignKpiFields, toPlanKpiInput } from '../schema/plan-kpi-fields.js';
import type { PreparedPlan } from './prepare-pricing.js';

/** Vendor charges that grow with traffic; the rest (subscription, seats, numbers, setup, tax) are fixed. */
const VARIABLE: ReadonlySet<VendorComponent> = new Set([
  'per_message',
  'markup',
  'overage',
  'credits',
  'top_up_fee',
  'wallet_fee',
]);
export const SHARED_COSTS = 'service and shared costs';

/** One priced scenario column: the input it was priced with, Meta's lines and the vendor invoice. */
export interface PricedScenario {
  input: PricingInput;
  pricing: MetaPricing;
  invoice: VendorInvoice | undefined;
}

/**
 * The KPI section of an estimate, or undefined when the plan gives no KPI inputs. Spend is the
 * estimate's own: Meta's lines (unless the vendor's credits include them) and the vendor invoice,
 * allocated to campaigns by their share of delivered messages; what no campaign carries (service,
 * volume-tier adjustments, the service share of vendor fees) is one more entry, so the KPI total
 * spends exactly the report's total (docs/kpis.md, "KPIs in an estimate").
 */
export async function buildEstimateKpis(
  prepared: PreparedPlan,
  base: PricedScenario,
  metaInTotal: boolean,
  opts: { sensitivityPct?: Decimal; scenarios?: Record<ScenarioName, PricedScenario> },
  io: Io,
): Promise<KpiSection | undefined> {
  const plan = prepared.loaded.plan;
  const hasInputs =
    plan.campaigns.some((c) => c.funnel || c.revenue_per_conversion) ||
    plan.costs ||
    plan.savings ||
    plan.labor;
  if (!hasInputs) return undefined;
  const horizon = new Decimal(prepared.months);
  const periods = { month: [1], horizon: Array.from({ length: prepared.months }, (_, i) => i + 1) };
  // Each scenario column uses its own pricing when costs vary too (a share such as delivery_rate_pct).
  const inputsFor = (months: number[], which: ScenarioName) =>
    campaignInputs(prepared, opts.scenarios?.[which] ?? base, metaInTotal, months, which);
  // The vendor's one-time charges (setup fee and its tax) are an upfront investment like the plan's own
  // costs.one_time: spread over the horizon in TCO, and counted in full by the payback period (kpis.md:
  // "setup fee … ÷ monthly contribution"; vendor audit F7).
  const vendorOneTime = sum((base.invoice?.lines ?? []).filter((l) => l.month === null).map((l) => l.amount));
  const planFor = (months: number[], which: ScenarioName): PlanKpiInput => {
    const p = toPlanKpiInput(plan, { months: new Decimal(months.length), horizonMonths: horizon }, which);
    if (vendorOneTime.isZero()) return p;
    const costs = p.costs ?? { oneTime: ZERO, monthly: ZERO };
    return { ...p, costs: { ...costs, oneTime: costs.oneTime.plus(vendorOneTime) } };
  };

  const varying =
    plan.campaigns.some((c) =>
      [c.revenue_per_conversion, c.gross_margin_pct, ...Object.values(c.funnel ?? {})].some(
        (v) => v !== undefined && isVarying(v),
      ),
    ) ||
    (plan.labor !== undefined && isVarying(plan.labor.efficiency_gain_pct)) ||
    opts.scenarios !== undefined;
  const n = `${prepared.months} month${prepared.months === 1 ? '' : 's'}`;
  const columns = varying
    ? [
        {
          id: 'month.base',
          label: 'Month 1 (base)',
          kpis: computePlanKpis(inputsFor(periods.month, 'base'), planFor(periods.month, 'base')),
        },
        ...SCENARIOS.map((s) => ({
          id: `horizon.${s}`,
          label: `${n} (${s})`,
          kpis: computePlanKpis(inputsFor(periods.horizon, s), planFor(periods.horizon, s)),
        })),
      ]
    : [
        {
          id: 'month',
          label: 'Month 1',
          kpis: computePlanKpis(inputsFor(periods.month, 'base'), planFor(periods.month, 'base')),
        },
        {
          id: 'horizon',
          label: n,
          kpis: computePlanKpis(inputsFor(periods.horizon, 'base'), planFor(periods.horizon, 'base')),
        },
      ];
  const sensitivity = opts.sensitivityPct
    ? computeSensitivity(inputsFor(periods.horizon, 'base'), planFor(periods.horizon, 'base'), {
        deltaPct: opts.sensitivityPct,
      })
    : undefined;
  const benchmarks = await loadKpiBenchmarksFast(ratesDir(io));
  const unpriced = base.pricing.skipped.length + (base.invoice?.unpriced.length ?? 0);
  return buildKpiSection({
    currency: prepared.currency,
    columns,
    benchmarks: benchmarks.ranges,
    sensitivity,
    includeCampaigns: true,
    notes: [
      // With --allow-missing-rates the spend leaves charges out: every KPI built on it is a bound.
      ...(unpriced > 0
        ? [
            `Spend leaves out ${unpriced} charge${unpriced === 1 ? '' : 's'} not priced (--allow-missing-rates): cost KPIs (TCO, CPL, CPA, cost per …) and payback are lower bounds, ROI and ROCS upper bounds.`,
          ]
        : []),
      "Spend per campaign: its Meta lines plus the vendor fees it causes (per-message fees of its messages' categories, markups on its Meta fees, fees on its users' replies; other usage fees by its share of delivered messages); fully loaded adds its share of subscriptions, seats, numbers, setup and tax.",
      `"${SHARED_COSTS}" carries what no campaign does (service, volume-tier adjustments, their share of vendor fees), so the total spends exactly the estimate's total.`,
      `Benchmarks: ${benchmarks.source} (${benchmarks.trust}).`,
    ],
  });
}

/**
 * A campaign's part of one month's usage-driven vendor line, by what the line is charged on: its
 * outbound messages of the line's categories, its Meta fees of a markup's category, its users' replies;
 * other lines by its share of delivered messages. A marketing-only markup is then not charged to a
 * utility campaign, nor service replies to a campaign (vendor audit F4).
 */
function partOf(
  line: VendorLine,
  usage: MonthUsage,
  campaignLines: readonly MetaLine[],
  campaignInbound: Decimal,
  messageShare: Decimal,
): Decimal {
  const m = usage.month;
  const of = (part: Decimal, whole: Decimal) => (whole.isZero() ? ZERO : part.div(whole));
  const basis = line.basis;
  if (!basis) return messageShare;
  if (basis.kind === 'inbound') return of(campaignInbound, usage.inbound);
  const cats = basis.kind === 'outbound' ? basis.categories : [basis.category];
  const mine = campaignLines.filter((l) => cats.includes(l.category)).map((l) => l.months[m - 1]!);
  return basis.kind === 'outbound'
    ? of(sum(mine.map((x) => x.delivered)), sum(cats.map((c) => usage.outbound[c])))
    : of(sum(mine.map((x) => x.cost)), usage.metaFees[basis.category]);
}

/** One KPI input per campaign (and one for shared costs) over the given months, in one scenario. */
function campaignInputs(
  prepared: PreparedPlan,
  priced: PricedScenario,
  metaInTotal: boolean,
  months: number[],
  which: ScenarioName,
): CampaignKpiInput[] {
  const { pricing, invoice, input: pricingInput } = priced;
  const plan = prepared.loaded.plan;
  const inMonths = (m: number | null) => m === null || months.includes(m);
  // One-time vendor charges are not here: they are plan-level upfront costs (planFor, above).
  const vendorOf = (variable: boolean, m: number) =>
    sum(
      (invoice?.lines ?? [])
        .filter((l) => l.month === m && VARIABLE.has(l.component) === variable)
        .map((l) => l.amount),
    );
  const messagesIn = (m: number) => sum(CATEGORIES.map((c) => pricing.usage[m - 1]!.outbound[c]));

  const out: CampaignKpiInput[] = [];
  let givenVariable = ZERO;
  let givenFixed = ZERO;
  for (const c of plan.campaigns) {
    const lines = pricing.lines.filter((l) => l.kind === 'campaign' && l.campaign === c.name);
    const input = pricingInput.campaigns.find((x) => x.name === c.name)!;
    const base = sum(input.recipients.values());
    let recipients = ZERO;
    let reached = ZERO;
    let delivered = ZERO;
    let meta = ZERO;
    let variable = ZERO;
    let fixed = ZERO;
    for (const m of months) {
      // Every send counts: with sends_per_month 2 a contact is targeted twice, so targeted and reached
      // are both recipient-sends and the delivery rate stays delivered ÷ sent (docs/kpis.md).
      const r = base.times(monthFactor(pricingInput, m)).times(input.sendsPerMonth);
      recipients = recipients.plus(r);
      reached = reached.plus(r.times(input.deliveryRate));
      const msgs = sum(lines.map((l) => l.months[m - 1]!.delivered));
      delivered = delivered.plus(msgs);
      meta = meta.plus(sum(lines.map((l) => l.months[m - 1]!.cost)));
      const all = messagesIn(m);
      const share = all.isZero() ? ZERO : msgs.div(all);
      const inbound = r.times(input.deliveryRate).times(input.inboundPerRecipient);
      variable = variable.plus(
        sum(
          (invoice?.lines ?? [])
            .filter((l) => l.month === m && VARIABLE.has(l.component))
            .map((l) => l.amount.times(partOf(l, pricing.usage[m - 1]!, lines, inbound, share))),
        ),
      );
      fixed = fixed.plus(vendorOf(false, m).times(share));
    }
    const messagingCost = (metaInTotal ? meta : ZERO).plus(variable);
    givenVariable = givenVariable.plus(messagingCost);
    givenFixed = givenFixed.plus(fixed);
    out.push({
      name: c.name,
      months: new Decimal(months.length),
      recipients,
      delivered: reached,
      deliveredMessages: delivered,
      messagingCost,
      allocatedFixedCost: fixed,
      ...toCampaignKpiFields(c, which),
    });
  }
  // Whatever the campaigns do not carry, so that the KPI total spends exactly the report's total.
  const metaAll = sum(
    pricing.lines.flatMap((l) => l.months.filter((m) => inMonths(m.month)).map((m) => m.cost)),
  );
  const variableAll = (metaInTotal ? metaAll : ZERO).plus(sum(months.map((m) => vendorOf(true, m))));
  const fixedAll = sum(months.map((m) => vendorOf(false, m)));
  const restVariable = variableAll.minus(givenVariable);
  const restFixed = fixedAll.minus(givenFixed);
  // Service messages are billed (and cost) like the campaigns' messages: the total's cost per delivered
  // message counts them too (vendor audit F10), so they travel with the shared costs they cause.
  const serviceDelivered = sum(
    pricing.lines
      .filter((l) => l.kind === 'service')
      .flatMap((l) => months.map((m) => l.months[m - 1]!.delivered)),
  );
  if (!restVariable.isZero() || !restFixed.isZero() || serviceDelivered.gt(0)) {
    out.push({
      name: SHARED_COSTS,
      months: new Decimal(months.length),
      ...(serviceDelivered.gt(0) && { deliveredMessages: serviceDelivered }),
      messagingCost: restVariable,
      allocatedFixedCost: restFixed,
    });
  }
  return out.length > 0 ? out : [{ name: SHARED_COSTS, months: ONE, messagingCost: ZERO }];
}
