import { buildCampaignLedger, buildTotalLedger } from './kpis-ledger.js';
import { computeKpisFromLedger } from './kpis-from-ledger.js';
import type { CampaignKpiInput, Kpi, KpiSet, PlanKpiInput, PlanKpis } from './kpis-types.js';

export type * from './kpis-types.js';
export { KPI_CATALOGUE, type KpiId, type KpiDefinition } from './kpis-catalogue.js';
export { KPI_RATIO_DECIMALS } from './kpis-list.js';
export { ROI_BASIS_TEXT } from './kpis-from-ledger.js';

/**
 * KPIs of one campaign over one period (see CampaignKpiInput: totals over `months`), with the
 * campaign's own costs only. Pure; never throws for finite inputs; a zero denominator gives
 * `value: null` with a reason, never Infinity or NaN. Money unrounded; percentages and ratios
 * quantised to 20 decimal places.
 */
export function computeCampaignKpis(input: CampaignKpiInput): KpiSet {
  return computeKpisFromLedger(buildCampaignLedger(input));
}

/**
 * KPIs of every campaign and of the plan total over one period. The total adds plan-level costs
 * (one-time spread evenly over `horizonMonths`, monthly × months) and savings (monthly × months)
 * to the campaigns' sums. Call it once with first-month inputs (`months: 1`) and once with horizon
 * totals (`months: N`).
 */
export function computePlanKpis(inputs: readonly CampaignKpiInput[], planLevel: PlanKpiInput): PlanKpis {
  const ledgers = inputs.map(buildCampaignLedger);
  const totalLedger = buildTotalLedger(ledgers, planLevel);
  const total = computeKpisFromLedger(totalLedger);
  const revenue = findKpi(total, 'revenue');
  if (revenue && totalLedger.withoutRevenue.length > 0) {
    revenue.note = `counts only campaigns with revenue inputs; ${totalLedger.withoutRevenue.join(', ')} add cost only`;
  }
  return { months: planLevel.months, campaigns: ledgers.map(computeKpisFromLedger), total };
}

/** The KPI with this id, if computed. */
export function findKpi(set: KpiSet, id: string): Kpi | undefined {
  return set.kpis.find((x) => x.id === id);
}
