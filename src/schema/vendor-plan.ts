import { z } from 'zod';
import { MESSAGE_KINDS, type MessageKind, type VendorPlan } from '../core/vendor-pricing-plan.js';
import { amount, count, currencyCode, decimal, isoDate, percent, strictObject } from './fields.js';

/**
 * The vendor (BSP) plan file, version 1: docs/vendors.md documents every key. Amounts are in
 * `currency`, per month unless the key says otherwise. A price the vendor does not publish is left
 * out (and named in `unpublished`), never written as 0.
 */
const kind = z.enum(MESSAGE_KINDS as [MessageKind, ...MessageKind[]]);
const byCategory = strictObject({
  marketing: amount().optional(),
  utility: amount().optional(),
  authentication: amount().optional(),
  authentication_international: amount().optional(),
  service: amount().optional(),
});
const byKind = strictObject({ ...byCategory.shape, inbound: amount().optional() });

const source = strictObject({
  url: z.url('expected a URL').optional(),
  reference: z.string().min(1).optional(),
  read_on: isoDate(),
  captured_on: isoDate().optional(),
  trust: z.enum(['vendor', 'vendor_transcript', 'third_party', 'derived']),
}).refine((s) => s.url !== undefined || s.reference !== undefined, 'a source needs a `url` or, when the research recorded none, a `reference`');

const subscription = strictObject({
  monthly_fee: amount().optional(),
  annual_fee: amount().optional(),
  annual_monthly_fee: amount().optional(),
  included_seats: count().optional(),
  extra_seat_fee: amount().optional(),
  included_messages: count().optional(),
  included_conversations: count().optional(),
  included_active_contacts: count().optional(),
  counts: z.array(kind).min(1).optional(),
  overage: strictObject({ pack_size: decimal({ positive: true, integer: true }), pack_price: amount() }).optional(),
}).superRefine((s, ctx) => {
  const quotas = [s.included_messages, s.included_conversations, s.included_active_contacts].filter((q) => q !== undefined);
  if (quotas.length > 1) ctx.addIssue({ code: 'custom', message: 'give at most one of included_messages, included_conversations, included_active_contacts' });
  if (quotas.length === 0 && s.overage) ctx.addIssue({ code: 'custom', path: ['overage'], message: 'overage needs an allowance: included_messages, included_conversations or included_active_contacts' });
  if (s.counts && s.included_messages === undefined) ctx.addIssue({ code: 'custom', path: ['counts'], message: '`counts` applies to included_messages only' });
});

const credits = strictObject({
  price_per_credit: decimal({ positive: true }),
  money_per_credit: decimal({ positive: true }).optional(),
  per_message: byKind.optional(),
  min_top_up: amount().prefault('0'),
  top_up_fee_pct: percent().prefault('0'),
  rollover: z.boolean().default(true),
});

