import type { Category, RateBook, RateCard, TierTable } from './rate-card.js';
import { cardLabel } from './rate-card.js';
import type { RateResolver, ResolvedRate } from './pricing-input.js';
import { compareText } from './compare-text.js';
import { boundOf, describeChange, supersedingChange, type SupersededRate } from './rate-changes.js';

/** The newest card of `currency` whose effective date is on or before `date`, if any. */
export function selectCard(cards: readonly RateCard[], currency: string, date: string): RateCard | undefined {
  return cards
    .filter((c) => c.currency === currency && c.effectiveDate <= date)
    .sort((a, b) => compareText(b.effectiveDate, a.effectiveDate))[0];
}

/** Tier tables of `currency` in force on `date`: for each market and category, the newest table. */
export function selectTiers(
  tables: readonly TierTable[],
  currency: string,
  date: string,
): Map<string, { table: TierTable; entry: TierTable['tables'][number] }> {
  const out = new Map<string, { table: TierTable; entry: TierTable['tables'][number] }>();
  const inForce = tables
    .filter((t) => t.currency === currency && t.effectiveDate <= date)
    .sort((a, b) => compareText(a.effectiveDate, b.effectiveDate));
  for (const table of inForce)
    for (const entry of table.tables) out.set(`${entry.market}\u0000${entry.category}`, { table, entry });
  return out;
}

/** The first day of the quarter after `date` (Meta changes prices only on quarter starts, RULES §1). */
export function nextQuarterStart(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const q = Math.floor((m - 1) / 3) + 1;
  return q === 4 ? `${y + 1}-01-01` : `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
}

/**
 * A RateResolver over one Meta card and the tier tables of its currency in force on `date`. A rate that
 * a documented change (`book.changes`) superseded between the card's date and `date` is not returned:
 * it is known to be wrong on `date` (docs/rate-cards.md, "Documented changes").
 */
export function cardResolver(
  card: RateCard,
  book: Pick<RateBook, 'tiers' | 'changes'>,
  date: string,
): RateResolver {
  const tiers = selectTiers(book.tiers, card.currency, date);
  const label = cardLabel(card);
  const { changes } = book;
  const superseded = (market: string, category: Category): SupersededRate | undefined => {
    const cardRate = card.rates.get(market)?.[category];
    const change = cardRate && supersedingChange(changes, card, market, category, date);
    return change ? { card: card.id, cardRate, change } : undefined;
  };
  return {
    superseded,
    lookup(market: string, category: Category): ResolvedRate | undefined {
      const rate = card.rates.get(market)?.[category];
      if (rate === undefined || superseded(market, category)) return undefined;
      const notes = card.rowNotes
        .filter((n) => n.market === market && n.category === category)
        .map((n) => `${n.trust}: ${n.note}`);
      return { rate, source: label, fromMetaCard: true, notes };
    },
    tiers(market: string, category: Category) {
      const t = tiers.get(`${market}\u0000${category}`);
      return t
        ? { tiers: t.entry.tiers, source: `${t.table.id}`, lowConfidence: t.table.confidence === 'low' }
        : undefined;
    },
    describeMissing(market: string, category: Category): string {
      const old = superseded(market, category);
      if (old) {
        const bound = boundOf(old.change);
        return `card ${card.id} (${card.currency}, effective ${card.effectiveDate}) has ${market} ${category} at ${old.cardRate.toFixed()}, but Meta's rate was ${describeChange(old.change)}; wa-cost has no card with the new rate${bound ? ` (${old.cardRate.toFixed()} is ${bound === 'upper' ? 'an upper' : 'a lower'} bound)` : ''}`;
      }
      const why = card.rates.has(market)
        ? `has no ${category} rate for ${market}`
        : `has no rates for ${market}`;
      return `card ${card.id} (${card.currency}, effective ${card.effectiveDate}${card.complete ? '' : ', partial'}) ${why}`;
    },
  };
}
