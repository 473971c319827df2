import type { Warning } from './line-item.js';
import type { RateBook, RateCard } from './rate-card.js';
import { nextQuarterStart } from './select-card.js';
import { compareText } from './compare-text.js';

/**
 * Whether the card used on `date` may be out of date. Meta may change prices only on the first day of a
 * quarter (RULES §1), so a card can be trusted until the next quarter start after its effective date.
 * - `stale-card`: `card` is the newest card of its currency and `date` is on or after the first quarter
 *   start later than it: Meta may have published a card wa-cost does not have yet.
 * - `card-gap`: a later card of the currency exists, but `date` falls after a quarter start between the
 *   two: a card in force on `date` may be missing from the research.
 */
export function cardStaleness(cards: readonly RateCard[], card: RateCard, date: string): Warning | undefined {
  const staleFrom = nextQuarterStart(card.effectiveDate);
  if (date < staleFrom) return undefined;
  const later = cards
    .filter((c) => c.currency === card.currency && c.effectiveDate > card.effectiveDate)
    .sort((a, b) => compareText(a.effectiveDate, b.effectiveDate))[0];
  if (!later)
    return {
      code: 'stale-card',
      message: `rates may have changed: Meta can change prices on the first day of each quarter (RULES §1) and the newest ${card.currency} card wa-cost has is ${card.id} (effective ${card.effectiveDate}); ${date} is on or after ${staleFrom}. Priced with ${card.id}; check Meta's pricing page for a newer card (docs/rate-cards.md).`,
    };
  return {
    code: 'card-gap',
    message: `rates may differ: Meta can change prices on the first day of each quarter (RULES §1) and wa-cost has no ${card.currency} card between ${card.id} (effective ${card.effectiveDate}) and ${later.id} (effective ${later.effectiveDate}); ${date} is on or after ${staleFrom}. Priced with ${card.id}.`,
  };
}

/** Every market name wa-cost knows: in the mapping on any date, the default market, and on any card. */
export function knownMarkets(book: Pick<RateBook, 'cards' | 'markets'>): string[] {
  const names = new Set<string>([book.markets.defaultMarket]);
  for (const c of book.markets.countries.values()) for (const p of c.periods) names.add(p.market);
  for (const card of book.cards) for (const m of card.rates.keys()) names.add(m);
  return [...names].sort();
}
