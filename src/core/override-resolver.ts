import { HUNDRED, ONE, type Decimal } from './money.js';
import type { RateResolver, ResolvedRate } from './pricing-input.js';
import type { Category } from './rate-card.js';

/**
 * One of the user's own rates: a contract price (`rate`, in the plan currency, per delivered message
 * or per conversation as the plan's pricing model) or a markup over Meta's rate (`markupPct`, percent,
 * may be negative for a discount). Absent `market`/`category` means "every market"/"every category".
 */
export interface RateOverride {
  market?: string;
  category?: Category;
  /** Exactly one of `rate` and `markupPct` is set. */
  rate?: Decimal;
  markupPct?: Decimal;
  /** Where it was written, as lines name it: `override: my-rates.yaml`. */
  source: string;
}

/** Specificity of an override: market+category 3 > market 2 > category 1 > all 0. */
export function overrideSpecificity(o: Pick<RateOverride, 'market' | 'category'>): number {
  return (o.market !== undefined ? 2 : 0) + (o.category !== undefined ? 1 : 0);
}

/** The override that applies to a market and category: the most specific; on a tie, the later one. */
export function findOverride(
  overrides: readonly RateOverride[],
  market: string,
  category: Category,
): RateOverride | undefined {
  let best: RateOverride | undefined;
  for (const o of overrides) {
    if (o.market !== undefined && o.market !== market) continue;
    if (o.category !== undefined && o.category !== category) continue;
    if (!best || overrideSpecificity(o) >= overrideSpecificity(best)) best = o;
  }
  return best;
}

/**
 * A RateResolver that prices with the user's overrides where one applies and with `inner` (Meta's card,
 * possibly converted) elsewhere. Override rates are contract prices: `fromMetaCard` is false, so the
 * engine applies no Meta volume tiers to them (docs/rate-cards.md). A markup needs Meta's rate: where
 * `inner` has none, the rate stays missing (never zero). Exact: the markup is rate × (1 + pct/100).
 */
export function overrideResolver(inner: RateResolver, overrides: readonly RateOverride[]): RateResolver {
  return {
    lookup(market: string, category: Category): ResolvedRate | undefined {
      const o = findOverride(overrides, market, category);
      if (!o) return inner.lookup(market, category);
      if (o.rate !== undefined) return { rate: o.rate, source: o.source, fromMetaCard: false, notes: [] };
      const base = inner.lookup(market, category);
      if (!base || o.markupPct === undefined) return undefined;
      const sign = o.markupPct.isNegative() ? '' : '+';
      return {
        rate: base.rate.times(ONE.plus(o.markupPct.div(HUNDRED))),
        source: `${o.source} (${sign}${o.markupPct.toFixed()}% on ${base.source})`,
        fromMetaCard: false,
        notes: base.notes,
      };
    },
    tiers: (market, category) => inner.tiers(market, category),
    // A contract rate replaces Meta's; a markup still stands on Meta's (superseded) rate.
    superseded: (market, category) =>
      findOverride(overrides, market, category)?.rate !== undefined
        ? undefined
        : inner.superseded(market, category),
    describeMissing(market: string, category: Category): string {
      const o = findOverride(overrides, market, category);
      const why = inner.describeMissing(market, category);
      return o?.markupPct !== undefined ? `${why}, and the markup in ${o.source} needs Meta's rate` : why;
    },
  };
}
