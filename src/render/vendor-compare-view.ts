/**
 * The `compare` view: one plan priced under several vendor plans, ranked, with break-even volumes.
 * Serialisable; `--format json` writes it as is. Money and volumes are decimal strings, unrounded.
 */
export const COMPARE_VIEW_VERSION = 1;

export interface CompareUnpriced {
  name: string;
  reason: string;
  /** Months where it occurs; empty for plan-level items. */
  months: number[];
}

export interface CompareRow {
  /** 1 = cheapest horizon total among fully priced plans; null when the plan cannot be fully priced. */
  rank: number | null;
  id: string;
  vendor: string;
  name: string;
  /** False when some charge is unpriced: `total` is then a lower bound. */
  complete: boolean;
  /** True when `total` is a lower bound: the plan is incomplete, or Meta lines are not priced (`meta_unpriced`). */
  lower_bound: boolean;
  /** How the vendor bills Meta's fees: at cost, marked up (markup is a vendor fee), or inside its own prices. */
  meta_fees: 'pass_through' | 'included' | 'markup';
  /** Meta's fees as billed through the vendor (at cost; 0 when included in the vendor's prices). */
  meta: string;
  /** Vendor charges by component over the horizon, before tax (components with a charge only). */
  vendor_fees: Record<string, string>;
  vendor_total: string;
  tax: string;
  one_time: string;
  /** Month 1 total including one-time charges. */
  first_month: string;
  /** The last month's total: the monthly run rate once one-time charges are paid. */
  steady_month: string;
  /** Horizon total (TCO): Meta as billed + vendor + tax + one-time. */
  total: string;
  /** total − the cheapest fully priced total; null for incomplete plans. */
  difference: string | null;
  unpriced: CompareUnpriced[];
  source: { url: string | null; reference: string | null; read_on: string; trust: string };
}

export interface CompareBreakEven {
  /**
   * `cheapest`: the cheapest of all fully priced plans changes from `a` to `b` here.
   * `pair`: the plan cheapest at the plan's volume (`a`) and one of the next (`b`) change order here.
   */
  kind: 'cheapest' | 'pair';
  a: string;
  b: string;
  /** Volume scale where the cheaper of the two changes (× the plan's volume), within `precision_scale`. */
  scale: string;
  /** Outbound business messages in month 1 at that scale. */
  monthly_messages: string;
  cheaper_below: string;
  cheaper_above: string;
}

/**
 * A volume where a fully priced plan stops (or starts again) being priceable, e.g. past an allowance
 * whose overage price is unpublished. Break-evens are never claimed where a plan is not priceable.
 */
export interface CompareLimit {
  id: string;
  /** false: priced below this volume, not from it on; true: not priceable below, priced from here on. */
  priced_above: boolean;
  /** First volume scale (whole month-1 messages) on the new side. */
  scale: string;
  monthly_messages: string;
  /** The first charge that cannot be priced on the unpriceable side (`name: reason`). */
  reason: string;
}

export interface CompareView {
  version: typeof COMPARE_VIEW_VERSION;
  plan: {
    name: string;
    file: string;
    as_of: string;
    currency: string;
    months: number;
    seats: string;
    billing: string;
    phone_numbers: string;
  };
  /** Meta's fees for the plan at cost over the horizon (the same for every vendor before adjustments). */
  meta_at_cost: string;
  /**
   * Meta lines with no rate (only with --allow-missing-rates): missing from every total, which are then
   * lower bounds. Plans whose charges depend on Meta's fees are not fully priced; pass-through plans stay
   * ranked (the missing fees are the same under each).
   */
  meta_unpriced: { name: string; campaign: string | null; billable: string; reason: string }[];
  rows: CompareRow[];
  /** Vendor plans that could not be priced for this plan at all, with the reason. */
  excluded: { id: string; reason: string }[];
  break_evens: CompareBreakEven[];
  /** Volumes where a fully priced plan stops being priceable; no break-even is searched beyond them. */
  limits: CompareLimit[];
  search: {
    scale_min: string;
    scale_max: string;
    samples: number;
    precision_scale: string;
    /** Outbound business messages in month 1 of the plan as written (scale 1). */
    base_monthly_messages: string;
    /** Why no search ran, when it did not. */
    skipped: string | null;
  };
  warnings: string[];
}