export const vendorPlanSchema = strictObject({
  version: z.union([z.literal(1), z.literal('1')], { error: 'expected `version: 1`' }),
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'ids are lower-case words joined by dashes, e.g. respond-io-growth'),
  name: z.string().min(1),
  vendor: z.string().min(1).optional(),
  currency: currencyCode(),
  source,
  notes: z.array(z.string()).default([]),
  unpublished: z.array(z.string()).default([]),
  meta_fees: z.enum(['pass_through', 'included', 'markup']).default('pass_through'),
  subscription: subscription.optional(),
  per_message: strictObject({ outbound: amount(), inbound: amount().optional(), by_category: byCategory.optional() }).optional(),
  markup_pct: strictObject({
    marketing: percent().optional(),
    utility: percent().optional(),
    authentication: percent().optional(),
    authentication_international: percent().optional(),
    service: percent().optional(),
  }).optional(),
  /** The day the markup started (Gupshup's +6%: 2026-01-01); estimates dated before it pay none. */
  markup_from: isoDate().optional(),
  per_number: strictObject({ monthly_fee: amount(), included_numbers: count().prefault('0'), group_size: decimal({ min: '1', integer: true }).prefault('1') }).optional(),
  credits: credits.optional(),
  wallet: strictObject({ top_up_fee_pct: percent().prefault('0'), min_top_up: amount().optional(), max_top_up: amount().optional() }).optional(),
  setup_fee: amount().prefault('0'),
  annual_discount_pct: percent().prefault('0'),
  annual_discount_applies_to_add_ons: z.boolean().default(false),
  tax_pct: percent().prefault('0'),
  tax_applies_to_meta: z.boolean().default(false),
})
  .superRefine((p, ctx) => {
    const marked = p.markup_pct && Object.values(p.markup_pct).some((v) => v !== undefined);
    if (p.meta_fees === 'markup' && !marked) ctx.addIssue({ code: 'custom', path: ['markup_pct'], message: '`meta_fees: markup` needs `markup_pct`, e.g. `markup_pct: { marketing: 6 }`' });
    if (p.meta_fees !== 'markup' && marked) ctx.addIssue({ code: 'custom', path: ['meta_fees'], message: '`markup_pct` is set: write `meta_fees: markup`' });
    if (p.credits?.money_per_credit && p.meta_fees !== 'included') ctx.addIssue({ code: 'custom', path: ['credits', 'money_per_credit'], message: "credits that pay Meta's fees need `meta_fees: included` (else Meta's fees would be counted twice)" });
    if (p.annual_discount_applies_to_add_ons && p.annual_discount_pct.isZero()) ctx.addIssue({ code: 'custom', path: ['annual_discount_applies_to_add_ons'], message: 'needs `annual_discount_pct`' });
    if (!p.subscription && !p.per_message && !p.per_number && !p.credits && !p.wallet && p.setup_fee.isZero() && p.unpublished.length === 0 && p.meta_fees !== 'markup') {
      ctx.addIssue({ code: 'custom', message: 'the plan charges nothing: add a component (subscription, per_message, markup_pct, per_number, credits, wallet, setup_fee) or list what is `unpublished`' });
    }
  })
  .transform((p): Omit<VendorPlan, 'file'> => {
    const s = p.subscription;
    const quotaIncluded = s?.included_messages ?? s?.included_conversations ?? s?.included_active_contacts;
    const quotaUnit = s?.included_messages !== undefined ? 'messages' : s?.included_conversations !== undefined ? 'conversations' : 'active_contacts';
    return {
      id: p.id,
      name: p.name,
      vendor: p.vendor ?? p.name,
      currency: p.currency,
      source: { url: p.source.url ?? null, reference: p.source.reference ?? null, readOn: p.source.read_on, capturedOn: p.source.captured_on ?? null, trust: p.source.trust },
      notes: p.notes,
      unpublished: p.unpublished,
      metaFees: p.meta_fees,
      subscription: s
        ? {
            monthlyFee: s.monthly_fee ?? null,
            annualFee: s.annual_fee ?? null,
            annualMonthlyFee: s.annual_monthly_fee ?? null,
            includedSeats: s.included_seats ?? null,
            extraSeatFee: s.extra_seat_fee ?? null,
            quota: quotaIncluded === undefined ? null : { unit: quotaUnit, included: quotaIncluded, counts: s.counts ?? MESSAGE_KINDS, overage: s.overage ? { packSize: s.overage.pack_size, packPrice: s.overage.pack_price } : null },
          }
        : null,
      perMessage: p.per_message ? { outbound: p.per_message.outbound, inbound: p.per_message.inbound ?? null, outboundByCategory: p.per_message.by_category ?? {} } : null,
      markupPct: p.markup_pct ?? {},
      ...(p.markup_from !== undefined && { markupFrom: p.markup_from }),
      perNumber: p.per_number ? { monthlyFee: p.per_number.monthly_fee, includedNumbers: p.per_number.included_numbers, groupSize: p.per_number.group_size } : null,
      credits: p.credits
        ? { pricePerCredit: p.credits.price_per_credit, moneyPerCredit: p.credits.money_per_credit ?? null, perMessage: p.credits.per_message ?? {}, minTopUp: p.credits.min_top_up, topUpFeePct: p.credits.top_up_fee_pct, rollover: p.credits.rollover }
        : null,
      wallet: p.wallet ? { topUpFeePct: p.wallet.top_up_fee_pct, minTopUp: p.wallet.min_top_up ?? null, maxTopUp: p.wallet.max_top_up ?? null } : null,
      setupFee: p.setup_fee,
      annualDiscountPct: p.annual_discount_pct,
      annualDiscountAddOns: p.annual_discount_applies_to_add_ons,
      taxPct: p.tax_pct,
      taxMeta: p.tax_applies_to_meta,
    };
  });
