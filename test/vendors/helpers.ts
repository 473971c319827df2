import type { Decimal } from '../../src/core/money.js';
import { ZERO, dec } from '../../src/core/money.js';
import type { Category } from '../../src/core/rate-card.js';
import type { MonthUsage } from '../../src/core/vendor-pricing.js';
import type { VendorPlan } from '../../src/core/vendor-pricing-plan.js';

/** A vendor plan that charges nothing, to be completed by each test with the component under test. */
export function makePlan(over: Partial<VendorPlan> = {}): VendorPlan {
  return {
    id: 'test-plan',
    name: 'Test',
    vendor: 'Test vendor',
    currency: 'USD',
    source: {
      url: 'https://example.com',
      reference: null,
      readOn: '2026-11-24',
      capturedOn: null,
      trust: 'vendor',
    },
    notes: [],
    unpublished: [],
    metaFees: 'pass_through',
    subscription: null,
    perMessage: null,
    markupPct: {},
    perNumber: null,
    credits: null,
    wallet: null,
    setupFee: ZERO,
    annualDiscountPct: ZERO,
    annualDiscountAddOns: false,
    taxPct: ZERO,
    taxMeta: false,
    file: 'test-plan.yaml',
    ...over,
  };
}

type PerCategory = Partial<Record<Category, string | number>>;
const cats = (p: PerCategory = {}): Record<Category, Decimal> => ({
  marketing: dec(p.marketing ?? 0),
  utility: dec(p.utility ?? 0),
  authentication: dec(p.authentication ?? 0),
  authentication_international: dec(p.authentication_international ?? 0),
  service: dec(p.service ?? 0),
});

/** One month of usage; counts and fees given as decimal strings or small integers. */
export function month(
  m: number,
  u: {
    meta?: PerCategory;
    out?: PerCategory;
    inbound?: string | number;
    conversations?: string | number;
    contacts?: string | number;
  } = {},
): MonthUsage {
  return {
    month: m,
    metaFees: cats(u.meta),
    outbound: cats(u.out),
    inbound: dec(u.inbound ?? 0),
    conversations: dec(u.conversations ?? 0),
    activeContacts: dec(u.contacts ?? 0),
  };
}

export const opts = (
  seats: string | number = 1,
  phoneNumbers: string | number = 1,
  billing: 'monthly' | 'annual' = 'monthly',
) => ({ seats: dec(seats), phoneNumbers: dec(phoneNumbers), billing });
