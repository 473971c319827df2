import { Decimal, ZERO, pct } from './money.js';
import type { PlanKpiInput } from './kpis-types.js';

/**
 * Weeks per month used to turn weekly hours into monthly hours: 52 weeks ÷ 12 months (4.333…).
 * The source article counts 4 weeks a month (10 h/week at $50 ≈ $2,000); a calendar year has
 * 52 weeks, so 4 understates a month by 1/13. See docs/kpis.md.
 */
export const WEEKS_PER_MONTH = new Decimal(52).div(12);
/** The source article's convention, kept so its worked example can be reproduced. */
export const WEEKS_PER_MONTH_ARTICLE = new Decimal(4);

/** Monthly hours from weekly hours: `weekly × weeksPerMonth` (default 52/12), unrounded. */
export function monthlyHoursFromWeekly(
  weeklyHours: Decimal,
  weeksPerMonth: Decimal = WEEKS_PER_MONTH,
): Decimal {
  return weeklyHours.times(weeksPerMonth);
}

/** Time savings per month in money: hours saved per month × hourly cost, unrounded. */
export function computeTimeSavings(monthlyHoursSaved: Decimal, hourlyCost: Decimal): Decimal {
  return monthlyHoursSaved.times(hourlyCost);
}

/**
 * Labour savings per month: agents × monthly cost per agent × efficiency gain %. An agent costing
 * $2,000 a month who becomes 25% more efficient saves $500 a month.
 */
export function computeLaborSavings(
  agents: Decimal,
  monthlyCostPerAgent: Decimal,
  efficiencyGainPct: Decimal,
): Decimal {
  return agents.times(monthlyCostPerAgent).times(pct(efficiencyGainPct));
}

/** Time + labour savings per month from the plan-level inputs (zero when neither is given). */
export function computeMonthlySavings(plan: PlanKpiInput): Decimal {
  let total = ZERO;
  if (plan.savings)
    total = total.plus(computeTimeSavings(plan.savings.monthlyHoursSaved, plan.savings.hourlyCost));
  if (plan.labor) {
    const l = plan.labor;
    total = total.plus(computeLaborSavings(l.agents, l.monthlyCostPerAgent, l.efficiencyGainPct));
  }
  return total;
}

/**
 * Plan-level costs over the period: the period's share of one-time costs (spread evenly over the
 * horizon, so the horizon carries all of it) plus monthly costs × months. Unrounded.
 */
export function computePlanCosts(plan: PlanKpiInput): { oneTimeShare: Decimal; recurring: Decimal } {
  if (!plan.costs) return { oneTimeShare: ZERO, recurring: ZERO };
  const horizon = plan.horizonMonths ?? plan.months;
  // A horizon of 0 months cannot spread anything: charge the whole one-time cost.
  const share =
    horizon.isZero() || plan.months.gte(horizon)
      ? plan.costs.oneTime
      : plan.costs.oneTime.times(plan.months).div(horizon);
  return { oneTimeShare: share, recurring: plan.costs.monthly.times(plan.months) };
}
