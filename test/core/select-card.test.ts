import { describe, expect, it } from 'vitest';
import { nextQuarterStart, selectCard } from '../../src/core/select-card.js';
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
