import { Decimal, ZERO } from './money.js';
import type { Tier } from './rate-card.js';

/**
 * Cost of `count` charged messages in one month under graduated tiers (RULES §2.4: "they unlock the
 * rate of the next tier, specifically for messages in that tier"). Tier i covers messages numbered
 * above the previous tier's `to` up to its own `to`. Unrounded.
 */
export function priceGraduated(count: Decimal, tiers: readonly Tier[]): Decimal {
  let cost = ZERO;
  let below = ZERO;
  for (const tier of tiers) {
    if (count.lte(below)) break;
    const top = tier.to === null ? count : Decimal.min(count, tier.to);
    cost = cost.plus(top.minus(below).times(tier.rate));
    below = tier.to ?? count;
  }
  return cost;
}
