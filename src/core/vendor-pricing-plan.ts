import type { Decimal } from './money.js';
import type { Category } from './rate-card.js';

/** What a vendor's quota or per-message fee can count: Meta's categories (outbound) and inbound. */
export type MessageKind = Category | 'inbound';
export const MESSAGE_KINDS: readonly MessageKind[] = [
  'marketing',
  'utility',
  'authentication',
  'authentication_international',
  'service',
  'inbound',
];

/** How the research rates a figure: the vendor's own page, a verbatim transcript, a third party, or derived. */
export type VendorTrust = 'vendor' | 'vendor_transcript' | 'third_party' | 'derived';

/** How Meta's fees reach the customer through this vendor. */
export type MetaFeesBasis = 'pass_through' | 'included' | 'markup';

export interface VendorSource {
  /** The page the figures come from; null when the research recorded no address (`reference` says where). */
  url: string | null;
  /** Where in the research the figures are, when there is no URL or as a complement. */
  reference: string | null;
  /** `YYYY-MM-DD`: the day the research read the page. */
  readOn: string;
  /** `YYYY-MM-DD`: the day a transcript or snapshot was taken, when older than `readOn`. */
  capturedOn: string | null;
  trust: VendorTrust;
}

/** A monthly allowance of messages, conversations or monthly active contacts, with overage packs. */
export interface VendorQuota {
  unit: 'messages' | 'conversations' | 'active_contacts';
  included: Decimal;
  /** For `messages`: which kinds count toward the allowance. */
  counts: readonly MessageKind[];
  /** Overage sold in packs; a started pack is charged in full. Null: the price is not published. */
  overage: { packSize: Decimal; packPrice: Decimal } | null;
}

export interface VendorSubscription {
  /** Fee per month on monthly billing; null when not published. */
  monthlyFee: Decimal | null;
  /** Published price of a year on annual billing (respond.io: 948); wins over `annualDiscountPct`. */
  annualFee: Decimal | null;
  /** Published monthly equivalent on annual billing (SleekFlow Premium: 349/month billed yearly). */
  annualMonthlyFee: Decimal | null;
  /** Seats the fee includes; null when not published. */
  includedSeats: Decimal | null;
  /** Fee per seat beyond the included ones, per month; null when not published. */
  extraSeatFee: Decimal | null;
  quota: VendorQuota | null;
}

export interface VendorCredits {
  pricePerCredit: Decimal;
  /** Money (plan currency) of Meta fees one credit pays for, when Meta's fees are drawn from credits. */
  moneyPerCredit: Decimal | null;
  /** Credits one message of a kind costs. */
  perMessage: Partial<Record<MessageKind, Decimal>>;
  /** Smallest purchase, in money. */
  minTopUp: Decimal;
  topUpFeePct: Decimal;
  /** False: credits not used by the end of the month expire (no roll-over). */
  rollover: boolean;
}

/**
 * A vendor (BSP) plan, validated. Amounts are in `currency`, per month unless named otherwise.
 * `unpublished` lists prices the research did not capture: pricing reports them, never prices them as 0.
 */
export interface VendorPlan {
  id: string;
  name: string;
  vendor: string;
  currency: string;
  source: VendorSource;
  notes: readonly string[];
  unpublished: readonly string[];
  metaFees: MetaFeesBasis;
  subscription: VendorSubscription | null;
  perMessage: {
    outbound: Decimal;
    inbound: Decimal | null;
    outboundByCategory: Partial<Record<Category, Decimal>>;
  } | null;
  markupPct: Partial<Record<Category, Decimal>>;
  /** `YYYY-MM-DD` the markup started; absent: always. */
  markupFrom?: string;
  perNumber: { monthlyFee: Decimal; includedNumbers: Decimal; groupSize: Decimal } | null;
  credits: VendorCredits | null;
  /** A card or processing fee on wallet top-ups that pay Meta's fees (respond.io: 5.5%). */
  wallet: { topUpFeePct: Decimal; minTopUp: Decimal | null; maxTopUp: Decimal | null } | null;
  setupFee: Decimal;
  annualDiscountPct: Decimal;
  /** Whether the annual discount also applies to add-ons (extra seats, numbers); Gallabox: no. */
  annualDiscountAddOns: boolean;
  taxPct: Decimal;
  /** Whether tax is charged on Meta's fees billed through the vendor as well. */
  taxMeta: boolean;
  /** The file the plan was read from, for messages. */
  file: string;
}
