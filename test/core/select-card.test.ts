import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/money.js';
import type { RateChange } from '../../src/core/rate-card.js';
import { cardChain, cardResolver, nextQuarterStart, selectCard } from '../../src/core/select-card.js';
import { card } from './helpers.js';

describe('card selection (issue 3 §2) and the pricing calendar (RULES §1)', () => {
  const cards = [
    card({}, { id: 'a', effectiveDate: '2026-07-01' }),
    card({}, { id: 'b', effectiveDate: '2026-10-01' }),
    card({}, { id: 'e', effectiveDate: '2026-10-01', currency: 'EUR' }),
  ];
  it('picks the newest card of the currency on or before the date', () => {
    expect(selectCard(cards, 'USD', '2026-09-30')?.id).toBe('a');
    expect(selectCard(cards, 'USD', '2026-10-01')?.id).toBe('b');
    expect(selectCard(cards, 'EUR', '2026-11-01')?.id).toBe('e');
    expect(selectCard(cards, 'USD', '2026-06-30')).toBeUndefined();
    expect(selectCard(cards, 'GBP', '2026-11-01')).toBeUndefined();
  });
  it('knows that Meta changes prices only on quarter starts', () => {
    expect(
      ['2026-10-01', '2026-11-24', '2026-12-31', '2026-01-01', '2026-06-30'].map(nextQuarterStart),
    ).toEqual(['2027-01-01', '2027-01-01', '2027-01-01', '2026-04-01', '2026-07-01']);
  });
});

describe('partial cards build on older ones (rates audit F7)', () => {
  const d = (v: string) => new Decimal(v);
  const jul = card(
    { India: { marketing: '0.8631', utility: '0.115' }, Kenya: { marketing: '1.6' } },
    { id: 'jul-INR', effectiveDate: '2026-07-01', currency: 'INR' },
  );
  const oct = card(
    { India: { service: '0.115' } },
    { id: 'oct-INR', effectiveDate: '2026-10-01', currency: 'INR' },
  );
  const usd = card({ India: { marketing: '0.0118' } }, { id: 'oct-USD', effectiveDate: '2026-10-01' });
  const cbp = card(
    { India: { marketing: '0.7' } },
    { id: 'cbp-INR', effectiveDate: '2024-10-01', currency: 'INR', model: 'per_conversation' },
  );
  const cards = [jul, oct, usd, cbp];
  const change = (over: Partial<RateChange>): RateChange => ({
    effectiveDate: '2026-09-01',
    markets: ['Kenya'],
    categories: ['marketing'],
    direction: 'lower',
    quote: 'Kenya – Lower marketing rates.',
    sourceUrl: 'https://example.test',
    trust: 'official',
    ...over,
  });

  it('chains a partial card to the older cards of its currency and model, up to a complete one', () => {
    expect(cardChain(oct, cards).map((c) => c.id)).toEqual(['oct-INR', 'jul-INR']);
    expect(cardChain({ ...oct, complete: true }, cards).map((c) => c.id)).toEqual(['oct-INR']);
    const apr = card({}, { id: 'apr-INR', effectiveDate: '2026-04-01', currency: 'INR' });
    expect(cardChain(oct, [apr, jul, oct, cbp]).map((c) => c.id)).toEqual(['oct-INR', 'jul-INR', 'apr-INR']);
    const completeJul = { ...jul, complete: true };
    expect(cardChain(oct, [apr, completeJul, oct, cbp]).map((c) => c.id)).toEqual(['oct-INR', 'jul-INR']);
  });

  it("prices a row the newer card lacks with the older card's rate, naming that card", () => {
    const r = cardResolver(oct, { tiers: [], changes: [], cards }, '2026-11-01');
    expect(r.lookup('India', 'service')).toMatchObject({ rate: d('0.115'), source: 'meta 2026-10-01 INR' });
    const m = r.lookup('India', 'marketing');
    expect([m?.rate.toString(), m?.source]).toEqual(['0.8631', 'meta 2026-07-01 INR']);
    expect(m?.notes.at(-1)).toContain('the newer partial card oct-INR has no marketing rate for India');
    expect(r.lookup('India', 'authentication')).toBeUndefined(); // no card has it: missing, never zero
    expect(r.describeMissing('India', 'authentication')).toContain(
      'nor do the older cards a partial card builds on (jul-INR)',
    );
  });

  it('refuses the older rate when Meta documented a change since that card', () => {
    const r = cardResolver(oct, { tiers: [], changes: [change({})], cards }, '2026-11-01');
    expect(r.lookup('Kenya', 'marketing')).toBeUndefined();
    expect(r.describeMissing('Kenya', 'marketing')).toMatch(
      /^card jul-INR .* has Kenya marketing at 1\.6, but Meta's rate was lower from 2026-09-01/,
    );
    // Without the change (or before it) the July rate holds.
    expect(
      cardResolver(oct, { tiers: [], changes: [], cards }, '2026-11-01')
        .lookup('Kenya', 'marketing')
        ?.rate.toString(),
    ).toBe('1.6');
  });
});
