import { Decimal, ZERO, sum } from './money.js';
import { CATEGORIES } from './rate-card.js';
import type { MonthUsage } from './usage.js';
import type { VendorCredits, VendorPlan } from './vendor-pricing-plan.js';

/** Credits bought and used in one month. */
export interface CreditMonth {
  month: number;
  /** Credits the traffic of the month consumes (may be fractional). */
  used: Decimal;
  /** Whole credits bought this month. */
  bought: Decimal;
  /** bought × price per credit, before the top-up fee. */
  cost: Decimal;
  /** Credits left unused at the end of the month that expire (no roll-over). */
  expired: Decimal;
  /** Set when consumption cannot be computed: the plan does not say what a credit buys. */
  unpriced?: string;
}

/**
 * Month-by-month credit purchases. Each month the customer tops up just enough whole credits to
 * cover the month's use, but at least the minimum top-up; without roll-over, credits left at the end
 * of a month expire. Consumption: credits per message by kind, plus Meta's fees ÷ money per credit when
 * Meta's fees are included (paid from credits). Total bought never falls when usage rises.
 */
export function priceCredits(
  plan: VendorPlan,
  credits: VendorCredits,
  usage: readonly MonthUsage[],
): CreditMonth[] {
  const minCredits = credits.minTopUp.div(credits.pricePerCredit).ceil();
  const knows = Object.keys(credits.perMessage).length > 0 || credits.moneyPerCredit !== null;
  let balance = ZERO;
  return usage.map((u) => {
    if (!knows)
      return {
        month: u.month,
        used: ZERO,
        bought: ZERO,
        cost: ZERO,
        expired: ZERO,
        unpriced: 'the plan does not publish what a credit buys (credits per message or money per credit)',
      };
    const used = creditsUsed(plan, credits, u);
    const shortfall = used.minus(balance);
    const bought = shortfall.gt(0) ? Decimal.max(shortfall.ceil(), minCredits) : ZERO;
    balance = balance.plus(bought).minus(used);
    let expired = ZERO;
    if (!credits.rollover) {
      expired = balance;
      balance = ZERO;
    }
    return { month: u.month, used, bought, cost: bought.times(credits.pricePerCredit), expired };
  });
}

function creditsUsed(plan: VendorPlan, credits: VendorCredits, u: MonthUsage): Decimal {
  let used = sum(CATEGORIES.map((c) => u.outbound[c].times(credits.perMessage[c] ?? ZERO)));
  used = used.plus(u.inbound.times(credits.perMessage.inbound ?? ZERO));
  if (plan.metaFees === 'included' && credits.moneyPerCredit) {
    used = used.plus(sum(CATEGORIES.map((c) => u.metaFees[c])).div(credits.moneyPerCredit));
  }
  return used;
}
