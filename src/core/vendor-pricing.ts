import { Decimal, ONE, ZERO, pct, sum } from './money.js';
import { CATEGORIES, type Category } from './rate-card.js';
import type { MonthUsage } from './usage.js';
import { priceCredits } from './vendor-pricing-credits.js';
import { addOnPrice, pricePerMessage, priceSubscription } from './vendor-pricing-components.js';
import type { VendorPlan } from './vendor-pricing-plan.js';

export type { MonthUsage } from './usage.js';
export { quotaUse, subscriptionFee } from './vendor-pricing-components.js';

/** One line of a vendor's invoice. `month` null = one-time. Amounts unrounded, in the plan currency. */
export interface VendorLine {
  /** Stable key `<plan id>:<component>[:<detail>]:<month|once>`. */
  id: string;
  component: VendorComponent;
  /** `Subscription (Growth)`, `Extra seats (3 × 25)`, `Overage (5 packs of 1000)`, `Tax (19%)`. */
  name: string;
  quantity: Decimal;
  unitPrice: Decimal | null;
  amount: Decimal;
  month: number | null;
  note?: string;
  /**
   * What a usage-driven line is charged on, so that KPIs charge it to the campaigns that caused it:
   * outbound messages of some categories, Meta's fees of one category (a markup), or inbound messages.
   * Absent: shared by delivered messages (or not usage-driven).
   */
  basis?:
    | { kind: 'outbound'; categories: Category[] }
    | { kind: 'meta_fees'; category: Category }
    | { kind: 'inbound' };
}

export type VendorComponent =
  | 'subscription'
  | 'seats'
  | 'overage'
  | 'per_message'
  | 'markup'
  | 'per_number'
  | 'credits'
  | 'top_up_fee'
  | 'wallet_fee'
  | 'setup_fee'
  | 'tax';

/** A charge the plan implies but whose price is not published: never priced as zero. */
export interface UnpricedCharge {
  component: VendorComponent | 'unpublished';
  name: string;
  month: number | null;
  quantity: Decimal | null;
  reason: string;
}

export interface VendorMonth {
  month: number;
  /** Vendor charges of the month, before tax. */
  vendor: Decimal;
  /** Meta's fees billed at cost through this vendor (pass-through or marked-up basis); 0 when included. */
  metaAdjusted: Decimal;
  tax: Decimal;
  total: Decimal;
}

export interface VendorInvoice {
  lines: VendorLine[];
  monthly: VendorMonth[];
  /** One-time charges (setup fee and its tax). */
  oneTime: Decimal;
  /** Invariant: total = Σ lines.amount + Σ monthly.metaAdjusted = Σ monthly.total + oneTime. */
  total: Decimal;
  /** Charges that could not be priced; empty when the invoice is complete. */
  unpriced: UnpricedCharge[];
}

export interface VendorOptions {
  seats: Decimal;
  phoneNumbers: Decimal;
  billing: 'monthly' | 'annual';
  /** The priced date (`as_of`): components with a start date (`markupFrom`) apply from it. */
  date?: string;
}

/**
 * The vendor's whole invoice for a usage series: one line per component and month, tax lines, and
 * Meta's fees as billed through the vendor. Pure, exact, unrounded; amounts in the plan currency
 * (the caller checks that the vendor plan's currency is the plan's: see `loadVendorPlan`).
 * The markup on Meta's fees is a vendor line; `metaAdjusted` holds Meta's fees at cost.
 * Quotas reset every month (no roll-over of unused allowance); a started overage pack is charged in full.
 * Throws RangeError when `billing: 'annual'` is asked of a plan with no annual price (a caller bug:
 * `loadVendorPlan` rejects it first).
 */
