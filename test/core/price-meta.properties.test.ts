import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceMeta } from '../../src/core/price-meta.js';
import { sum } from '../../src/core/money.js';
import { MARKETS, campaign, d, input, resolver, service, tiersTable } from './helpers.js';

const RATES = {
  India: { marketing: '0.0118', utility: '0.0014', authentication: '0.0014', service: '0.0014' },
  Germany: { marketing: '0.1365', utility: '0.055', authentication: '0.055', service: '0.055' },
  'Rest of Africa': { marketing: '0.0225', utility: '0.004', authentication: '0.004', service: '0.004' },
};
const TIERS = [
  tiersTable('Rest of Africa', 'utility', [
    [0, 100000, '0.0040'],
    [100001, 1000000, '0.0038'],
    [1000001, null, '0.0036'],
  ]),
];
const pctArb = fc.integer({ min: 0, max: 100 }).map((n) => d(n).div(100));

const campaignArb = fc.record({
  category: fc.constantFrom('marketing' as const, 'utility' as const, 'authentication' as const),
  IN: fc.integer({ min: 0, max: 2_000_000 }),
  DE: fc.integer({ min: 0, max: 50_000 }),
  KE: fc.integer({ min: 0, max: 3_000_000 }),
  mpr: fc.integer({ min: 0, max: 5 }),
  sends: fc.integer({ min: 0, max: 4 }),
  delivery: pctArb,
  csw: fc.integer({ min: 0, max: 50 }).map((n) => d(n).div(100)),
  fep: fc.integer({ min: 0, max: 50 }).map((n) => d(n).div(100)),
});

type ArbValue<A> = A extends fc.Arbitrary<infer T> ? T : never;

const planArb = fc.record({
  date: fc.constantFrom('2025-08-01', '2026-09-30', '2026-10-01', '2026-11-24'),
  months: fc.integer({ min: 1, max: 4 }),
  growth: fc.integer({ min: -20, max: 30 }).map((n) => d(n).div(100)),
  numbers: fc.integer({ min: 1, max: 3 }),
  campaigns: fc.array(campaignArb, { minLength: 0, maxLength: 3 }),
  service: fc.option(
    fc.record({
      IN: fc.integer({ min: 0, max: 20000 }),
      KE: fc.integer({ min: 0, max: 5000 }),
      mpc: fc.integer({ min: 1, max: 6 }),
      fep: pctArb,
    }),
  ),
});

function toInput(p: ArbValue<typeof planArb>) {
  return input({
    date: p.date,
    months: p.months,
    growth: p.growth,
    phoneNumbers: d(p.numbers),
    campaigns: p.campaigns.map((c, i) =>
      campaign({
        name: `c${i}`,
        category: c.category,
        recipients: { IN: c.IN, DE: c.DE, KE: c.KE },
        messagesPerRecipient: d(c.mpr),
        sendsPerMonth: d(c.sends),
        deliveryRate: c.delivery,
        cswShare: c.csw,
        fepShare: c.fep,
      }),
    ),
    service: p.service
      ? service(
          { IN: p.service.IN, KE: p.service.KE },
          { messagesPerConversation: d(p.service.mpc), fepShare: p.service.fep },
        )
      : undefined,
  });
}

describe('pricing engine invariants', () => {
  it('the total equals the sum of the lines, and of the months, exactly', () => {
    fc.assert(
      fc.property(planArb, (p) => {
        const r = priceMeta(toInput(p), resolver(RATES, {}, TIERS), MARKETS);
        const byLines = sum(r.lines.map((l) => l.cost));
        const byMonths = sum(r.lines.flatMap((l) => l.months.map((m) => m.cost)));
        expect(byLines.equals(byMonths)).toBe(true);
        for (const l of r.lines) expect(l.cost.equals(sum(l.months.map((m) => m.cost)))).toBe(true);
        for (const l of r.lines)
          if (l.kind !== 'tier_adjustment')
            expect(
              l.free.plus(l.billable).lte(l.unit === 'message' ? l.delivered : l.free.plus(l.billable)),
            ).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('cost never falls when volume rises (graduated tiers included)', () => {
    fc.assert(
      fc.property(planArb, fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), (p, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const at = (scale: number) =>
          sum(
            priceMeta(
              { ...toInput(p), volumeScale: d(scale).div(100) },
              resolver(RATES, {}, TIERS),
              MARKETS,
            ).lines.map((l) => l.cost),
          );
        expect(at(lo).lte(at(hi))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('no cost is negative and no value is NaN or infinite', () => {
    fc.assert(
      fc.property(planArb, (p) => {
        const r = priceMeta(toInput(p), resolver(RATES, {}, TIERS), MARKETS);
        const total = sum(r.lines.map((l) => l.cost));
        expect(total.isFinite() && !total.isNegative()).toBe(true);
        for (const l of r.lines) if (l.kind !== 'tier_adjustment') expect(l.cost.isNegative()).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
