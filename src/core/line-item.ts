import type { Decimal } from './money.js';
import type { Category } from './rate-card.js';
import type { SupersededRate } from './rate-changes.js';

/** Month-by-month quantities of one line. `month` is 1-based. */
export interface LineMonth {
  month: number;
  /** Messages delivered (conversations under conversation pricing are counted in `units`). */
  delivered: Decimal;
  /** Billing units that were free (free entry point, service window, free tier). */
  free: Decimal;
  /** Billing units charged. */
  billable: Decimal;
  cost: Decimal;
}

/** One priced line of Meta's bill, over the whole horizon. All values unrounded, in plan currency. */
export interface MetaLine {
  /**
   * Stable key: `campaign:<name>:<market>:<category>`, `service:<market>`, `tier:<market>:<category>`,
   * plus `@<date>` for a later segment of a horizon crossing a change (core/price-segments.ts).
   */
  id: string;
  kind: 'campaign' | 'service' | 'tier_adjustment';
  campaign: string | null;
  /** `Marketing messages (India)`; what varies sits in one pair of brackets. */
  name: string;
  market: string;
  countries: string[];
  category: Category;
  unit: 'message' | 'conversation';
  /** Recipients (campaign) or conversations (service) in month 1. */
  recipients: Decimal;
  delivered: Decimal;
  free: Decimal;
  billable: Decimal;
  /** Rate per billable unit; null for free lines and tier adjustments. */
  unitRate: Decimal | null;
  cost: Decimal;
  /** `meta 2026-10-01 USD`, or the override that priced the line. */
  rateSource: string | null;
  /** Why units were free, when some were. */
  notes: string[];
  months: LineMonth[];
  /** Set on the lines of a later segment of the horizon: the date whose rules and card priced them. */
  pricedAsOf?: string;
}

/** A line that could not be priced because its rate is unknown and the user allowed that. */
export interface SkippedLine {
  id: string;
  name: string;
  campaign: string | null;
  market: string;
  category: Category;
  billable: Decimal;
  reason: string;
  /** Set when the card's rate is known to be superseded on the priced date (a documented change). */
  superseded?: SupersededRate;
}

export interface Warning {
  code: string;
  message: string;
}
