import { Decimal, HUNDRED, ONE, pct } from './money.js';
import { computePlanKpis, findKpi } from './kpis.js';
import type { CampaignKpiInput, FunnelPcts, PlanKpiInput } from './kpis-types.js';

/** One input varied down and up, with the total ROI (%) at each end. */
export interface SensitivityRow {
  /** Where the input lives, e.g. `campaigns[0].funnel.conversion_pct`, `costs.one_time`. */
  input: string;
  label: string;
  base: Decimal;
  low: Decimal;
  high: Decimal;
  roiLow: Decimal | null;
  roiHigh: Decimal | null;
  /** |ROI(high) − ROI(low)| in percentage points; null when ROI is undefined at either end. */
  swing: Decimal | null;
  /** A percentage input capped at 100 on the high side. */
  capped: boolean;
}

export interface Sensitivity {
  deltaPct: Decimal;
  baseRoi: Decimal | null;
  /** Ranked by swing, largest first (a tornado). */
  rows: SensitivityRow[];
  reason?: string;
}

interface State {
  inputs: CampaignKpiInput[];
  plan: PlanKpiInput;
}

interface Lever {
  input: string;
  label: string;
  isPct: boolean;
  get(s: State): Decimal | undefined;
  set(s: State, v: Decimal): State;
}

function campaignLevers(inputs: readonly CampaignKpiInput[]): Lever[] {
  const levers: Lever[] = [];
  inputs.forEach((c, i) => {
    const prefix = inputs.length > 1 ? `${c.name}: ` : '';
    const withCampaign = (s: State, patch: (c: CampaignKpiInput) => CampaignKpiInput): State => ({
      ...s,
      inputs: s.inputs.map((x, j) => (j === i ? patch(x) : x)),
    });
    const field = (
      key:
        | 'revenuePerConversion'
        | 'revenue'
        | 'conversions'
        | 'grossMarginPct'
        | 'messagingCost'
        | 'allocatedFixedCost',
      name: string,
      isPct = false,
    ) =>
      levers.push({
        input: `campaigns[${i}].${name}`,
        label: `${prefix}${name}`,
        isPct,
        get: (s) => s.inputs[i]?.[key],
        set: (s, v) => withCampaign(s, (x) => ({ ...x, [key]: v })),
      });
    const funnel = (key: keyof FunnelPcts, name: string) =>
      levers.push({
        input: `campaigns[${i}].funnel.${name}`,
        label: `${prefix}${name}`,
        isPct: true,
        get: (s) => s.inputs[i]?.funnel?.[key],
        set: (s, v) => withCampaign(s, (x) => ({ ...x, funnel: { ...x.funnel, [key]: v } })),
      });
    if (c.conversions === undefined) funnel('conversionPct', 'conversion_pct');
    if (c.revenue === undefined) field('revenuePerConversion', 'revenue_per_conversion');
    else field('revenue', 'revenue');
    if (c.revenue === undefined) field('conversions', 'conversions');
    field('grossMarginPct', 'gross_margin_pct', true);
    field('messagingCost', 'messaging_cost');
    field('allocatedFixedCost', 'allocated_fixed_cost');
  });
  return levers;
}

function planLevers(): Lever[] {
  const costs = (key: 'oneTime' | 'monthly', name: string): Lever => ({
    input: `costs.${name}`,
    label: `costs.${name}`,
    isPct: false,
    get: (s) => s.plan.costs?.[key],
    set: (s, v) => (s.plan.costs ? { ...s, plan: { ...s.plan, costs: { ...s.plan.costs, [key]: v } } } : s),
  });
  const savings = (key: 'monthlyHoursSaved' | 'hourlyCost', name: string): Lever => ({
    input: `savings.${name}`,
    label: `savings.${name}`,
    isPct: false,
    get: (s) => s.plan.savings?.[key],
    set: (s, v) =>
      s.plan.savings ? { ...s, plan: { ...s.plan, savings: { ...s.plan.savings, [key]: v } } } : s,
  });
  const labor = (
    key: 'agents' | 'monthlyCostPerAgent' | 'efficiencyGainPct',
    name: string,
    isPct = false,
  ): Lever => ({
    input: `labor.${name}`,
    label: `labor.${name}`,
    isPct,
    get: (s) => s.plan.labor?.[key],
    set: (s, v) => (s.plan.labor ? { ...s, plan: { ...s.plan, labor: { ...s.plan.labor, [key]: v } } } : s),
  });
  return [
    costs('oneTime', 'one_time'),
    costs('monthly', 'monthly'),
    savings('monthlyHoursSaved', 'monthly_hours_saved'),
    savings('hourlyCost', 'hourly_cost'),
    labor('agents', 'agents'),
    labor('monthlyCostPerAgent', 'monthly_cost_per_agent'),
    labor('efficiencyGainPct', 'efficiency_gain_pct', true),
  ];
}

function totalRoi(s: State): Decimal | null {
  return findKpi(computePlanKpis(s.inputs, s.plan).total, 'roi')?.value ?? null;
}

/**
 * Varies each ROI-relevant input by ±deltaPct % of its base value (one at a time, others at base)
 * and ranks the inputs by how far total ROI moves: a tornado table. Inputs that are missing or zero
 * are skipped (±20% of zero is zero). Percentage inputs are capped at 100. Pure.
 */
export function computeSensitivity(
  inputs: readonly CampaignKpiInput[],
  planLevel: PlanKpiInput,
  options: { deltaPct?: Decimal } = {},
): Sensitivity {
  const deltaPct = options.deltaPct ?? new Decimal(20);
  const base: State = { inputs: [...inputs], plan: planLevel };
  const baseRoi = totalRoi(base);
  if (baseRoi === null)
    return {
      deltaPct,
      baseRoi,
      rows: [],
      reason: 'ROI cannot be computed for these inputs (no cost, or no revenue or savings)',
    };
  const rows: SensitivityRow[] = [];
  for (const lever of [...campaignLevers(inputs), ...planLevers()]) {
    const value = lever.get(base);
    if (value === undefined || value.isZero()) continue;
    const low = value.times(ONE.minus(pct(deltaPct)));
    let high = value.times(ONE.plus(pct(deltaPct)));
    const capped = lever.isPct && high.gt(HUNDRED);
    if (capped) high = HUNDRED;
    const roiLow = totalRoi(lever.set(base, low.isNegative() ? new Decimal(0) : low));
    const roiHigh = totalRoi(lever.set(base, high));
    const swing = roiLow !== null && roiHigh !== null ? roiHigh.minus(roiLow).abs() : null;
    rows.push({
      input: lever.input,
      label: lever.label,
      base: value,
      low: low.isNegative() ? new Decimal(0) : low,
      high,
      roiLow,
      roiHigh,
      swing,
      capped,
    });
  }
  rows.sort((a, b) => {
    if (a.swing === null || b.swing === null)
      return a.swing === null ? (b.swing === null ? byInput(a, b) : 1) : -1;
    return b.swing.comparedTo(a.swing) || byInput(a, b);
  });
  return { deltaPct, baseRoi, rows };
}

function byInput(a: SensitivityRow, b: SensitivityRow): number {
  return a.input < b.input ? -1 : a.input > b.input ? 1 : 0;
}
