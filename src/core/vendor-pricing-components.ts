import { Decimal, ONE, ZERO, pct, sum } from './money.js';
import { CATEGORIES, type Category } from './rate-card.js';
import type { MonthUsage } from './usage.js';
import type { UnpricedCharge, VendorLine, VendorOptions } from './vendor-pricing.js';
import type { VendorPlan, VendorQuota } from './vendor-pricing-plan.js';

// The recurring components of a vendor invoice: subscription, seats, allowance overage, per-message fees.

export type AddLine = (line: Omit<VendorLine, 'id'> & { detail?: string }) => void;

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
export function addOnPrice(plan: VendorPlan, opts: VendorOptions, fee: Decimal): Decimal {
  return opts.billing === 'annual' && plan.annualDiscountAddOns
    ? fee.times(ONE.minus(pct(plan.annualDiscountPct)))
    : fee;
}

export function priceSubscription(
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
      reason: `more ${unit} than the ${q.included.toString()} included; the overage price is not published`,
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

export function pricePerMessage(
  plan: VendorPlan,
  u: MonthUsage,
  add: AddLine,
  unpriced: UnpricedCharge[],
): void {
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
      basis: { kind: 'outbound', categories: g.cats },
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
      basis: { kind: 'inbound' },
    });
}
