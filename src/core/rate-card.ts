import type { Decimal } from './money.js';

/** Meta's billing categories, as on the rate cards. */
export const CATEGORIES = [
  'marketing',
  'utility',
  'authentication',
  'authentication_international',
  'service',
] as const;
export type Category = (typeof CATEGORIES)[number];
/** Categories a template (and so a campaign) can have. */
export type TemplateCategory = 'marketing' | 'utility' | 'authentication';

export type PricingModel = 'per_message' | 'per_conversation';

export interface Source {
  url: string;
  name?: string;
  research?: string;
  via: string[];
}

/** One Meta rate card: one currency, one effective date. A missing rate is unknown, never zero. */
export interface RateCard {
  id: string;
  model: PricingModel;
  currency: string;
  /** `YYYY-MM-DD`: the card applies to traffic on or after this date (WABA time zone). */
  effectiveDate: string;
  /** True when the card lists every market and category Meta published. */
  complete: boolean;
  trust: string;
  source: Source;
  notes: string[];
  rowNotes: { market: string; category: Category; trust: string; note: string }[];
  /** market → category → rate per delivered message (PMP) or per conversation (CBP). */
  rates: ReadonlyMap<string, Partial<Record<Category, Decimal>>>;
  /** Where the card was read from, for error messages. */
  file: string;
}

/** One graduated tier: messages numbered up to `to` (inclusive; null = no bound) cost `rate`. */
export interface Tier {
  from: Decimal;
  to: Decimal | null;
  rate: Decimal;
}

export interface TierTable {
  id: string;
  currency: string;
  effectiveDate: string;
  trust: string;
  confidence: 'normal' | 'low';
  source: Source;
  notes: string[];
  tables: { market: string; category: Category; tiers: Tier[] }[];
  file: string;
}

/** Meta's country → market mapping with dated moves. */
export interface MarketMapping {
  defaultMarket: string;
  source: Source;
  countries: ReadonlyMap<string, { name: string; callingCode: string; periods: MarketPeriod[] }>;
}

export interface MarketPeriod {
  market: string;
  /** Inclusive `YYYY-MM-DD`, open when absent. */
  from?: string;
  to?: string;
  /** The research marks this period as an assumption, not a published fact. */
  assumed: boolean;
}

/**
 * A rate change Meta documented in its change log (`rates/meta/changes.yaml`): from `effectiveDate`, the
 * rates of these markets and categories differ from any card dated before it. Direction only: the log
 * gives no new rate.
 */
export interface RateChange {
  effectiveDate: string;
  /** Meta's market names, as on the cards; `'all'` for every market. */
  markets: 'all' | string[];
  categories: Category[];
  direction: 'higher' | 'lower' | 'changed';
  /** Meta's sentence, as quoted. */
  quote: string;
  sourceUrl: string;
  trust: string;
  /** How the research tied the sentence to these markets, when Meta does not name them. */
  basis?: string;
}

/** Everything shipped under `rates/meta/`. */
export interface RateBook {
  cards: RateCard[];
  tiers: TierTable[];
  markets: MarketMapping;
  /** Documented rate changes, oldest first; empty when `changes.yaml` is absent. */
  changes: RateChange[];
}

/** "meta 2026-10-01 USD": how a priced line names its rate source. */
export function cardLabel(card: Pick<RateCard, 'effectiveDate' | 'currency'>): string {
  return `meta ${card.effectiveDate} ${card.currency}`;
}
