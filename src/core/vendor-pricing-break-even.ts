import type { Decimal } from './money.js';
import { ONE, ZERO } from './money.js';

/** A volume scale at which the cheaper of two cost curves changes. */
export interface BreakEven {
  /** A scale where the order was still the one below, within `precision` under `to`. */
  from: Decimal;
  /** The first multiple of `precision` past the change (the order has changed there): the break-even to report. */
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

/** Cost at a volume scale; null where the cost is not fully priced (an unpublished price is involved). */
export type CostCurve = (s: Decimal) => Decimal | null;

/**
 * Scales s in [min, max] where the cheaper of `costA(s)` and `costB(s)` changes. Costs are any
 * functions of s (in practice piecewise linear with upward pack steps). Method: probe a grid, then
 * bisect every interval whose endpoints rank the two differently (see `findOrderChanges`): each
 * reported `to` is the first multiple of `precision` past the change. Two changes closer together than
 * one grid step can be missed: a denser grid finds them. Exact comparisons of Decimal costs; a tie
 * (equal cost) counts as its own order. Where either cost is null (not priceable) the order is
 * unknown: no change is claimed into, out of or across such scales.
 */
export function findBreakEvens(
  costA: CostCurve,
  costB: CostCurve,
  range: BreakEvenRange,
  precision: Decimal,
): BreakEven[] {
  const order = (s: Decimal): 'a' | 'b' | 'tie' | null => {
    const a = costA(s);
    const b = costB(s);
    if (a === null || b === null) return null;
    const d = a.cmp(b);
    return d < 0 ? 'a' : d > 0 ? 'b' : 'tie';
  };
  return findOrderChanges(order, range, precision).map((c) => ({
    from: c.from,
    to: c.to,
    cheaperBelow: c.below,
    cheaperAbove: c.above,
  }));
}

/** A scale at which a value computed from the scale changes (`below` at `from`, `above` at `to`). */
export interface OrderChange<T> {
  from: Decimal;
  to: Decimal;
  below: T;
  above: T;
}

/**
 * Scales in [min, max] where `order(s)` changes value (null = unknown there). Probes the grid; every
 * interval between two known, different values is bisected until at most `precision` wide, then
 * `to` is moved onto the lattice of multiples of `precision`: the first lattice point past the change
 * (at which the order has changed), `from` the one before it or the last probe below. With
 * `precision` = one message, `to` is the first whole volume past the change. An interval whose
 * bisection meets an unknown value is dropped: a change next to an unpriceable scale is not claimed.
 */
export function findOrderChanges<T>(
  order: (s: Decimal) => T | null,
  range: BreakEvenRange,
  precision: Decimal,
): OrderChange<T>[] {
  if (range.max.lte(range.min)) throw new RangeError('break-even range: max must be above min');
  if (precision.lte(0)) throw new RangeError('break-even precision must be positive');
  const grid = scaleGrid(range);
  const out: OrderChange<T>[] = [];
  let lo = grid[0]!;
  let loOrder = order(lo);
  for (const s of grid.slice(1)) {
    const sOrder = order(s);
    if (loOrder !== null && sOrder !== null && sOrder !== loOrder) {
      const found = bisect(order, lo, loOrder, s, precision);
      if (found) out.push(found);
    }
    lo = s;
    loOrder = sOrder;
  }
  return out;
}

function bisect<T>(
  order: (s: Decimal) => T | null,
  lo: Decimal,
  loOrder: T,
  hi: Decimal,
  precision: Decimal,
): OrderChange<T> | null {
  while (hi.minus(lo).gt(precision)) {
    const mid = lo.plus(hi).div(2);
    const o = order(mid);
    if (o === null) return null;
    if (o === loOrder) lo = mid;
    else hi = mid;
  }
  // The change lies in (lo, hi], hi − lo ≤ precision: the first lattice point above lo is either past
  // it (its order has changed) or not yet, and then the next one (≥ hi) is.
  let k = lo.div(precision).floor().plus(1);
  let at = k.times(precision);
  let atOrder = order(at);
  if (atOrder === null) return null;
  if (atOrder === loOrder) {
    lo = at;
    k = k.plus(1);
    at = k.times(precision);
    atOrder = order(at);
    if (atOrder === null || atOrder === loOrder) return null;
  }
  return { from: lo, to: at, below: loOrder, above: atOrder };
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
 * Scales where the cheapest of several curves changes (the lower envelope). The cheapest is unknown
 * at a scale where any curve is null (not priceable there): no change is claimed into, out of or across
 * such scales. Probes the grid for the cheapest id at each point; where it changes from X to Y between
 * two points, bisects X against Y inside that interval (`findBreakEvens`: `to` is the first multiple of
 * `precision` past the change). A third curve cheapest only strictly between two grid points is
 * missed, as in `findBreakEvens`. Ties go to the first id in `costs` order.
 */
export function findCheapestChanges(
  costs: ReadonlyMap<string, CostCurve>,
  range: BreakEvenRange,
  precision: Decimal,
): CheapestChange[] {
  if (costs.size < 2) return [];
  const cheapestAt = (s: Decimal): string | null => {
    let best: { id: string; cost: Decimal } | null = null;
    for (const [id, f] of costs) {
      const c = f(s);
      if (c === null) return null;
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
    if (loId !== null && sId !== null && sId !== loId) {
      const [found] = findBreakEvens(
        costs.get(loId)!,
        costs.get(sId)!,
        { min: lo, max: s, samples: 2 },
        precision,
      );
      if (found) out.push({ from: found.from, to: found.to, below: loId, above: sId });
    }
    lo = s;
    loId = sId;
  }
  return out;
}
