import { HUNDRED, type Decimal } from './money.js';

/**
 * Budget gates for CI (issue 7). `maxCost` bounds the horizon total (every month of the plan, Meta and
 * vendor fees); `maxMonthlyCost` bounds the dearest single month; `minRoiPct` needs the plan's ROI;
 * `maxIncrease` compares the horizon total with a baseline report, as an amount or a percentage.
 */
export interface Gates {
  maxCost?: Decimal;
  maxMonthlyCost?: Decimal;
  minRoiPct?: Decimal;
  maxIncrease?: { kind: 'amount'; value: Decimal } | { kind: 'pct'; value: Decimal };
}

export interface GateInput {
  /** Horizon total, plan currency, unrounded. */
  total: Decimal;
  /** Month totals, month 1 first. */
  monthly: readonly Decimal[];
  /** Total ROI in percent; null when it cannot be computed (no revenue). */
  roiPct: Decimal | null;
  /** The baseline's horizon total, when a baseline was given. */
  baseTotal: Decimal | null;
}

/** One failed gate: what was measured against which limit. Messages are written by the caller. */
export type GateFailure =
  | { gate: 'max-cost'; actual: Decimal; limit: Decimal }
  | { gate: 'max-monthly-cost'; actual: Decimal; limit: Decimal; month: number }
  | { gate: 'min-roi'; actual: Decimal; limit: Decimal }
  | {
      gate: 'max-increase';
      kind: 'amount' | 'pct';
      increase: Decimal;
      increasePct: Decimal | null;
      limit: Decimal;
    };

/**
 * Checks every gate set; returns the failures (empty when all pass). A value exactly at its limit
 * passes. A percentage increase from a zero baseline to anything above zero fails (it is unbounded).
 * Throws if a gate needs a value the input lacks (the caller validates first).
 */
export function checkGates(gates: Gates, input: GateInput): GateFailure[] {
  const failures: GateFailure[] = [];
  if (gates.maxCost && input.total.gt(gates.maxCost))
    failures.push({ gate: 'max-cost', actual: input.total, limit: gates.maxCost });
  if (gates.maxMonthlyCost) {
    let worst = -1;
    input.monthly.forEach((m, i) => {
      const w = input.monthly[worst];
      if (w === undefined || m.gt(w)) worst = i;
    });
    const actual = input.monthly[worst];
    if (actual !== undefined && actual.gt(gates.maxMonthlyCost))
      failures.push({ gate: 'max-monthly-cost', actual, limit: gates.maxMonthlyCost, month: worst + 1 });
  }
  if (gates.minRoiPct) {
    if (input.roiPct === null) throw new Error('min-roi gate without an ROI');
    if (input.roiPct.lt(gates.minRoiPct))
      failures.push({ gate: 'min-roi', actual: input.roiPct, limit: gates.minRoiPct });
  }
  if (gates.maxIncrease) {
    if (input.baseTotal === null) throw new Error('max-increase gate without a baseline');
    const increase = input.total.minus(input.baseTotal);
    const increasePct = input.baseTotal.isZero() ? null : increase.div(input.baseTotal).times(HUNDRED);
    const { kind, value: limit } = gates.maxIncrease;
    const over =
      kind === 'amount' ? increase.gt(limit) : increasePct === null ? increase.gt(0) : increasePct.gt(limit);
    if (over) failures.push({ gate: 'max-increase', kind, increase, increasePct, limit });
  }
  return failures;
}
