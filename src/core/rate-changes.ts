import type { Decimal } from './money.js';
import type { Category, RateCard, RateChange } from './rate-card.js';

/** A card's rate that a documented change has superseded on the priced date. */
export interface SupersededRate {
  /** The card that holds the old rate, and that rate (unrounded, in the card's currency). */
  card: string;
  cardRate: Decimal;
  change: RateChange;
}

/**
 * The first change Meta documented for `market` and `category` after the card's effective date and on
 * or before `date` (RULES §1): the card's rate is then known to be out of date on `date`, even though
 * no newer card of its currency exists (docs/rate-cards.md, "Documented changes").
 */
export function supersedingChange(
  changes: readonly RateChange[],
  card: Pick<RateCard, 'effectiveDate'>,
  market: string,
  category: Category,
  date: string,
): RateChange | undefined {
  return changes.find(
    (c) =>
      c.effectiveDate > card.effectiveDate &&
      c.effectiveDate <= date &&
      (c.markets === 'all' || c.markets.includes(market)) &&
      c.categories.includes(category),
  );
}

/** "lower from 2025-10-01 (Meta: "Mexico – Lower marketing rates."; https://…)". */
export function describeChange(c: RateChange): string {
  const what = c.direction === 'changed' ? 'changed' : `${c.direction}`;
  return `${what} from ${c.effectiveDate} ("${c.quote}"; ${c.trust === 'official' ? 'Meta' : c.trust}, ${c.sourceUrl})`;
}

/**
 * What the old rate still says: Meta lowered it, so it is an upper bound; raised it, a lower bound;
 * "updated" without a direction, nothing.
 */
export function boundOf(c: RateChange): 'upper' | 'lower' | null {
  return c.direction === 'lower' ? 'upper' : c.direction === 'higher' ? 'lower' : null;
}
