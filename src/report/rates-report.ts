/**
 * View models of the `wa-cost rates` commands. Like the estimate Report they are serialisable (`--format
 * json` writes them as is) and every renderer is a function of them alone. Rates are decimal strings with
 * all their published digits; a rate that is not on a card is null (unknown), never "0".
 */

/** A category → rate map; null = not on the card (unknown). */
export type RateRow = Record<string, string | null>;

export interface RatesCardInfo {
  id: string;
  model: string;
  currency: string;
  effective_date: string;
  complete: boolean;
  trust: string;
  source_url: string;
  via: string[];
  markets: number;
  categories: string[];
  file: string;
  /** The card's own caveats (effective date inferred, categories not captured …), as the research wrote them. */
  notes: string[];
}

/** A rate on the card that Meta documented as changed after the card's date, on or before `as_of`. */
export interface RatesSuperseded {
  category: string;
  change_date: string;
  direction: string;
  quote: string;
  source_url: string;
  trust: string;
}

export interface RatesListReport {
  report: 'wa-cost/rates-list';
  cards: RatesCardInfo[];
  tiers: {
    id: string;
    currency: string;
    effective_date: string;
    confidence: string;
    tables: string[];
    source_url: string;
  }[];
  markets: { id: string; countries: number; source_url: string };
}

export interface RatesShowReport {
  report: 'wa-cost/rates-show';
  as_of: string;
  currency: string;
  card: RatesCardInfo;
  categories: string[];
  rows: {
    market: string;
    countries: string[];
    rates: RateRow;
    notes: string[];
    /** Rates of this row known to be out of date on `as_of` (rates/meta/changes.yaml); estimates refuse them. */
    superseded: RatesSuperseded[];
  }[];
  tiers: {
    market: string;
    category: string;
    table: string;
    confidence: string;
    tiers: { from: string; to: string | null; rate: string }[];
  }[];
  warnings: { code: string; message: string }[];
}

export interface RatesLookupReport {
  report: 'wa-cost/rates-lookup';
  query: string;
  as_of: string;
  country: { iso2: string; name: string; calling_code: string | null };
  market: string;
  /** The research marks this country's market on this date as an assumption. */
  market_assumed: boolean;
  /** ISO date from which the country has an authentication-international rate, if any (RULES §2.5). */
  auth_international_from: string | null;
  rates: {
    card: string;
    currency: string;
    effective_date: string;
    rates: RateRow;
    /** Row-level caveats of the card for this market (single-source …). */
    notes: string[];
    superseded: RatesSuperseded[];
    /** The card's own caveats. */
    card_notes: string[];
  }[];
  warnings: { code: string; message: string }[];
}

export interface RatesDiffChange {
  market: string;
  category: string;
  old: string | null;
  new: string | null;
  /** new − old; null when either is unknown. */
  delta: string | null;
  /** (new − old) / old × 100, unrounded; null when old is unknown or zero. */
  delta_pct: string | null;
}

export interface RatesDiffReport {
  report: 'wa-cost/rates-diff';
  currency: string;
  from: { date: string; card: RatesCardInfo };
  to: { date: string; card: RatesCardInfo };
  /** Rates that differ (or are on one card only) for markets on both cards. */
  changes: RatesDiffChange[];
  unchanged: number;
  markets_added: string[];
  markets_removed: string[];
  /** Countries billed in another market on `to.date` than on `from.date`, with their old and new rates. */
  moved: {
    iso2: string;
    country: string;
    from_market: string;
    to_market: string;
    assumed: boolean;
    rates: RatesDiffChange[];
  }[];
  /** Meta's rule changes between the two dates (src/core/meta-rules.ts). */
  rules: { rule: string; from: string; to: string }[];
  warnings: { code: string; message: string }[];
}
