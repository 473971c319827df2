import type { Decimal } from './money.js';
import { ONE, ZERO } from './money.js';

/** A volume scale at which the cheaper of two cost curves changes. */
export interface BreakEven {
  /** Largest scale probed where the order was still the one below (within `precision` of `to`). */
  from: Decimal;
  /** Smallest scale probed where the order had changed: the break-even to report. */
  to: Decimal;
  /** Which curve is cheaper just below and just above ('tie' when equal). */
  cheaperBelow: 'a' | 'b' | 'tie';
  cheaperAbove: 'a' | 'b' | 'tie';
}

export interface BreakEvenRange {
  /** Smallest and largest volume scale searched (scale 1 = the plan as written). */
  min: Decimal;
  max: Decimal;
  /** Grid points probed before bisection; geometric when min > 0. Default 200. */
  samples?: number;
}

/**
 * Scales s in [min, max] where the cheaper of `costA(s)` and `costB(s)` changes. Costs are any
 * functions of s (in practice piecewise linear with upward pack steps). Method: probe a grid, then
 * bisect every interval whose endpoints rank the two differently until it is at most `precision`
 * wide (absolute, in scale units), so each reported `to` is within `precision` above the true
 * change. Two changes closer together than one grid step can be missed: a denser grid finds them.
 * Exact comparisons of Decimal costs; a tie (equal cost) counts as its own order.
 */
export function findBreakEvens(
  costA: (s: Decimal) => Decimal,
  costB: (s: Decimal) => Decimal,
  range: BreakEvenRange,
  precision: Decimal,
): BreakEven[] {
  if (range.max.lte(range.min)) throw new RangeError('break-even range: max must be above min');
  if (precision.lte(0)) throw new RangeError('break-even precision must be positive');
  const order = (s: Decimal): 'a' | 'b' | 'tie' => {
    const d = costA(s).cmp(costB(s));
    return d < 0 ? 'a' : d > 0 ? 'b' : 'tie';
  };
  const grid = scaleGrid(range);
  const out: BreakEven[] = [];
  let lo = grid[0]!;
  let loOrder = order(lo);
  for (const s of grid.slice(1)) {
    const sOrder = order(s);
    if (sOrder !== loOrder) out.push(bisect(order, lo, loOrder, s, precision));
    lo = s;
    loOrder = sOrder;
  }
  return out;
}

function bisect(
  order: (s: Decimal) => 'a' | 'b' | 'tie',
  lo: Decimal,
  loOrder: 'a' | 'b' | 'tie',
  hi: Decimal,
  precision: Decimal,
): BreakEven {
  while (hi.minus(lo).gt(precision)) {
    const mid = lo.plus(hi).div(2);
    if (order(mid) === loOrder) lo = mid;
    else hi = mid;
  }
  return { from: lo, to: hi, cheaperBelow: loOrder, cheaperAbove: order(hi) };
}

/** Grid of scales from min to max inclusive: geometric when min > 0 (volumes span decades), else even. */
export function scaleGrid(range: BreakEvenRange): Decimal[] {
  const n = Math.max(2, range.samples ?? 200);
  const out: Decimal[] = [];
  if (range.min.gt(ZERO)) {
    const ratio = range.max.div(range.min).pow(ONE.div(n - 1));
    for (let i = 0; i < n; i++) out.push(i === n - 1 ? range.max : range.min.times(ratio.pow(i)));
  } else {
    const step = range.max.minus(range.min).div(n - 1);
    for (let i = 0; i < n; i++) out.push(i === n - 1 ? range.max : range.min.plus(step.times(i)));
  }
  return out;
}

/** A scale at which the cheapest of several cost curves changes. */
export interface CheapestChange {
  from: Decimal;
  to: Decimal;
  /** Id of the cheapest curve just below and just above (the first id wins a tie). */
  below: string;
  above: string;
}

/**
 * Scales where the cheapest of several curves changes (the lower envelope). Probes the grid for the
 * cheapest id at each point; where it changes from X to Y between two points, bisects X against Y
 * inside that interval to `precision`. A third curve cheapest only strictly between two grid points is
 * missed, as in `findBreakEvens`. Ties go to the first id in `costs` order.
 */
export function findCheapestChanges(
  costs: ReadonlyMap<string, (s: Decimal) => Decimal>,
  range: BreakEvenRange,
  precision: Decimal,
): CheapestChange[] {
  if (costs.size < 2) return [];
  const cheapestAt = (s: Decimal): string => {
    let best: { id: string; cost: Decimal } | null = null;
    for (const [id, f] of costs) {
      const c = f(s);
      if (!best || c.lt(best.cost)) best = { id, cost: c };
    }
    return best!.id;
  };
  const grid = scaleGrid(range);
  const out: CheapestChange[] = [];
  let lo = grid[0]!;
  let loId = cheapestAt(lo);
  for (const s of grid.slice(1)) {
    const sId = cheapestAt(s);
    if (sId !== loId) {
      const [found] = findBreakEvens(
        costs.get(loId)!,
        costs.get(sId)!,
        { min: lo, max: s, samples: 2 },
        precision,
      );
      const at = found ?? { from: lo, to: s };
      out.push({ from: at.from, to: at.to, below: loId, above: sId });
    }
    lo = s;
    loId = sId;
  }
  return out;
}
