import { describe, expect, it } from 'vitest';
import { overrideResolver } from '../../src/core/override-resolver.js';
import { priceMeta } from '../../src/core/price-meta.js';
import { rulesOn } from '../../src/core/meta-rules.js';
import { decisionsFor } from '../../src/report/build-report.js';
import { MARKETS, campaign, d, input, resolver, tiersTable } from './helpers.js';

/** Meta tiers utility and authentication in every market from 2025-07-01 (RULES §2.4); wa-cost has few tables. */
const RATES = {
  India: {
    marketing: '0.0118',
    utility: '0.0014',
    authentication: '0.0014',
    authentication_international: '0.028',
  },
  'Rest of Africa': { utility: '0.004' },
  Germany: { authentication: '0.055' },
};
const ROA = tiersTable('Rest of Africa', 'utility', [
  [0, 100000, '0.004'],
  [100001, null, '0.0038'],
]);
const meta = resolver(RATES, {}, [ROA]);
const warningOf = (r: ReturnType<typeof priceMeta>) => r.warnings.find((w) => w.code === 'tiers-not-applied');

describe('one warning lists the groups priced without a tier table (RULES §2.4)', () => {
  it('India utility (no table) is named; Rest of Africa utility (table) is tiered and not named', () => {
    const r = priceMeta(
      input({
        campaigns: [
          campaign({ name: 'u', category: 'utility', recipients: { IN: 10000, KE: 200000 } }),
          campaign({ name: 'a', category: 'authentication', recipients: { DE: 1000 } }),
        ],
      }),
      meta,
      MARKETS,
    );
    // India 10,000 × 0.0014 = 14 at list rate; Rest of Africa 100,000 × 0.004 + 100,000 × 0.0038 = 780
    // (list 800, adjustment −20); Germany 1,000 × 0.055 = 55.
    expect(r.lines.map((l) => [l.id, l.cost.toFixed()])).toEqual([
      ['campaign:u:India:utility', '14'],
      ['campaign:u:Rest of Africa:utility', '800'],
      ['campaign:a:Germany:authentication', '55'],
      ['tier:Rest of Africa:utility', '-20'],
    ]);
    const w = warningOf(r);
    expect(w?.message).toMatch(/^volume tiers not applied to India utility, Germany authentication: /);
    expect(w?.message).toContain('Meta bills less than shown above its first tier threshold');
    expect(r.warnings.filter((x) => x.code === 'tiers-not-applied')).toHaveLength(1);
  });
  it('authentication-international is named too (Meta tiers it; no table is known)', () => {
    const r = priceMeta(
      input({
        business: { country: 'DE', eligible: true },
        campaigns: [campaign({ category: 'authentication', recipients: { IN: 1000 } })],
      }),
      meta,
      MARKETS,
    );
    expect(warningOf(r)?.message).toMatch(/to India authentication_international:/);
  });
  it.each([
    ['marketing only (never tiered)', input({ campaigns: [campaign({ recipients: { IN: 1000 } })] })],
    [
      'only tables known',
      input({ campaigns: [campaign({ category: 'utility', recipients: { KE: 1000 } })] }),
    ],
    [
      'nothing charged (all in a free entry point window)',
      input({ campaigns: [campaign({ category: 'utility', fepShare: d(1), recipients: { IN: 1000 } })] }),
    ],
    [
      'conversation pricing, before tiers existed (2025-06-30)',
      input({ date: '2025-06-30', campaigns: [campaign({ category: 'utility', recipients: { IN: 1000 } })] }),
    ],
  ])('quiet when it cannot matter: %s', (_, plan) => {
    expect(warningOf(priceMeta(plan, meta, MARKETS))).toBeUndefined();
  });
  it('quiet for a contract rate (an override gets no Meta tiers, by design)', () => {
    const own = overrideResolver(meta, [{ market: 'India', rate: d('0.001'), source: 'override: c.yaml' }]);
    const plan = input({ campaigns: [campaign({ category: 'utility', recipients: { IN: 1000 } })] });
    expect(warningOf(priceMeta(plan, own, MARKETS))).toBeUndefined();
  });
});

describe('the assumptions printed match the rules in force', () => {
  it('per-message pricing from 2026-10-01: free tier and volume tiers both stated', () => {
    expect(decisionsFor(rulesOn('2026-11-01')!)).toHaveLength(4);
  });
  it('per-message pricing before 2026-10-01: no service free tier exists, so none is stated', () => {
    const ds = decisionsFor(rulesOn('2026-08-01')!);
    expect(ds.some((x) => x.includes('free tier'))).toBe(false);
    expect(ds.some((x) => x.startsWith('Volume tiers'))).toBe(true);
  });
  it('conversation pricing after 2024-11-01: neither a free tier nor volume tiers', () => {
    expect(decisionsFor(rulesOn('2024-12-01')!)).toHaveLength(2);
  });
  it('conversation pricing before 2024-11-01: the 1,000 free service conversations are spread', () => {
    expect(decisionsFor(rulesOn('2024-03-01')!).some((x) => x.includes('free tier'))).toBe(true);
  });
});
