import type { Decimal } from './money.js';
import type { Category, TemplateCategory, Tier } from './rate-card.js';
import type { SupersededRate } from './rate-changes.js';

/** A campaign reduced to what Meta's bill depends on. Shares are fractions (0–1), not percentages. */
export interface CampaignInput {
  name: string;
  /** The plan audience it sends to: campaigns to one audience reach the same contacts. */
  audience?: string;
  category: TemplateCategory;
  /** Recipients per country (ISO alpha-2) in month 1. */
  recipients: ReadonlyMap<string, Decimal>;
  messagesPerRecipient: Decimal;
  sendsPerMonth: Decimal;
  deliveryRate: Decimal;
  cswShare: Decimal;
  fepShare: Decimal;
  sameWindow: boolean;
  inboundPerRecipient: Decimal;
}

export interface ServiceInput {
  /** User-initiated conversations per country in month 1. */
  conversations: ReadonlyMap<string, Decimal>;
  messagesPerConversation: Decimal;
  userMessagesPerConversation: Decimal;
  fepShare: Decimal;
}

export interface PricingInput {
  /** `YYYY-MM-DD`: selects the rules, the card and the market mapping for every month. */
  date: string;
  months: number;
  /** Monthly growth as a fraction: month n has (1 + growth)^(n-1) times month 1's volume. */
  growth: Decimal;
  phoneNumbers: Decimal;
  business: { country?: string; eligible: boolean };
  campaigns: CampaignInput[];
  service?: ServiceInput;
  /** Multiplies every volume (used by `compare` to find break-even volumes). Default 1. */
  volumeScale?: Decimal;
}

/** A rate found for a market and category, with where it came from. */
export interface ResolvedRate {
  rate: Decimal;
  /** `meta 2026-10-01 USD` or `override: my-rates.yaml`. */
  source: string;
  /** Meta's list rate (volume tiers apply) or a user's contract price (they do not). */
  fromMetaCard: boolean;
  notes: string[];
}

/** Where the engine gets rates: Meta's card, overrides and FX are wired together by the app. */
export interface RateResolver {
  lookup(market: string, category: Category): ResolvedRate | undefined;
  /** The graduated tiers in force for a market and category, if Meta publishes any we have. */
  tiers(
    market: string,
    category: Category,
  ): { tiers: Tier[]; source: string; lowConfidence: boolean } | undefined;
  /** Why a rate is missing, for the error (names the card, market, category and currency). */
  describeMissing(market: string, category: Category): string;
  /**
   * Set when the card has a rate but Meta documented a change to it after the card's date and on or
   * before the priced date: `lookup` then returns nothing (the rate is refused like a missing one).
   */
  superseded(market: string, category: Category): SupersededRate | undefined;
}
