import type { RateResolver, ResolvedRate } from './pricing-input.js';
import type { Category } from './rate-card.js';
import type { Decimal } from './money.js';

/** A user-given exchange rate: 1 unit of `from` (USD) = `rate` units of `to`. */
export interface FxRate {
  from: string;
  to: string;
  rate: Decimal;
  /** `YYYY-MM-DD` the rate was taken on. */
  asOf: string;
  /** Where the rate comes from, e.g. "ECB reference rate". */
  source: string;
}

/** How a converted line names its source: `meta 2026-10-01 USD × 0.92 EUR/USD`. */
export function fxLabel(base: string, fx: FxRate): string {
  return `${base} × ${fx.rate.toFixed()} ${fx.to}/${fx.from}`;
}

/**
 * Converts every rate and tier of `inner` (a Meta card in `fx.from`) into `fx.to` at the user's rate.
 * Only used when Meta has no card in the plan currency (RULES §2.7: Meta bills from its own card per
 * currency and does not convert). Exact: rate × fx.rate, unrounded. Converted rates stay Meta list
 * rates, so volume tiers (converted too) still apply.
 */
export function fxResolver(inner: RateResolver, fx: FxRate): RateResolver {
  return {
    lookup(market: string, category: Category): ResolvedRate | undefined {
      const r = inner.lookup(market, category);
      return r && { ...r, rate: r.rate.times(fx.rate), source: fxLabel(r.source, fx) };
    },
    tiers(market: string, category: Category) {
      const t = inner.tiers(market, category);
      return (
        t && {
          ...t,
          source: fxLabel(t.source, fx),
          tiers: t.tiers.map((x) => ({ ...x, rate: x.rate.times(fx.rate) })),
        }
      );
    },
    superseded: (market, category) => inner.superseded(market, category),
    describeMissing: (market, category) =>
      `${inner.describeMissing(market, category)} (converted to ${fx.to} at your fx rate)`,
  };
}
