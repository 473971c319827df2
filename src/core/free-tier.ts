import { Decimal, ZERO } from './money.js';

/**
 * Spreads a free tier over countries in proportion to their volume (docs/pricing-decisions.md).
 * Shares are cut to a millionth of a message and the last country takes the remainder, so the shares
 * add up to the tier exactly and every later sum stays exact.
 */
export function spreadFreeTier(free: Decimal, volumes: readonly Decimal[], total: Decimal): Decimal[] {
  if (total.isZero()) return volumes.map(() => ZERO);
  if (free.gte(total)) return [...volumes];
  let last = -1;
  volumes.forEach((v, i) => {
    if (v.gt(0)) last = i;
  });
  let given = ZERO;
  return volumes.map((v, i) => {
    // The remainder can exceed a tiny last volume by the cut-off millionths; never free more than it has.
    if (i === last) return Decimal.min(v, free.minus(given));
    const share = free.times(v).div(total).toDecimalPlaces(6, Decimal.ROUND_DOWN);
    given = given.plus(share);
    return share;
  });
}
