import { Decimal, ONE, ZERO, pct, sum } from './money.js';
import { CATEGORIES, type Category } from './rate-card.js';
import type { MonthUsage } from './usage.js';
import { priceCredits } from './vendor-pricing-credits.js';
import type { VendorPlan, VendorQuota } from './vendor-pricing-plan.js';

export type { MonthUsage } from './usage.js';

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
    for (const c of CATEGORIES) {
      const p = plan.markupPct[c];
      if (plan.metaFees === 'markup' && p && !u.metaFees[c].isZero()) {
        add({
          component: 'markup',
          detail: c,
          name: `Markup on Meta fees (${c}, ${p.toString()}%)`,
          quantity: u.metaFees[c],
          unitPrice: pct(p),
          amount: u.metaFees[c].times(pct(p)),
          month: m,
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

type AddLine = (line: Omit<VendorLine, 'id'> & { detail?: string }) => void;

/** Monthly price of the base subscription under the chosen billing. */
export function subscriptionFee(plan: VendorPlan, billing: VendorOptions['billing']): Decimal | null {
  const s = plan.subscription;
  if (!s) return null;
  if (billing === 'monthly') return s.monthlyFee;
  if (s.annualFee) return s.annualFee.div(12);
  if (s.annualMonthlyFee) return s.annualMonthlyFee;
  if (s.monthlyFee && plan.annualDiscountPct.gt(0))
    return s.monthlyFee.times(ONE.minus(pct(plan.annualDiscountPct)));
  if (s.monthlyFee === null) return null;
  throw new RangeError(`vendor plan ${plan.id} has no annual price`);
}

/** An add-on's monthly price: discounted on annual billing only when the plan says so. */
function addOnPrice(plan: VendorPlan, opts: VendorOptions, fee: Decimal): Decimal {
  return opts.billing === 'annual' && plan.annualDiscountAddOns
    ? fee.times(ONE.minus(pct(plan.annualDiscountPct)))
    : fee;
}

function priceSubscription(
  plan: VendorPlan,
  u: MonthUsage,
  opts: VendorOptions,
  add: AddLine,
  unpriced: UnpricedCharge[],
): void {
  const s = plan.subscription;
  if (!s) return;
  const m = u.month;
  const fee = subscriptionFee(plan, opts.billing);
  const label = `Subscription (${plan.name}${opts.billing === 'annual' ? ', annual' : ''})`;
  if (fee === null)
    unpriced.push({
      component: 'subscription',
      name: label,
      month: m,
      quantity: ONE,
      reason: `the ${opts.billing} fee is not published`,
    });
  else
    add({
      component: 'subscription',
      name: label,
      quantity: ONE,
      unitPrice: fee,
      amount: fee,
      month: m,
      ...(opts.billing === 'annual' && s.annualFee
        ? { note: `billed yearly: ${s.annualFee.toString()}` }
        : {}),
    });

  if (s.includedSeats === null) {
    if (opts.seats.gt(1))
      unpriced.push({
        component: 'seats',
        name: 'Seats',
        month: m,
        quantity: opts.seats,
        reason: 'the number of included seats is not published',
      });
  } else {
    const extra = Decimal.max(ZERO, opts.seats.minus(s.includedSeats));
    if (extra.gt(0) && s.extraSeatFee === null)
      unpriced.push({
        component: 'seats',
        name: 'Extra seats',
        month: m,
        quantity: extra,
        reason: 'the fee per extra seat is not published',
      });
    else if (extra.gt(0) && s.extraSeatFee) {
      const fee = addOnPrice(plan, opts, s.extraSeatFee);
      add({
        component: 'seats',
        name: `Extra seats (${extra.toString()} × ${fee.toString()})`,
        quantity: extra,
        unitPrice: fee,
        amount: extra.times(fee),
        month: m,
      });
    }
  }
  if (s.quota) priceOverage(s.quota, u, add, unpriced);
}

/** Quota use of one month in the quota's unit. */
export function quotaUse(q: VendorQuota, u: MonthUsage): Decimal {
  switch (q.unit) {
    case 'messages':
      return sum(q.counts.map((k) => (k === 'inbound' ? u.inbound : u.outbound[k])));
    case 'conversations':
      return u.conversations;
    case 'active_contacts':
      return u.activeContacts;
    default:
      return q.unit satisfies never;
  }
}

function priceOverage(q: VendorQuota, u: MonthUsage, add: AddLine, unpriced: UnpricedCharge[]): void {
  const excess = Decimal.max(ZERO, quotaUse(q, u).minus(q.included));
  if (excess.isZero()) return;
  const unit = q.unit.replace('_', ' ');
  if (!q.overage) {
    unpriced.push({
      component: 'overage',
      name: `Overage (${unit})`,
      month: u.month,
      quantity: excess,
      reason: `${excess.toString()} ${unit} beyond the ${q.included.toString()} included; the overage price is not published`,
    });
    return;
  }
  const packs = excess.div(q.overage.packSize).ceil();
  const name = q.overage.packSize.eq(ONE)
    ? `Overage (${packs.toString()} ${unit})`
    : `Overage (${packs.toString()} packs of ${q.overage.packSize.toString()} ${unit})`;
  add({
    component: 'overage',
    name,
    quantity: packs,
    unitPrice: q.overage.packPrice,
    amount: packs.times(q.overage.packPrice),
    month: u.month,
    note: `${excess.toString()} beyond the ${q.included.toString()} included`,
  });
}

function pricePerMessage(plan: VendorPlan, u: MonthUsage, add: AddLine, unpriced: UnpricedCharge[]): void {
  const p = plan.perMessage;
  if (!p) return;
  const byRate = new Map<string, { rate: Decimal; count: Decimal; cats: Category[] }>();
  for (const c of CATEGORIES) {
    const rate = p.outboundByCategory[c] ?? p.outbound;
    const key = rate.toString();
    const g = byRate.get(key) ?? { rate, count: ZERO, cats: [] };
    g.count = g.count.plus(u.outbound[c]);
    g.cats.push(c);
    byRate.set(key, g);
  }
  const groups = [...byRate.values()];
  for (const g of groups) {
    const detail = groups.length === 1 ? undefined : g.cats.join('+');
    add({
      component: 'per_message',
      detail: detail ?? 'outbound',
      name: detail ? `Outbound messages (${detail})` : 'Outbound messages',
      quantity: g.count,
      unitPrice: g.rate,
      amount: g.count.times(g.rate),
      month: u.month,
    });
  }
  if (p.inbound === null) {
    if (u.inbound.gt(0))
      unpriced.push({
        component: 'per_message',
        name: 'Inbound messages',
        month: u.month,
        quantity: u.inbound,
        reason: 'whether inbound messages are charged is not published',
      });
  } else
    add({
      component: 'per_message',
      detail: 'inbound',
      name: 'Inbound messages',
      quantity: u.inbound,
      unitPrice: p.inbound,
      amount: u.inbound.times(p.inbound),
      month: u.month,
    });
}
