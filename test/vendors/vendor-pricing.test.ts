import { describe, expect, it } from 'vitest';
import { dec } from '../../src/core/money.js';
import { priceVendor, subscriptionFee } from '../../src/core/vendor-pricing.js';
import { priceCredits } from '../../src/core/vendor-pricing-credits.js';
import type { VendorSubscription } from '../../src/core/vendor-pricing-plan.js';
import { makePlan, month, opts } from './helpers.js';

const sub = (s: Partial<VendorSubscription>): VendorSubscription => ({
  monthlyFee: null,
  annualFee: null,
  annualMonthlyFee: null,
  includedSeats: dec(100),
  extraSeatFee: null,
  quota: null,
  ...s,
});
const names = (inv: ReturnType<typeof priceVendor>) =>
  inv.lines.map((l) => `${l.month ?? 'once'} ${l.name} = ${l.amount.toString()}`);

describe('priceVendor components', () => {
  it('charges a started overage pack in full and resets the allowance each month', () => {
    const plan = makePlan({
      subscription: sub({
        monthlyFee: dec(10),
        quota: {
          unit: 'messages',
          included: dec(1000),
          counts: ['marketing'],
          overage: { packSize: dec(500), packPrice: dec(3) },
        },
      }),
    });
    const inv = priceVendor(
      plan,
      [month(1, { out: { marketing: 1001, utility: 5000 } }), month(2, { out: { marketing: 1000 } })],
      opts(),
    );
    expect(names(inv)).toEqual([
      '1 Subscription (Test) = 10',
      '1 Overage (1 packs of 500 messages) = 3',
      '2 Subscription (Test) = 10',
    ]);
  });

  it('counts conversations and monthly active contacts for their quotas', () => {
    const conv = makePlan({
      subscription: sub({
        monthlyFee: dec(39),
        quota: {
          unit: 'conversations',
          included: dec(50),
          counts: [],
          overage: { packSize: dec(1), packPrice: dec('0.5') },
        },
      }),
    });
    expect(priceVendor(conv, [month(1, { conversations: 60, contacts: 999 })], opts()).total.toString()).toBe(
      '44',
    );
    const mac = makePlan({
      subscription: sub({
        monthlyFee: dec(0),
        quota: {
          unit: 'active_contacts',
          included: dec(1000),
          counts: [],
          overage: { packSize: dec(1), packPrice: dec('0.09') },
        },
      }),
    });
    expect(
      priceVendor(mac, [month(1, { contacts: 1100, conversations: 5000 })], opts()).total.toString(),
    ).toBe('9');
  });

  it('reports an allowance exceeded without a published overage price as unpriced, never zero', () => {
    const plan = makePlan({
      subscription: sub({
        monthlyFee: dec(499),
        quota: { unit: 'messages', included: dec(10000), counts: ['marketing', 'inbound'], overage: null },
      }),
    });
    const inv = priceVendor(plan, [month(1, { out: { marketing: 9000 }, inbound: 1500 })], opts());
    expect(inv.total.toString()).toBe('499');
    expect(inv.unpriced).toEqual([
      {
        component: 'overage',
        name: 'Overage (messages)',
        month: 1,
        quantity: dec(500),
        reason: 'more messages than the 10000 included; the overage price is not published',
      },
    ]);
  });

  it('reports unknown fees: monthly fee, included seats, extra seat fee, inbound, plan-level unpublished', () => {
    const plan = makePlan({
      unpublished: ['MAC steps'],
      subscription: sub({ monthlyFee: null, includedSeats: null }),
      perMessage: { outbound: dec('0.001'), inbound: null, outboundByCategory: {} },
    });
    const inv = priceVendor(plan, [month(1, { inbound: 7 })], opts(3));
    expect(inv.unpriced.map((u) => `${u.component}: ${u.reason}`)).toEqual([
      'unpublished: price not published (see the plan notes)',
      'subscription: the monthly fee is not published',
      'seats: the number of included seats is not published',
      'per_message: whether inbound messages are charged is not published',
    ]);
    const extra = priceVendor(
      makePlan({ subscription: sub({ monthlyFee: dec(1), includedSeats: dec(1) }) }),
      [month(1)],
      opts(2),
    );
    expect(extra.unpriced.map((u) => u.reason)).toEqual(['the fee per extra seat is not published']);
  });

  it('prices per-message fees by category and marks up Meta fees per category as a vendor line', () => {
    const plan = makePlan({
      metaFees: 'markup',
      markupPct: { marketing: dec(6) },
      perMessage: {
        outbound: dec('0.001'),
        inbound: dec(0),
        outboundByCategory: { marketing: dec('0.002') },
      },
    });
    const inv = priceVendor(
      plan,
      [month(1, { out: { marketing: 100, utility: 50 }, meta: { marketing: '10', utility: '2' } })],
      opts(),
    );
    expect(names(inv)).toEqual([
      '1 Outbound messages (marketing) = 0.2',
      '1 Outbound messages (utility+authentication+authentication_international+service) = 0.05',
      '1 Markup on Meta fees (marketing, 6%) = 0.6',
    ]);
    expect(inv.monthly[0]!.metaAdjusted.toString()).toBe('12');
    expect(inv.total.toString()).toBe('12.85');
  });

  it('charges a markup only from the day it started (Gupshup +6% from 2026-01-01, vendor audit F9)', () => {
    const plan = makePlan({ metaFees: 'markup', markupPct: { marketing: dec(6) }, markupFrom: '2026-01-01' });
    const usage = [month(1, { out: { marketing: 100 }, meta: { marketing: '10' } })];
    const on = (date: string) => priceVendor(plan, usage, { ...opts(), date }).total.toString();
    // Meta's 10 at cost, plus 6% of it once the markup exists.
    expect([on('2025-12-31'), on('2026-01-01'), on('2026-11-01')]).toEqual(['10', '10.6', '10.6']);
  });

  it('prices numbers per group with included numbers, and discounts add-ons on annual billing only when told', () => {
    const plan = makePlan({ perNumber: { monthlyFee: dec(12), includedNumbers: dec(0), groupSize: dec(2) } });
    expect(names(priceVendor(plan, [month(1)], opts(1, 3)))).toEqual([
      '1 Phone numbers (2 groups of 2 × 12) = 24',
    ]);
    const addOns = makePlan({
      subscription: sub({ monthlyFee: dec(100), includedSeats: dec(1), extraSeatFee: dec(10) }),
      perNumber: { monthlyFee: dec(20), includedNumbers: dec(1), groupSize: dec(1) },
      annualDiscountPct: dec(20),
    });
    expect(priceVendor(addOns, [month(1)], opts(2, 2, 'annual')).total.toString()).toBe('110'); // 80 + 10 + 20
    expect(
      priceVendor(
        { ...addOns, annualDiscountAddOns: true },
        [month(1)],
        opts(2, 2, 'annual'),
      ).total.toString(),
    ).toBe('104'); // 80 + 8 + 16
  });

  it('taxes vendor charges, Meta fees only when the plan says so, and the setup fee once', () => {
    const base = makePlan({
      subscription: sub({ monthlyFee: dec(100) }),
      setupFee: dec(500),
      taxPct: dec(19),
    });
    const usage = [month(1, { meta: { marketing: '50' } }), month(2, { meta: { marketing: '50' } })];
    const inv = priceVendor(base, usage, opts());
    expect(names(inv)).toEqual([
      '1 Subscription (Test) = 100',
      '1 Tax (19%) = 19',
      '2 Subscription (Test) = 100',
      '2 Tax (19%) = 19',
      'once Setup fee = 500',
      'once Tax on setup fee (19%) = 95',
    ]);
    expect(inv.oneTime.toString()).toBe('595');
    expect(inv.total.toString()).toBe('933'); // 2 × (100 + 19 + 50) + 595
    const taxed = priceVendor({ ...base, taxMeta: true }, usage, opts());
    expect(taxed.monthly[0]!.tax.toString()).toBe('28.5');
  });

  it("charges a wallet top-up fee on Meta's fees paid through the wallet", () => {
    const plan = makePlan({ wallet: { topUpFeePct: dec('5.5'), minTopUp: dec(10), maxTopUp: dec(2000) } });
    const inv = priceVendor(plan, [month(1, { meta: { marketing: '200' } })], opts());
    expect(names(inv)).toEqual(['1 Wallet top-up fee (5.5%) = 11']);
    expect(inv.total.toString()).toBe('211');
  });

  it('annual price: published yearly fee, then monthly equivalent, then discount; refuses none', () => {
    expect(
      subscriptionFee(
        makePlan({ subscription: sub({ monthlyFee: dec(199), annualFee: dec(1908) }) }),
        'annual',
      )!.toString(),
    ).toBe('159');
    expect(
      subscriptionFee(makePlan({ subscription: sub({ annualMonthlyFee: dec(349) }) }), 'annual')!.toString(),
    ).toBe('349');
    expect(
      subscriptionFee(
        makePlan({ subscription: sub({ monthlyFee: dec(200) }), annualDiscountPct: dec(15) }),
        'annual',
      )!.toString(),
    ).toBe('170');
    expect(() =>
      subscriptionFee(makePlan({ subscription: sub({ monthlyFee: dec(200) }) }), 'annual'),
    ).toThrow(RangeError);
  });
});

