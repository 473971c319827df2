import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Decimal } from '../../src/core/money.js';
import { dec, sum } from '../../src/core/money.js';
import { CATEGORIES } from '../../src/core/rate-card.js';
import { priceVendor, type MonthUsage } from '../../src/core/vendor-pricing.js';
import type { VendorPlan } from '../../src/core/vendor-pricing-plan.js';
import { makePlan, opts } from './helpers.js';

const money = (max: number) => fc.integer({ min: 0, max: max * 1000 }).map((n) => dec(n).div(1000));
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

/** Any combination of components with random prices. */
const planArb: fc.Arbitrary<VendorPlan> = fc
  .record({
    metaFees: fc.constantFrom('pass_through' as const, 'included' as const, 'markup' as const),
    subscription: opt(
      fc.record({
        monthlyFee: money(500),
        includedSeats: fc.integer({ min: 0, max: 10 }).map(dec),
        extraSeatFee: money(50),
        quota: opt(
          fc.record({
            unit: fc.constantFrom('messages' as const, 'conversations' as const, 'active_contacts' as const),
            included: fc.integer({ min: 0, max: 20000 }).map(dec),
            counts: fc.subarray(
              [
                'marketing',
                'utility',
                'authentication',
                'authentication_international',
                'service',
                'inbound',
              ] as const,
              { minLength: 1 },
            ),
            overage: fc.record({
              packSize: fc.integer({ min: 1, max: 2000 }).map(dec),
              packPrice: money(20),
            }),
          }),
        ),
      }),
    ),
    perMessage: opt(fc.record({ outbound: money(0.01), inbound: money(0.01), mk: money(0.02) })),
    markup: money(30),
    perNumber: opt(
      fc.record({
        monthlyFee: money(50),
        includedNumbers: fc.integer({ min: 0, max: 2 }).map(dec),
        groupSize: fc.integer({ min: 1, max: 3 }).map(dec),
      }),
    ),
    credits: opt(
      fc.record({
        pricePerCredit: money(3).filter((d) => d.gt(0)),
        perMsg: money(2),
        minTopUp: money(50),
        topUpFeePct: money(10),
        rollover: fc.boolean(),
      }),
    ),
    wallet: opt(money(10)),
    setupFee: money(1000),
    taxPct: money(25),
    taxMeta: fc.boolean(),
    annualDiscountPct: money(30),
    annualDiscountAddOns: fc.boolean(),
  })
  .map((r) =>
    makePlan({
      metaFees: r.metaFees,
      subscription: r.subscription && { ...r.subscription, annualFee: null, annualMonthlyFee: null },
      perMessage: r.perMessage && {
        outbound: r.perMessage.outbound,
        inbound: r.perMessage.inbound,
        outboundByCategory: { marketing: r.perMessage.mk },
      },
      markupPct: r.metaFees === 'markup' ? { marketing: r.markup, utility: r.markup.div(2) } : {},
      perNumber: r.perNumber,
      credits: r.credits && {
        pricePerCredit: r.credits.pricePerCredit,
        moneyPerCredit: r.metaFees === 'included' ? dec('0.5') : null,
        perMessage: { marketing: r.credits.perMsg, inbound: r.credits.perMsg.div(2) },
        minTopUp: r.credits.minTopUp,
        topUpFeePct: r.credits.topUpFeePct,
        rollover: r.credits.rollover,
      },
      wallet: r.wallet && { topUpFeePct: r.wallet, minTopUp: null, maxTopUp: null },
      setupFee: r.setupFee,
      taxPct: r.taxPct,
      taxMeta: r.taxMeta,
      annualDiscountPct: r.annualDiscountPct,
      annualDiscountAddOns: r.annualDiscountAddOns && r.annualDiscountPct.gt(0),
    }),
  );

const volume = fc.integer({ min: 0, max: 50000 });
const monthArb = fc.record({
  out: fc.array(volume, { minLength: 5, maxLength: 5 }),
  fee: fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 5, maxLength: 5 }),
  inbound: volume,
  conv: volume,
  mac: volume,
});
const usageArb = fc.array(monthArb, { minLength: 1, maxLength: 6 });

/** The same traffic scaled by s: every volume and Meta fee × s. */
interface RawMonth {
  out: number[];
  fee: number[];
  inbound: number;
  conv: number;
  mac: number;
}
function usageAt(raw: RawMonth[], s: Decimal): MonthUsage[] {
  return raw.map((m, i) => {
    const per = (xs: number[], f: Decimal) =>
      Object.fromEntries(CATEGORIES.map((c, k) => [c, dec(xs[k]!).times(f)])) as MonthUsage['outbound'];
    return {
      month: i + 1,
      outbound: per(m.out, s),
      metaFees: per(m.fee, s.div(100)),
      inbound: dec(m.inbound).times(s),
      conversations: dec(m.conv).times(s),
      activeContacts: dec(m.mac).times(s),
    };
  });
}

const optsArb = fc.record({
  seats: fc.integer({ min: 0, max: 20 }),
  numbers: fc.integer({ min: 0, max: 5 }),
  annual: fc.boolean(),
});

describe('vendor pricing invariants', () => {
  it('invoice total = Σ lines + Σ Meta as billed = Σ monthly totals + one-time; monthly totals = vendor + Meta + tax', () => {
    fc.assert(
      fc.property(planArb, usageArb, optsArb, fc.integer({ min: 1, max: 300 }), (plan, raw, o, s) => {
        const inv = priceVendor(
          plan,
          usageAt(raw, dec(s).div(100)),
          opts(o.seats, o.numbers, o.annual && plan.annualDiscountPct.gt(0) ? 'annual' : 'monthly'),
        );
        const meta = sum(inv.monthly.map((m) => m.metaAdjusted));
        expect(inv.total.eq(sum(inv.lines.map((l) => l.amount)).plus(meta))).toBe(true);
        expect(inv.total.eq(sum(inv.monthly.map((m) => m.total)).plus(inv.oneTime))).toBe(true);
        for (const m of inv.monthly) {
          expect(m.total.eq(m.vendor.plus(m.metaAdjusted).plus(m.tax))).toBe(true);
          const ofMonth = inv.lines.filter((l) => l.month === m.month);
          expect(sum(ofMonth.filter((l) => l.component === 'tax').map((l) => l.amount)).eq(m.tax)).toBe(true);
          expect(sum(ofMonth.filter((l) => l.component !== 'tax').map((l) => l.amount)).eq(m.vendor)).toBe(
            true,
          );
        }
        expect(new Set(inv.lines.map((l) => l.id)).size).toBe(inv.lines.length);
      }),
      { numRuns: 300 },
    );
  });

  it('cost never falls when volume rises (every volume and Meta fee scaled up)', () => {
    fc.assert(
      fc.property(
        planArb,
        usageArb,
        optsArb,
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        (plan, raw, o, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const o2 = opts(
            o.seats,
            o.numbers,
            o.annual && plan.annualDiscountPct.gt(0) ? 'annual' : 'monthly',
          );
          const small = priceVendor(plan, usageAt(raw, dec(lo).div(100)), o2);
          const large = priceVendor(plan, usageAt(raw, dec(hi).div(100)), o2);
          expect(large.total.gte(small.total)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
