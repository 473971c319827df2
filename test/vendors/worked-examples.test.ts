import { describe, expect, it } from 'vitest';
import { dec, sum } from '../../src/core/money.js';
import { priceVendor } from '../../src/core/vendor-pricing.js';
import { makePlan, month, opts } from './helpers.js';

// The worked examples of issue 5, each checked against its published source.
describe('worked examples (issue 5)', () => {
  it('seat plan: $199 incl. 5 seats and 10,000 messages, extra seat $40, $5 per 1,000; 8 seats + 15,000 messages = $344', () => {
    // Source: the brief's example, a blend of respond.io/WATI seats, Unifonic's included messages and
    // pack-priced overage (shared/market/vendor-plans.md, "The brief's example").
    const plan = makePlan({
      subscription: {
        monthlyFee: dec(199),
        annualFee: null,
        annualMonthlyFee: null,
        includedSeats: dec(5),
        extraSeatFee: dec(40),
        quota: {
          unit: 'messages',
          included: dec(10000),
          counts: ['marketing', 'utility', 'authentication', 'authentication_international', 'service'],
          overage: { packSize: dec(1000), packPrice: dec(5) },
        },
      },
    });
    const inv = priceVendor(plan, [month(1, { out: { marketing: 15000 } })], opts(8));
    expect(inv.total.toString()).toBe('344');
    expect(inv.lines.map((l) => [l.name, l.amount.toString()])).toEqual([
      ['Subscription (Test)', '199'],
      ['Extra seats (3 × 40)', '120'],
      ['Overage (5 packs of 1000 messages)', '25'],
    ]);
  });

  it('10 agents at $30 per seat per month = $300', () => {
    // Source: issue 5 worked example (per-seat pricing as respond.io and WATI sell it, vendor-plans.md A1/A3).
    const plan = makePlan({
      subscription: {
        monthlyFee: dec(0),
        annualFee: null,
        annualMonthlyFee: null,
        includedSeats: dec(0),
        extraSeatFee: dec(30),
        quota: null,
      },
    });
    const inv = priceVendor(plan, [month(1)], opts(10));
    expect(inv.total.toString()).toBe('300');
    expect(inv.lines.find((l) => l.component === 'seats')?.name).toBe('Extra seats (10 × 30)');
  });

  it('Twilio: 15,000 messages at $0.005 = $75 (Meta fees excluded)', () => {
    // Source: https://www.twilio.com/whatsapp/pricing ($0.005 per message, inbound or outbound), vendor-plans.md A8.
    const plan = makePlan({
      perMessage: { outbound: dec('0.005'), inbound: dec('0.005'), outboundByCategory: {} },
    });
    const inv = priceVendor(
      plan,
      [month(1, { out: { marketing: 10000, service: 2000 }, inbound: 3000 })],
      opts(),
    );
    expect(inv.total.toString()).toBe('75');
    expect(inv.monthly[0]!.vendor.toString()).toBe('75');
  });

  it('Gupshup: 200 template messages in India at ($0.0010 + $0.0042) = $1.04', () => {
    // Source: https://support.gupshup.io/hc/en-us/articles/360012075779 (worked example), vendor-plans.md A9.
    const plan = makePlan({ perMessage: { outbound: dec('0.001'), inbound: null, outboundByCategory: {} } });
    const inv = priceVendor(
      plan,
      [month(1, { out: { utility: 200 }, meta: { utility: dec('0.0042').times(200).toString() } })],
      opts(),
    );
    expect(inv.total.toString()).toBe('1.04');
    expect(inv.monthly[0]!.metaAdjusted.toString()).toBe('0.84');
    expect(inv.monthly[0]!.vendor.toString()).toBe('0.2');
  });

  it('SaleSmartly: ($0.025 + $0.005) × 1,000 = $30', () => {
    // Source: SaleSmartly's pricing page as recorded in vendor-plans.md (row "SaleSmartly", A12).
    const plan = makePlan({ perMessage: { outbound: dec('0.005'), inbound: null, outboundByCategory: {} } });
    const inv = priceVendor(
      plan,
      [month(1, { out: { marketing: 1000 }, meta: { marketing: '25' } })],
      opts(),
    );
    expect(inv.total.toString()).toBe('30');
  });

  it('Zoho Desk: 2 credits at $2 plus 3% VAT = $4.12', () => {
    // Source: https://help.zoho.com/portal/en/kb/desk/support-channels/instant-messaging/whatsapp/articles/purchasing-credits-for-whatsapp-in-im-and-cost-calculation
    // (vendor-plans.md A10). One credit per message is this test's own assumption, to consume exactly 2 credits.
    const plan = makePlan({
      metaFees: 'included',
      credits: {
        pricePerCredit: dec(2),
        moneyPerCredit: null,
        perMessage: { marketing: dec(1) },
        minTopUp: dec(0),
        topUpFeePct: dec(0),
        rollover: true,
      },
      taxPct: dec(3),
    });
    const inv = priceVendor(plan, [month(1, { out: { marketing: 2 }, meta: { marketing: '0.1' } })], opts());
    expect(inv.total.toString()).toBe('4.12');
    expect(inv.lines.map((l) => [l.name, l.amount.toString()])).toEqual([
      ['Credits (2 × 2)', '4'],
      ['Tax (3%)', '0.12'],
    ]);
  });

  it('respond.io yearly Starter: $79 × 12 = $948', () => {
    // Source: respond.io pricing transcript 2026-09-20 (Starter $99/month or $948/year), vendor-plans.md A1.
    const plan = makePlan({
      name: 'Starter',
      subscription: {
        monthlyFee: dec(99),
        annualFee: dec(948),
        annualMonthlyFee: null,
        includedSeats: dec(5),
        extraSeatFee: dec(15),
        quota: null,
      },
    });
    const inv = priceVendor(
      plan,
      Array.from({ length: 12 }, (_, i) => month(i + 1)),
      opts(5, 1, 'annual'),
    );
    const subs = inv.lines.filter((l) => l.component === 'subscription');
    expect(subs).toHaveLength(12);
    expect(subs.every((l) => l.amount.eq(79))).toBe(true);
    expect(sum(subs.map((l) => l.amount)).toString()).toBe('948');
    expect(inv.total.toString()).toBe('948');
  });
});
