import type { Decimal } from './money.js';

/** How a KPI value is measured; renderers format by unit. */
export type KpiUnit = 'money' | 'pct' | 'ratio' | 'count' | 'months';

/**
 * One KPI. `value` is null (never Infinity or NaN) when its denominator is zero, with `reason`
 * saying why. `note` flags a value that is correct but needs reading with care (e.g. a break-even
 * conversion rate above 100%).
 */
export interface Kpi {
  /** Stable id (`roi`, `cpl`, `rocs_variable` …), also the formula's name in docs/kpis.md. */
  id: string;
  label: string;
  /** The formula in words, with its denominator. */
  formula: string;
  value: Decimal | null;
  unit: KpiUnit;
  reason?: string;
  note?: string;
}

/** Funnel shares, each a percentage (0–100) of delivered recipients (recipients reached). */
export interface FunnelPcts {
  readPct?: Decimal;
  clickPct?: Decimal;
  replyPct?: Decimal;
  optOutPct?: Decimal;
  leadPct?: Decimal;
  conversionPct?: Decimal;
}

/** Funnel stages, in order; the key of each stage's count and rate. */
export const FUNNEL_STAGES = ['read', 'click', 'reply', 'opt_out', 'lead', 'conversion'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/**
 * One campaign over one period (`months` long; the caller passes first-month figures with
 * `months: 1` and horizon totals with `months: N`). Every volume and cost is a TOTAL over the period,
 * in plan currency, unrounded. Any field may be missing: a KPI whose inputs are missing is not
 * computed. Explicit counts (`leads`, `conversions`) and `revenue` win over the funnel-derived ones.
 */
export interface CampaignKpiInput {
  name: string;
  months: Decimal;
  /** Contacts targeted. */
  recipients?: Decimal;
  /** Recipients reached (at least one message delivered). */
  delivered?: Decimal;
  /** Messages delivered (what Meta bills). */
  deliveredMessages?: Decimal;
  /** Variable messaging spend: Meta fees + vendor per-message fees and markups. */
  messagingCost?: Decimal;
  /** Allocated share of subscriptions, seats, numbers, amortised setup and non-reclaimable tax. */
  allocatedFixedCost?: Decimal;
  funnel?: FunnelPcts;
  leads?: Decimal;
  conversions?: Decimal;
  revenuePerConversion?: Decimal;
  /** Attributed revenue over the period; default conversions × revenuePerConversion. */
  revenue?: Decimal;
  /** When given, ROI and break-even figures are computed on gross margin, not on revenue. */
  grossMarginPct?: Decimal;
}

/** Plan-level inputs (plan keys `costs`, `savings`, `labor`) and the period being computed. */
export interface PlanKpiInput {
  /** Length of the period computed, in months (1 for "one month", N for the horizon). */
  months: Decimal;
  /** The plan's horizon in months; one-time costs are spread evenly over it. Default: `months`. */
  horizonMonths?: Decimal;
  costs?: { oneTime: Decimal; monthly: Decimal };
  savings?: { monthlyHoursSaved: Decimal; hourlyCost: Decimal };
  labor?: { agents: Decimal; monthlyCostPerAgent: Decimal; efficiencyGainPct: Decimal };
}

/** What ROI is computed on: revenue, gross margin, or a mix when only some campaigns give a margin. */
export type KpiBasis = 'revenue' | 'margin' | 'mixed' | 'none';

/** KPIs of one scope (a campaign or the plan total) over one period. */
export interface KpiSet {
  name: string;
  scope: 'campaign' | 'total';
  months: Decimal;
  basis: KpiBasis;
  kpis: Kpi[];
}

/** Every campaign's KPIs plus the plan total, over one period. */
export interface PlanKpis {
  months: Decimal;
  campaigns: KpiSet[];
  total: KpiSet;
}
