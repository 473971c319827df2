import { describe, expect, it } from 'vitest';
import { overrideResolver } from '../../src/core/override-resolver.js';
import { priceMeta } from '../../src/core/price-meta.js';
import { boundOf, supersedingChange } from '../../src/core/rate-changes.js';
import type { RateChange } from '../../src/core/rate-card.js';
import { MARKETS, campaign, d, input, resolver } from './helpers.js';

/** Meta's log: "Effective January 1, 2026 … India - Higher marketing rate." (rates/meta/changes.yaml). */
const INDIA_UP: RateChange = {
  effectiveDate: '2026-01-01',
  markets: ['India'],
  categories: ['marketing'],
  direction: 'higher',
  quote: 'Effective January 1, 2026 … India - Higher marketing rate.',
  sourceUrl: 'https://example.test/pricing',
  trust: 'official',
};
const JULY_2025 = { India: { marketing: '0.0107', utility: '0.0014' }, Germany: { marketing: '0.1365' } };
const on = (date: string, changes: RateChange[] = [INDIA_UP]) =>
  resolver(JULY_2025, { effectiveDate: '2025-07-01' }, [], { changes, date });
const plan = (date: string) =>
  input({
    date,
    campaigns: [campaign({ name: 'promo', recipients: { IN: 10000, DE: 10000 } })],
  });

describe('supersedingChange: a change dated in (card date, priced date] supersedes the row', () => {
  const card = { effectiveDate: '2025-07-01' };
  it.each([
    ['2025-12-31', undefined], // the day before the change: the card is still right
    ['2026-01-01', '2026-01-01'], // the change's own date
    ['2026-06-30', '2026-01-01'],
  ])('India marketing on %s → %s', (date, want) => {
    expect(supersedingChange([INDIA_UP], card, 'India', 'marketing', date)?.effectiveDate).toBe(want);
  });
  it('only the named markets and categories', () => {
    expect(supersedingChange([INDIA_UP], card, 'India', 'utility', '2026-03-01')).toBeUndefined();
    expect(supersedingChange([INDIA_UP], card, 'Germany', 'marketing', '2026-03-01')).toBeUndefined();
  });
  it('a card dated on or after the change already carries it', () => {
    expect(
      supersedingChange([INDIA_UP], { effectiveDate: '2026-01-01' }, 'India', 'marketing', '2026-03-01'),
    ).toBeUndefined();
  });
  it('"all" markets', () => {
    const all = { ...INDIA_UP, markets: 'all' as const };
    expect(supersedingChange([all], card, 'Germany', 'marketing', '2026-03-01')).toBe(all);
  });
  it('lower → the old rate is an upper bound; higher → a lower bound; "updated" → none', () => {
    expect(boundOf({ ...INDIA_UP, direction: 'lower' })).toBe('upper');
    expect(boundOf(INDIA_UP)).toBe('lower');
    expect(boundOf({ ...INDIA_UP, direction: 'changed' })).toBeNull();
  });
});

describe('an estimate refuses a superseded rate like a missing one', () => {
  it('before the change both lines are priced: 10,000 × 0.0107 + 10,000 × 0.1365 = 107 + 1,365 = 1,472', () => {
    const r = priceMeta(plan('2025-12-31'), on('2025-12-31'), MARKETS);
    expect(r.skipped).toEqual([]);
    expect(r.lines.reduce((s, l) => s.plus(l.cost), d(0)).toFixed()).toBe('1472');
  });
  it('from the change India marketing is skipped, with the change; Germany alone is priced: 1,365', () => {
    const r = priceMeta(plan('2026-03-01'), on('2026-03-01'), MARKETS);
    expect(r.lines.map((l) => [l.id, l.cost.toFixed()])).toEqual([
      ['campaign:promo:Germany:marketing', '1365'],
    ]);
    expect(r.skipped).toHaveLength(1);
    const s = r.skipped[0]!;
    expect(s).toMatchObject({ market: 'India', category: 'marketing', billable: d(10000) });
    expect(s.superseded?.card).toBe('test-card');
    expect(s.superseded?.cardRate.toFixed()).toBe('0.0107');
    expect(s.superseded?.change).toBe(INDIA_UP);
    expect(s.reason).toContain('India marketing at 0.0107');
    expect(s.reason).toContain('higher from 2026-01-01');
    expect(s.reason).toContain('https://example.test/pricing');
    expect(s.reason).toContain('0.0107 is a lower bound');
  });
  it('a contract rate (override) prices the line: 10,000 × 0.012 = 120; a markup on the old rate does not', () => {
    const contract = overrideResolver(on('2026-03-01'), [
      { market: 'India', category: 'marketing', rate: d('0.012'), source: 'override: c.yaml' },
    ]);
    const priced = priceMeta(plan('2026-03-01'), contract, MARKETS);
    expect(priced.skipped).toEqual([]);
    expect(priced.lines.find((l) => l.market === 'India')?.cost.toFixed()).toBe('120');
    const markup = overrideResolver(on('2026-03-01'), [{ markupPct: d(10), source: 'override: m.yaml' }]);
    const refused = priceMeta(plan('2026-03-01'), markup, MARKETS);
    expect(refused.skipped.map((x) => x.superseded?.change.effectiveDate)).toEqual(['2026-01-01']);
  });
});
