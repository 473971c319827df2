import { describe, expect, it } from 'vitest';
import { cardStaleness } from '../../src/core/card-staleness.js';
import { fxResolver } from '../../src/core/fx-resolver.js';
import { findOverride, overrideResolver, type RateOverride } from '../../src/core/override-resolver.js';
import { priceMeta } from '../../src/core/price-meta.js';
import type { CampaignInput } from '../../src/core/pricing-input.js';
import { MARKETS, campaign, card, d, input, resolver, tiersTable } from './helpers.js';

/** 200,000 utility messages to Kenya (Rest of Africa, which has USD volume tiers). */
const KENYA_UTILITY: CampaignInput = campaign({ category: 'utility', recipients: { KE: 200000 } });

const META = resolver(
  {
    India: { marketing: '0.0118', utility: '0.0014' },
    'Rest of Africa': { utility: '0.004' },
    Brazil: { marketing: '0.0625' },
  },
  {},
  [
    tiersTable('Rest of Africa', 'utility', [
      [0, 100000, '0.004'],
      [100001, null, '0.0038'],
    ]),
  ],
);
const o = (x: Omit<RateOverride, 'source'>, source = 'override: a.yaml'): RateOverride => ({ ...x, source });

describe('overrides: most specific wins (market+category > market > category > all)', () => {
  const all = o({ markupPct: d(10) }, 'override: all');
  const cat = o({ category: 'marketing', rate: d('0.05') }, 'override: cat');
  const mkt = o({ market: 'India', rate: d('0.02') }, 'override: mkt');
  const both = o({ market: 'India', category: 'marketing', rate: d('0.01') }, 'override: both');
  it.each([
    ['India', 'marketing', 'override: both', [all, cat, mkt, both]],
    ['India', 'marketing', 'override: both', [both, mkt, cat, all]],
    ['India', 'utility', 'override: mkt', [all, cat, mkt, both]],
    ['Brazil', 'marketing', 'override: cat', [all, cat, mkt, both]],
    ['Brazil', 'utility', 'override: all', [all, cat, mkt, both]],
  ] as const)('%s %s → %s', (market, category, want, list) => {
    expect(findOverride(list, market, category)?.source).toBe(want);
  });
  it('a later entry wins a tie (command line after the plan)', () => {
    const a = o({ market: 'India', rate: d('0.02') }, 'override: plan');
    const b = o({ market: 'India', rate: d('0.03') }, 'override: cli');
    expect(findOverride([a, b], 'India', 'marketing')?.source).toBe('override: cli');
  });
});

describe('overrideResolver', () => {
  it('a contract rate replaces Meta’s and is not a Meta card rate (no tiers)', () => {
    const r = overrideResolver(META, [o({ market: 'India', category: 'marketing', rate: d('0.0100') })]);
    expect(r.lookup('India', 'marketing')).toMatchObject({ source: 'override: a.yaml', fromMetaCard: false });
    expect(r.lookup('India', 'marketing')!.rate.toFixed()).toBe('0.01');
    expect(r.lookup('India', 'utility')).toMatchObject({ source: 'meta 2026-10-01 USD', fromMetaCard: true });
  });
  it('a markup is Meta’s rate × (1 + pct/100), exactly, naming both sources', () => {
    const r = overrideResolver(META, [o({ markupPct: d('12') })]);
    expect(r.lookup('Brazil', 'marketing')!.rate.toFixed()).toBe('0.07');
    expect(r.lookup('India', 'marketing')!.rate.toFixed()).toBe('0.013216');
    expect(r.lookup('India', 'marketing')!.source).toBe('override: a.yaml (+12% on meta 2026-10-01 USD)');
    const discount = overrideResolver(META, [o({ markupPct: d('-10') })]);
    expect(discount.lookup('Brazil', 'marketing')!.rate.toFixed()).toBe('0.05625');
  });
  it('a markup without a Meta rate stays missing, never zero, and says why', () => {
    const r = overrideResolver(META, [o({ markupPct: d('5') })]);
    expect(r.lookup('Germany', 'marketing')).toBeUndefined();
    expect(r.describeMissing('Germany', 'marketing')).toMatch(
      /has no rates for Germany.*markup in override: a.yaml needs Meta's rate/,
    );
  });
  it('the engine applies no volume tiers to an overridden line, and does to Meta’s', () => {
    const c = KENYA_UTILITY;
    const meta = priceMeta(input({ campaigns: [c] }), META, MARKETS);
    expect(meta.lines.some((l) => l.kind === 'tier_adjustment')).toBe(true);
    const own = priceMeta(
      input({ campaigns: [c] }),
      overrideResolver(META, [o({ rate: d('0.004') })]),
      MARKETS,
    );
    expect(own.lines.some((l) => l.kind === 'tier_adjustment')).toBe(false);
    expect(own.lines[0]!.cost.toFixed()).toBe('800');
  });
});

describe('fxResolver', () => {
  const fx = { from: 'USD', to: 'EUR', rate: d('0.92'), asOf: '2026-11-01', source: 'ECB reference rate' };
  it('converts rates exactly and names the conversion', () => {
    const r = fxResolver(META, fx).lookup('India', 'marketing')!;
    expect(r.rate.toFixed()).toBe('0.010856');
    expect(r.source).toBe('meta 2026-10-01 USD × 0.92 EUR/USD');
    expect(r.fromMetaCard).toBe(true);
  });
  it('converts tier rates too, so tiered cost = USD tiered cost × rate', () => {
    const c = KENYA_UTILITY;
    const usd = priceMeta(input({ campaigns: [c] }), META, MARKETS);
    const eur = priceMeta(input({ campaigns: [c] }), fxResolver(META, fx), MARKETS);
    const total = (p: typeof usd) => p.lines.reduce((s, l) => s.plus(l.cost), d(0));
    expect(total(eur).toFixed()).toBe(total(usd).times('0.92').toFixed());
    // 100,000 at 0.004 + 100,000 at 0.0038 (list price would be 800).
    expect(total(usd).toFixed()).toBe('780');
  });
  it('a missing rate stays missing', () => {
    expect(fxResolver(META, fx).lookup('Germany', 'marketing')).toBeUndefined();
  });
});

describe('cardStaleness (Meta changes prices on quarter starts, RULES §1)', () => {
  const jul = card({}, { id: 'c-2026-07-01', effectiveDate: '2026-07-01' });
  const oct = card({}, { id: 'c-2026-10-01', effectiveDate: '2026-10-01' });
  const cards = [jul, oct];
  it.each([
    ['c-2026-10-01', '2026-12-31', undefined],
    ['c-2026-10-01', '2027-01-01', 'stale-card'],
    ['c-2026-07-01', '2026-09-30', undefined],
    ['c-2026-07-01', '2026-10-01', 'card-gap'],
  ] as const)('%s on %s → %s', (id, date, code) => {
    expect(
      cardStaleness(
        cards,
        cards.find((c) => c.id === id)!,
        date,
      )?.code,
    ).toBe(code);
  });
  it('names the card used', () => {
    expect(cardStaleness(cards, oct, '2027-02-01')?.message).toMatch(
      /newest USD card wa-cost has is c-2026-10-01 .*on or after 2027-01-01/,
    );
  });
});
