import type { KpiSection } from './kpi-report.js';
/**
 * The estimate report: a versioned, serialisable view model. `--format json` writes it as is; every
 * renderer is a function of it alone. Money and quantities are decimal strings, unrounded.
 * Documented in docs/report-json.md; bump REPORT_VERSION on any breaking change.
 */
export const REPORT_VERSION = 1;

export interface ReportMonth {
  month: number;
  delivered: string;
  free: string;
  billable: string;
  cost: string;
}

export interface ReportLine {
  id: string;
  /** Who bills it: `meta` now; `vendor` lines join with vendor plans. */
  section: 'meta' | 'vendor';
  kind: string;
  campaign: string | null;
  name: string;
  market: string | null;
  countries: string[];
  category: string | null;
  unit: string;
  recipients: string | null;
  delivered: string | null;
  free: string | null;
  billable: string;
  unit_rate: string | null;
  cost: string;
  rate_source: string | null;
  /** Only on lines of a later segment of the horizon: the date whose rules and card priced them. */
  priced_as_of?: string;
  notes: string[];
  /** False for Meta's fees when the vendor's credits include them: shown, but paid through the vendor lines. */
  in_total: boolean;
  months: ReportMonth[];
}

/** The vendor plan priced with the plan (`vendor:`), with its source. */
export interface ReportVendor {
  id: string;
  name: string;
  vendor: string;
  currency: string;
  /** How Meta's fees reach the bill: `pass_through`, `markup` or `included` (in credits). */
  meta_fees: string;
  billing: string;
  seats: string;
  source_url: string | null;
  read_on: string;
  trust: string;
  notes: string[];
  /** Charges whose price is not published (only with --allow-missing-rates). */
  unpriced: { name: string; month: number | null; reason: string }[];
  total: string;
}

export interface ReportSkipped {
  id: string;
  name: string;
  campaign: string | null;
  market: string;
  category: string;
  billable: string;
  reason: string;
  /**
   * Present when the card has a rate but Meta documented a change to it after the card's date and on or
   * before `as_of` (rates/meta/changes.yaml): the old rate is refused, never priced as current.
   */
  superseded?: ReportSuperseded;
}

/** A card's rate that a documented change superseded: the old rate, what changed, and the source. */
export interface ReportSuperseded {
  card: string;
  /** The card's old rate, in the card's currency. */
  card_rate: string;
  /** `upper` when Meta lowered the rate, `lower` when it raised it, null when it only says "updated". */
  card_rate_is: 'upper_bound' | 'lower_bound' | null;
  change_date: string;
  direction: string;
  quote: string;
  source_url: string;
  trust: string;
}

export interface ReportCard {
  id: string;
  /** `meta` for Meta's cards; `override` for the user's own rates (`--rates FILE`, `rate_overrides:`). */
  provider: string;
  model: string;
  currency: string;
  /** null for an override file: it has no effective date of its own. */
  effective_date: string | null;
  complete: boolean;
  trust: string;
  /** A URL for Meta's cards; the file for an override. */
  source_url: string;
  via: string[];
  /** Meta's cards: the card's own caveats (effective date inferred, categories not captured …). */
  notes?: string[];
  /** Override files only: how many entries, and the file's own `name`/`source` when given. */
  entries?: number;
  description?: string;
}

/** A conversion of Meta's USD card into the plan currency at the user's own rate (plan `fx:`). */
export interface ReportFx {
  from: string;
  to: string;
  /** Units of `to` per 1 `from`, as the user wrote it. */
  rate: string;
  as_of: string;
  source: string;
  /** The Meta card that was converted. */
  card: string;
}

export interface ReportAudience {
  name: string;
  source: string;
  recipients: string;
  countries: Record<string, string>;
  /** For a contacts file: every row accounted for (rows = valid + duplicates + rejected). */
  contacts?: {
    file: string;
    rows: number;
    valid: number;
    duplicates: number;
    rejected: number;
    rejected_by_reason: Record<string, number>;
  };
}

export interface ReportTotals {
  meta: string;
  vendor: string | null;
  total: string;
  months: { month: number; meta: string; vendor: string | null; total: string }[];
  by_category: Record<string, string>;
}

/** Months `first_month … last_month` of the horizon, priced as of `from`. */
export interface ReportSegment {
  from: string;
  first_month: number;
  last_month: number;
  pricing_model: string;
  /** The Meta card in force on `from` (also listed under `rate_cards`). */
  rate_card: string;
  rules: string[];
}

export interface Report {
  report: 'wa-cost/estimate';
  version: typeof REPORT_VERSION;
  generated_by: string;
  plan: {
    name: string;
    file: string;
    as_of: string;
    currency: string;
    months: number;
    monthly_growth_pct: string;
    phone_numbers: string;
    pricing_model: string;
  };
  rate_cards: ReportCard[];
  /**
   * Present when a share of the plan is a scenario `[low, base, high]` (delivery rate, windows, growth):
   * the totals priced with each column's inputs; `base` equals `totals`.
   */
  scenarios?: { id: string; meta: string; vendor: string | null; total: string }[];
  /** Present when the plan gives KPI inputs (funnel, revenue, costs, savings): docs/kpis.md. */
  kpis?: KpiSection;
  /** Present when the plan names a vendor plan. */
  vendor?: ReportVendor;
  /** Present only when the plan currency has no Meta card and the USD card was converted (RULES §2.7). */
  fx?: ReportFx;
  /**
   * Present when the horizon crosses a change wa-cost knows (docs/pricing-decisions.md #1): its months
   * split into segments, each priced with the rules and card in force on `from`, its own first day.
   */
  segments?: ReportSegment[];
  /** The rules applied; with segments, the shared ones and then each segment's own as "From <date>: …". */
  rules: string[];
  decisions: string[];
  audiences: ReportAudience[];
  lines: ReportLine[];
  skipped: ReportSkipped[];
  totals: ReportTotals;
  warnings: { code: string; message: string }[];
}