export function priceVendor(
  plan: VendorPlan,
  usage: readonly MonthUsage[],
  opts: VendorOptions,
): VendorInvoice {
  const lines: VendorLine[] = [];
  const unpriced: UnpricedCharge[] = [];
  const add = (line: Omit<VendorLine, 'id'> & { detail?: string }): void => {
    const { detail, ...rest } = line;
    if (rest.amount.isZero() && rest.component !== 'subscription') return;
    lines.push({
      id: [plan.id, rest.component, detail, rest.month ?? 'once'].filter((p) => p !== undefined).join(':'),
      ...rest,
    });
  };
  for (const u of plan.unpublished)
    unpriced.push({
      component: 'unpublished',
      name: u,
      month: null,
      quantity: null,
      reason: 'price not published (see the plan notes)',
    });

  const credits = plan.credits ? priceCredits(plan, plan.credits, usage) : null;
  const monthly: VendorMonth[] = [];
  for (const [i, u] of usage.entries()) {
    const m = u.month;
    const start = lines.length;
    priceSubscription(plan, u, opts, add, unpriced);
    pricePerMessage(plan, u, add, unpriced);
    const metaAtCost = plan.metaFees === 'included' ? ZERO : sum(CATEGORIES.map((c) => u.metaFees[c]));
    const markupStarted = !plan.markupFrom || !opts.date || opts.date >= plan.markupFrom;
    for (const c of CATEGORIES) {
      const p = plan.markupPct[c];
      if (plan.metaFees === 'markup' && markupStarted && p && !u.metaFees[c].isZero()) {
        add({
          component: 'markup',
          detail: c,
          name: `Markup on Meta fees (${c}, ${p.toString()}%)`,
          quantity: u.metaFees[c],
          unitPrice: pct(p),
          amount: u.metaFees[c].times(pct(p)),
          month: m,
          basis: { kind: 'meta_fees', category: c },
        });
      }
    }
    if (plan.perNumber) {
      const n = plan.perNumber;
      const billable = Decimal.max(ZERO, opts.phoneNumbers.minus(n.includedNumbers));
      const units = billable.div(n.groupSize).ceil();
      const fee = addOnPrice(plan, opts, n.monthlyFee);
      const what = n.groupSize.eq(ONE)
        ? `${units.toString()} × ${fee.toString()}`
        : `${units.toString()} groups of ${n.groupSize.toString()} × ${fee.toString()}`;
      add({
        component: 'per_number',
        name: `Phone numbers (${what})`,
        quantity: units,
        unitPrice: fee,
        amount: units.times(fee),
        month: m,
        ...(n.includedNumbers.gt(0) ? { note: `${n.includedNumbers.toString()} included` } : {}),
      });
    }
    if (credits) {
      const c = credits[i]!;
      add({
        component: 'credits',
        name: `Credits (${c.bought.toString()} × ${plan.credits!.pricePerCredit.toString()})`,
        quantity: c.bought,
        unitPrice: plan.credits!.pricePerCredit,
        amount: c.cost,
        month: m,
        ...(c.expired.gt(0) ? { note: `${c.expired.toString()} credits expire unused` } : {}),
      });
      add({
        component: 'top_up_fee',
        name: `Top-up fee (${plan.credits!.topUpFeePct.toString()}%)`,
        quantity: c.cost,
        unitPrice: pct(plan.credits!.topUpFeePct),
        amount: c.cost.times(pct(plan.credits!.topUpFeePct)),
        month: m,
      });
      if (c.unpriced)
        unpriced.push({
          component: 'credits',
          name: 'Credits consumed',
          month: m,
          quantity: null,
          reason: c.unpriced,
        });
    }
    if (plan.wallet && !metaAtCost.isZero()) {
      const w = plan.wallet.topUpFeePct;
      add({
        component: 'wallet_fee',
        name: `Wallet top-up fee (${w.toString()}%)`,
        quantity: metaAtCost,
        unitPrice: pct(w),
        amount: metaAtCost.times(pct(w)),
        month: m,
      });
    }
    const vendor = sum(lines.slice(start).map((l) => l.amount));
    const taxBase = plan.taxMeta ? vendor.plus(metaAtCost) : vendor;
    const tax = taxBase.times(pct(plan.taxPct));
    add({
      component: 'tax',
      name: `Tax (${plan.taxPct.toString()}%)`,
      quantity: taxBase,
      unitPrice: pct(plan.taxPct),
      amount: tax,
      month: m,
      ...(plan.taxMeta ? { note: "includes Meta's fees" } : {}),
    });
    monthly.push({
      month: m,
      vendor,
      metaAdjusted: metaAtCost,
      tax,
      total: vendor.plus(metaAtCost).plus(tax),
    });
  }

  let oneTime = ZERO;
  if (plan.setupFee.gt(0)) {
    const tax = plan.setupFee.times(pct(plan.taxPct));
    add({
      component: 'setup_fee',
      name: 'Setup fee',
      quantity: ONE,
      unitPrice: plan.setupFee,
      amount: plan.setupFee,
      month: null,
    });
    add({
      component: 'tax',
      detail: 'setup',
      name: `Tax on setup fee (${plan.taxPct.toString()}%)`,
      quantity: plan.setupFee,
      unitPrice: pct(plan.taxPct),
      amount: tax,
      month: null,
    });
    oneTime = plan.setupFee.plus(tax);
  }
  return { lines, monthly, oneTime, total: sum(monthly.map((m) => m.total)).plus(oneTime), unpriced };
}
