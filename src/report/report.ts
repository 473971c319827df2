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
  notes: string[];
  months: ReportMonth[];
}

export interface ReportSkipped {
  id: string;
  name: string;
  campaign: string | null;
  market: string;
  category: string;
  billable: string;
  reason: string;
}

export interface ReportCard {
  id: string;
  provider: string;
  model: string;
  currency: string;
  effective_date: string;
  complete: boolean;
  trust: string;
  source_url: string;
  via: string[];
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
  rules: string[];
  decisions: string[];
  audiences: ReportAudience[];
  lines: ReportLine[];
  skipped: ReportSkipped[];
  totals: ReportTotals;
  warnings: { code: string; message: string }[];
}
