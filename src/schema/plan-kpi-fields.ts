import { z } from 'zod';
import type { Decimal } from '../core/money.js';
import type { FunnelPcts, PlanKpiInput } from '../core/kpis-types.js';
import { singleScenario, type Scenario, type ScenarioName } from '../core/kpis-scenario.js';
import { amount, count, percent, strictObject } from './fields.js';

/**
 * Plan keys for KPIs (issue 6). The lead spreads `campaignKpiShape` into the campaign schema and
 * `planKpiShape` into the plan schema. All keys are optional: a KPI whose inputs are missing is not
 * shown. Documented in docs/kpis.md.
 */

/**
 * A value or a `[low, base, high]` scenario triple, e.g. `conversion_pct: [1, 2, 3]`. A single value
 * gives three equal Decimals. The triple must be ordered low ≤ base ≤ high.
 */
export function scenarioValue(field: z.ZodType<Decimal, string | number>) {
  // One per field schema (decimal() shares those), for the same reason as decimal(): start-up.
  let schema = scenarios.get(field);
  if (!schema) scenarios.set(field, (schema = buildScenarioValue(field)));
  return schema;
}
const scenarios = new Map<z.ZodType<Decimal, string | number>, ReturnType<typeof buildScenarioValue>>();

function buildScenarioValue(field: z.ZodType<Decimal, string | number>) {
  const triple = z
    .tuple([field, field, field], { error: 'expected a number or a list [low, base, high]' })
    .transform(([low, base, high]): Scenario => ({ low, base, high }));
  // The order is checked after the union so its message is not lost among the branches' errors.
  return z.union([field.transform(singleScenario), triple]).superRefine(({ low, base, high }, ctx) => {
    if (low.gt(base) || base.gt(high)) {
      ctx.addIssue({
        code: 'custom',
        message: `a scenario is [low, base, high] with low ≤ base ≤ high, got [${low.toString()}, ${base.toString()}, ${high.toString()}]`,
      });
    }
  });
}

/** `funnel:` shares of recipients reached (delivered), each 0–100 or a scenario triple. */
const funnel = strictObject({
  read_pct: scenarioValue(percent()).optional(),
  click_pct: scenarioValue(percent()).optional(),
  reply_pct: scenarioValue(percent()).optional(),
  /** Not in the first key list of issue 6; needed to compare the opt-out rate with its benchmark. */
  opt_out_pct: scenarioValue(percent()).optional(),
  lead_pct: scenarioValue(percent()).optional(),
  conversion_pct: scenarioValue(percent()).optional(),
});

/** Per-campaign KPI keys. */
export const campaignKpiShape = {
  funnel: funnel.optional(),
  /** Attributed revenue per conversion, plan currency. */
  revenue_per_conversion: scenarioValue(amount()).optional(),
  /** When given, ROI and break-even are computed on gross margin, not revenue. */
  gross_margin_pct: scenarioValue(percent()).optional(),
};

/** Plan-level KPI keys: extra costs and savings converted to money. */
export const planKpiShape = {
  /** Integration, training, other software: `one_time` is spread over the horizon for monthly KPIs. */
  costs: strictObject({ one_time: amount().prefault('0'), monthly: amount().prefault('0') }).optional(),
  /** Time saved per month, valued at an hourly cost (weekly hours × 52 ÷ 12; see docs/kpis.md). */
  savings: strictObject({ monthly_hours_saved: amount(), hourly_cost: amount() }).optional(),
  /** Labour savings = agents × monthly cost per agent × efficiency gain %. */
  labor: strictObject({
    agents: count(),
    monthly_cost_per_agent: amount(),
    efficiency_gain_pct: scenarioValue(percent()),
  }).optional(),
};

/** The KPI keys alone, as strict objects (tests, and a plan schema that wants to nest them). */
export const campaignKpiSchema = strictObject(campaignKpiShape);
export const planKpiSchema = strictObject(planKpiShape);
export type CampaignKpiFields = z.output<typeof campaignKpiSchema>;
export type PlanKpiFields = z.output<typeof planKpiSchema>;

/** A campaign's KPI keys in one scenario column, as core inputs. */
export function toCampaignKpiFields(
  c: CampaignKpiFields,
  which: ScenarioName = 'base',
): { funnel?: FunnelPcts; revenuePerConversion?: Decimal; grossMarginPct?: Decimal } {
  const f = c.funnel;
  return {
    ...(f && {
      funnel: {
        readPct: f.read_pct?.[which],
        clickPct: f.click_pct?.[which],
        replyPct: f.reply_pct?.[which],
        optOutPct: f.opt_out_pct?.[which],
        leadPct: f.lead_pct?.[which],
        conversionPct: f.conversion_pct?.[which],
      },
    }),
    revenuePerConversion: c.revenue_per_conversion?.[which],
    grossMarginPct: c.gross_margin_pct?.[which],
  };
}

/** The plan-level KPI input for one period (`months`) of a `horizonMonths` plan, in one scenario column. */
export function toPlanKpiInput(
  p: PlanKpiFields,
  period: { months: Decimal; horizonMonths: Decimal },
  which: ScenarioName = 'base',
): PlanKpiInput {
  return {
    months: period.months,
    horizonMonths: period.horizonMonths,
    ...(p.costs && { costs: { oneTime: p.costs.one_time, monthly: p.costs.monthly } }),
    ...(p.savings && { savings: { monthlyHoursSaved: p.savings.monthly_hours_saved, hourlyCost: p.savings.hourly_cost } }),
    ...(p.labor && {
      labor: {
        agents: p.labor.agents,
        monthlyCostPerAgent: p.labor.monthly_cost_per_agent,
        efficiencyGainPct: p.labor.efficiency_gain_pct[which],
      },
    }),
  };
}
