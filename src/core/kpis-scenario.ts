import type { Decimal } from './money.js';

/** The three scenario columns, in display order. */
export const SCENARIOS = ['low', 'base', 'high'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

/**
 * An input given as `[low, base, high]` (or a single value, then all three are equal). Invariant:
 * low ≤ base ≤ high. "low" is the low input value, not the pessimistic outcome.
 */
export interface Scenario {
  low: Decimal;
  base: Decimal;
  high: Decimal;
}

/** A scenario with all three values equal. */
export function singleScenario(value: Decimal): Scenario {
  return { low: value, base: value, high: value };
}

/** One column of a scenario value (undefined stays undefined, so optional inputs stay optional). */
export function pickScenario(value: Scenario | undefined, which: ScenarioName): Decimal | undefined {
  return value?.[which];
}

/** Whether a scenario actually varies (low, base and high are not all equal). */
export function isVarying(value: Scenario): boolean {
  return !value.low.equals(value.base) || !value.base.equals(value.high);
}
