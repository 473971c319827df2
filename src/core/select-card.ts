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
 * The card, then, while the cards are partial (`complete: false`), the older cards of its currency and
 * model, newest first: a partial card holds only the rows the research captured on its date, so for the
 * rows it lacks the previous card still holds, unless Meta documented a change since (rates/meta/
 * changes.yaml, checked by the resolver). A complete card ends the chain.
 */
export function cardChain(card: RateCard, cards: readonly RateCard[]): RateCard[] {
  const chain = [card];
  if (card.complete) return chain;
  const older = cards
    .filter(
      (c) => c.currency === card.currency && c.model === card.model && c.effectiveDate < card.effectiveDate,
    )
    .sort((a, b) => compareText(b.effectiveDate, a.effectiveDate));
  for (const c of older) {
    chain.push(c);
    if (c.complete) break;
  }
  return chain;
}

/**
 * A RateResolver over one Meta card (and, for the rows a partial card lacks, the older cards of
 * `cardChain`) and the tier tables of its currency in force on `date`. A rate that a documented change
 * (`book.changes`) superseded between its card's date and `date` is not returned: it is known to be wrong
 * on `date` (docs/rate-cards.md, "Documented changes").
 */
export function cardResolver(
  card: RateCard,
  book: Pick<RateBook, 'tiers' | 'changes'> & { cards?: readonly RateCard[] },
  date: string,
): RateResolver {
  const tiers = selectTiers(book.tiers, card.currency, date);
  const { changes } = book;
  const chain = cardChain(card, book.cards ?? []);
  /** The newest card of the chain with a rate for the market and category. */
  const holderOf = (market: string, category: Category) =>
    chain.find((c) => c.rates.get(market)?.[category] !== undefined);
  const superseded = (market: string, category: Category): SupersededRate | undefined => {
    const holder = holderOf(market, category);
    const cardRate = holder?.rates.get(market)?.[category];
    const change = holder && cardRate && supersedingChange(changes, holder, market, category, date);
    return change ? { card: holder.id, cardRate, change } : undefined;
  };
  return {
    superseded,
    lookup(market: string, category: Category): ResolvedRate | undefined {
      const holder = holderOf(market, category);
      const rate = holder?.rates.get(market)?.[category];
      if (!holder || rate === undefined || superseded(market, category)) return undefined;
      const notes = holder.rowNotes
        .filter((n) => n.market === market && n.category === category)
        .map((n) => `${n.trust}: ${n.note}`);
      if (holder !== card)
        notes.push(
          `rate of ${holder.id}: the newer partial card ${card.id} has no ${category} rate for ${market}, and Meta documented no change since (rates/meta/changes.yaml)`,
        );
      return { rate, source: cardLabel(holder), fromMetaCard: true, notes };
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
        const holder = holderOf(market, category)!;
        const bound = boundOf(old.change);
        return `card ${holder.id} (${holder.currency}, effective ${holder.effectiveDate}) has ${market} ${category} at ${old.cardRate.toFixed()}, but Meta's rate was ${describeChange(old.change)}; wa-cost has no card with the new rate${bound ? ` (${old.cardRate.toFixed()} is ${bound === 'upper' ? 'an upper' : 'a lower'} bound)` : ''}`;
      }
      const why = card.rates.has(market)
        ? `has no ${category} rate for ${market}`
        : `has no rates for ${market}`;
      const older = chain.slice(1).map((c) => c.id);
      return `card ${card.id} (${card.currency}, effective ${card.effectiveDate}${card.complete ? '' : ', partial'}) ${why}${older.length > 0 ? `, nor do the older cards a partial card builds on (${older.join(', ')})` : ''}`;
    },
  };
}