describe('priceCredits', () => {
  const credits = {
    pricePerCredit: dec(1),
    moneyPerCredit: null,
    perMessage: { marketing: dec('0.5') },
    minTopUp: dec(10),
    topUpFeePct: dec(0),
    rollover: true,
  };
  it('tops up at least the minimum and rolls unused credits over', () => {
    const plan = makePlan({ credits });
    const out = priceCredits(plan, credits, [
      month(1, { out: { marketing: 4 } }),
      month(2, { out: { marketing: 10 } }),
      month(3, { out: { marketing: 30 } }),
    ]);
    expect(out.map((m) => [m.used.toString(), m.bought.toString(), m.expired.toString()])).toEqual([
      ['2', '10', '0'],
      ['5', '0', '0'],
      ['15', '12', '0'],
    ]);
  });
  it('without roll-over, unused credits expire at month end', () => {
    const c = { ...credits, rollover: false };
    const out = priceCredits(makePlan({ credits: c }), c, [
      month(1, { out: { marketing: 4 } }),
      month(2, { out: { marketing: 4 } }),
    ]);
    expect(out.map((m) => [m.bought.toString(), m.expired.toString()])).toEqual([
      ['10', '8'],
      ['10', '8'],
    ]);
  });
  it("buys Meta's fees with money-denominated credits when Meta's fees are included, plus the top-up fee", () => {
    const c = { ...credits, perMessage: {}, moneyPerCredit: dec(1), minTopUp: dec(0), topUpFeePct: dec(5) };
    const inv = priceVendor(
      makePlan({ metaFees: 'included', credits: c }),
      [month(1, { meta: { marketing: '20.5' } })],
      opts(),
    );
    expect(names(inv)).toEqual(['1 Credits (21 × 1) = 21', '1 Top-up fee (5%) = 1.05']);
    expect(inv.monthly[0]!.metaAdjusted.toString()).toBe('0');
  });
  it('reports consumption as unpriced when the plan does not say what a credit buys', () => {
    const c = { ...credits, perMessage: {} };
    const inv = priceVendor(
      makePlan({ metaFees: 'included', credits: c }),
      [month(1, { out: { marketing: 5 } })],
      opts(),
    );
    expect(inv.unpriced.map((u) => u.component)).toEqual(['credits']);
  });
});
