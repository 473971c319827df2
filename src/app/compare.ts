import { Decimal, ONE, ZERO, dec, sum } from '../core/money.js';
import type { MetaPricing } from '../core/price-meta.js';
import { CATEGORIES } from '../core/rate-card.js';
import { findBreakEvens, findCheapestChanges, findOrderChanges } from '../core/vendor-pricing-break-even.js';
import {
  priceVendor,
  type MonthUsage,
  type VendorInvoice,
  type VendorOptions,
} from '../core/vendor-pricing.js';
import type { VendorPlan } from '../core/vendor-pricing-plan.js';
import { InputError, ValidationError, type Problem } from '../errors.js';
import type { Io } from '../io/io.js';
import { loadVendorCatalog, loadVendorPlan, readVendorPlans } from '../io/load-vendor-plan.js';
import {
  COMPARE_VIEW_VERSION,
  type CompareBreakEven,
  type CompareLimit,
  type CompareRow,
  type CompareView,
} from '../render/vendor-compare-view.js';
import { pricePrepared } from './estimate.js';
import { loadPlan } from './load-plan.js';
import { preparePricing, type EstimateOptions, type PreparedPlan } from './prepare-pricing.js';

export interface CompareOptions extends EstimateOptions {
  /** `--vendors FILE|DIR`: vendor plans to compare instead of the whole catalog. */
  vendors?: string;
  /** `--vendor ID` (repeatable): catalog plans to compare; combined with `vendors` when both are given. */
  vendorIds?: string[];
  /** Override the plan's `vendor.seats` / `vendor.billing`. */
  seats?: Decimal;
  billing?: 'monthly' | 'annual';
}

/** Break-even search: 1% to 100× the plan's volume, 200 geometric grid points, then bisection to 1 message. */
export const BREAK_EVEN_SEARCH = { min: dec('0.01'), max: dec(100), samples: 200, pairs: 3 } as const;

/**
 * `compare`: the plan priced once by Meta's engine, then under every vendor plan; rows ranked by
 * horizon total (fully priced plans first), the difference to the cheapest, and the volume scales
 * where the cheapest and each of the next fully priced plans change order (docs/vendors.md).
 */
export async function runCompare(planPath: string, opts: CompareOptions, io: Io): Promise<CompareView> {
  const prepared = await preparePricing(await loadPlan(planPath, io), opts, io);
  const { plan } = prepared.loaded;
  const vendorOpts: VendorOptions = {
    seats: opts.seats ?? plan.vendor?.seats ?? ONE,
    phoneNumbers: prepared.input.phoneNumbers,
    billing: opts.billing ?? plan.vendor?.billing ?? 'monthly',
    date: prepared.date,
  };
  const { plans, excluded } = await selectVendors(opts, prepared, vendorOpts.billing, io);
  const metaCache = new Map<string, MetaPricing>();
  const pricingAt = (s: Decimal): MetaPricing => {
    const key = s.toString();
    let pricing = metaCache.get(key);
    if (!pricing) metaCache.set(key, (pricing = pricePrepared(prepared, s)));
    return pricing;
  };
  const metaAt = (s: Decimal): MonthUsage[] => pricingAt(s).usage;
  const base = metaAt(ONE);
  // Meta lines with no rate (--allow-missing-rates) are missing from every total: all are lower bounds.
  // The missing fees are the same under every pass-through vendor, so those stay ranked; a vendor whose
  // own charges depend on Meta's fees (markup, wallet fee, credits, tax on Meta) cannot be priced.
  const metaSkipped = pricingAt(ONE).skipped;
  const metaUnpriced = metaSkipped.map((x) => ({
    name: x.name,
    campaign: x.campaign,
    billable: x.billable.toString(),
    reason: x.reason,
  }));
  const priced = plans.map((p) => {
    const invoice = priceVendor(p, base, vendorOpts);
    if (metaSkipped.length === 0 || !dependsOnMetaFees(p)) return { plan: p, invoice };
    const unpriced = {
      component: 'unpublished' as const,
      name: "Charges on Meta's fees",
      month: null,
      quantity: null,
      reason: `${metaSkipped.length} Meta line${metaSkipped.length === 1 ? ' is' : 's are'} not priced (--allow-missing-rates) and this vendor's charges depend on Meta's fees`,
    };
    return { plan: p, invoice: { ...invoice, unpriced: [...invoice.unpriced, unpriced] } };
  });
  const rows = rank(priced.map(({ plan: p, invoice }) => toRow(p, invoice, metaSkipped.length > 0)));

  const baseMessages = base[0] ? sum(CATEGORIES.map((c) => base[0]!.outbound[c])) : ZERO;
  const complete = rows.filter((r) => r.rank !== null);
  const byId = new Map(plans.map((p) => [p.id, p]));
  const precision = baseMessages.gt(0) ? ONE.div(baseMessages) : ONE;
  let skipped: string | null = null;
  const breakEvens: CompareBreakEven[] = [];
  const limits: CompareLimit[] = [];
  if (baseMessages.isZero()) skipped = 'the plan sends no business messages to scale';
  else if (complete.length < 2) skipped = 'fewer than two vendor plans can be fully priced';
  else {
    const invoices = new Map<string, VendorInvoice>();
    const invoiceAt = (p: VendorPlan, s: Decimal): VendorInvoice => {
      const key = `${p.id}\u0000${s.toString()}`;
      let inv = invoices.get(key);
      if (!inv) invoices.set(key, (inv = priceVendor(p, metaAt(s), vendorOpts)));
      return inv;
    };
    // A plan is comparable only where its invoice is fully priced: past an allowance whose overage
    // price is unpublished its total is a lower bound, and no break-even is claimed there.
    const cost =
      (p: VendorPlan) =>
      (s: Decimal): Decimal | null => {
        const inv = invoiceAt(p, s);
        return inv.unpriced.length === 0 ? inv.total : null;
      };
    for (const r of complete) {
      const p = byId.get(r.id)!;
      const priced = (s: Decimal) => invoiceAt(p, s).unpriced.length === 0;
      for (const c of findOrderChanges(priced, BREAK_EVEN_SEARCH, precision)) {
        const first = invoiceAt(p, c.above ? c.from : c.to).unpriced[0];
        limits.push({
          id: r.id,
          priced_above: c.above,
          ...volumeAt(c.to, baseMessages),
          reason: first ? `${first.name}: ${first.reason}` : '',
        });
      }
    }
    const costs = new Map(complete.map((r) => [r.id, cost(byId.get(r.id)!)]));
    for (const c of findCheapestChanges(costs, BREAK_EVEN_SEARCH, precision)) {
      breakEvens.push({
        kind: 'cheapest',
        a: c.below,
        b: c.above,
        ...volumeAt(c.to, baseMessages),
        cheaper_below: c.below,
        cheaper_above: c.above,
      });
    }
    const a = complete[0]!;
    for (const b of complete.slice(1, 1 + BREAK_EVEN_SEARCH.pairs)) {
      const found = findBreakEvens(
        cost(byId.get(a.id)!),
        cost(byId.get(b.id)!),
        BREAK_EVEN_SEARCH,
        precision,
      );
      const who = (x: 'a' | 'b' | 'tie') => (x === 'a' ? a.id : x === 'b' ? b.id : 'tie');
      for (const f of found)
        breakEvens.push({
          kind: 'pair',
          a: a.id,
          b: b.id,
          ...volumeAt(f.to, baseMessages),
          cheaper_below: who(f.cheaperBelow),
          cheaper_above: who(f.cheaperAbove),
        });
    }
  }
  return {
    version: COMPARE_VIEW_VERSION,
    plan: {
      name: plan.name,
      file: prepared.loaded.file,
      as_of: prepared.date,
      currency: prepared.currency,
      months: prepared.months,
      seats: vendorOpts.seats.toString(),
      billing: vendorOpts.billing,
      phone_numbers: vendorOpts.phoneNumbers.toString(),
    },
    meta_at_cost: sum(base.flatMap((m) => CATEGORIES.map((c) => m.metaFees[c]))).toString(),
    meta_unpriced: metaUnpriced,
    rows,
    excluded,
    break_evens: breakEvens,
    limits,
    search: {
      scale_min: BREAK_EVEN_SEARCH.min.toString(),
      scale_max: BREAK_EVEN_SEARCH.max.toString(),
      samples: BREAK_EVEN_SEARCH.samples,
      precision_scale: precision.toString(),
      base_monthly_messages: baseMessages.toString(),
      skipped,
    },
    warnings: prepared.warnings.map((w) => w.message),
  };
}

/**
 * A break-even as reported. The search puts it on the lattice of whole month-1 messages (precision =
 * 1 ÷ base messages): the first whole volume past the change. `scale × base` is that whole number up to
 * Decimal rounding (about 1e-19), hence rounded to the nearest integer, never up; the scale to 6 digits.
 */
function volumeAt(scale: Decimal, baseMessages: Decimal): { scale: string; monthly_messages: string } {
  return {
    scale: scale.toSignificantDigits(6, Decimal.ROUND_UP).toString(),
    monthly_messages: scale.times(baseMessages).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toString(),
  };
}

/** The vendor plans to compare; plans that cannot apply to this plan at all are excluded with a reason. */
async function selectVendors(
  opts: CompareOptions,
  prepared: PreparedPlan,
  billing: VendorOptions['billing'],
  io: Io,
): Promise<{ plans: VendorPlan[]; excluded: { id: string; reason: string }[] }> {
  const problems: Problem[] = [];
  const named: VendorPlan[] = [];
  for (const id of opts.vendorIds ?? []) {
    try {
      named.push(
        await loadVendorPlan(id, {
          io,
          currency: prepared.currency,
          billing,
          from: { file: '--vendor', path: id },
        }),
      );
    } catch (err) {
      if (!(err instanceof InputError || err instanceof ValidationError)) throw err;
      problems.push(...err.problems);
    }
  }
  if (problems.length > 0) throw new InputError('E_VENDOR_SELECTION', problems);
  const listed = opts.vendors
    ? await readVendorPlans(opts.vendors, io)
    : named.length > 0
      ? []
      : await loadVendorCatalog(io);
  const excluded: { id: string; reason: string }[] = [];
  const plans = [...named];
  for (const p of listed) {
    if (plans.some((q) => q.id === p.id)) continue;
    const s = p.subscription;
    if (p.currency !== prepared.currency)
      excluded.push({
        id: p.id,
        reason: `priced in ${p.currency}, the plan is in ${prepared.currency} (no currency conversion)`,
      });
    else if (
      billing === 'annual' &&
      s &&
      s.monthlyFee !== null &&
      !s.annualFee &&
      !s.annualMonthlyFee &&
      p.annualDiscountPct.isZero()
    )
      excluded.push({ id: p.id, reason: 'no annual price or annual discount published' });
    else plans.push(p);
  }
  if (plans.length === 0)
    throw new InputError('E_VENDOR_NONE', [
      {
        message: `no vendor plan in ${prepared.currency} to compare${excluded.length ? ` (${excluded.length} excluded: ${groupedReasons(excluded)})` : ''}`,
        hint: 'give vendor plans in the plan currency with --vendors FILE|DIR, or change the plan currency',
      },
    ]);
  return { plans, excluded };
}

/** "priced in USD, the plan is in INR (no currency conversion): chative, gupshup, …; …", one group per reason. */
function groupedReasons(excluded: readonly { id: string; reason: string }[]): string {
  const byReason = new Map<string, string[]>();
  for (const e of excluded) byReason.set(e.reason, [...(byReason.get(e.reason) ?? []), e.id]);
  return [...byReason].map(([reason, ids]) => `${reason}: ${ids.join(', ')}`).join('; ');
}

/** Whether a vendor's own charges are computed from Meta's fees (so unpriced Meta lines leave them unknown). */
function dependsOnMetaFees(p: VendorPlan): boolean {
  return p.metaFees !== 'pass_through' || p.wallet !== null || (p.taxMeta && p.taxPct.gt(0));
}

function toRow(plan: VendorPlan, inv: VendorInvoice, metaMissing: boolean): CompareRow {
  const fees: Record<string, Decimal> = {};
  for (const l of inv.lines)
    if (l.component !== 'tax') fees[l.component] = (fees[l.component] ?? ZERO).plus(l.amount);
  const tax = sum(inv.lines.filter((l) => l.component === 'tax').map((l) => l.amount));
  const unpriced = new Map<string, { name: string; reason: string; months: number[] }>();
  for (const u of inv.unpriced) {
    const key = `${u.name}\u0000${u.reason}`;
    const entry = unpriced.get(key) ?? { name: u.name, reason: u.reason, months: [] };
    if (u.month !== null) entry.months.push(u.month);
    unpriced.set(key, entry);
  }
  const first = inv.monthly[0]?.total ?? ZERO;
  return {
    rank: null,
    id: plan.id,
    vendor: plan.vendor,
    name: plan.name,
    complete: inv.unpriced.length === 0,
    lower_bound: inv.unpriced.length > 0 || metaMissing,
    meta_fees: plan.metaFees,
    meta: sum(inv.monthly.map((m) => m.metaAdjusted)).toString(),
    vendor_fees: Object.fromEntries(Object.entries(fees).map(([k, v]) => [k, v.toString()])),
    vendor_total: sum(Object.values(fees)).toString(),
    tax: tax.toString(),
    one_time: inv.oneTime.toString(),
    first_month: first.plus(inv.oneTime).toString(),
    steady_month: (inv.monthly.at(-1)?.total ?? ZERO).toString(),
    total: inv.total.toString(),
    difference: null,
    unpriced: [...unpriced.values()],
    source: {
      url: plan.source.url,
      reference: plan.source.reference,
      read_on: plan.source.readOn,
      trust: plan.source.trust,
    },
  };
}

/** Fully priced rows by total (ties by id), ranked 1..n with the difference to the cheapest; incomplete rows after, unranked. */
function rank(rows: CompareRow[]): CompareRow[] {
  const byTotal = (a: CompareRow, b: CompareRow) =>
    new Decimal(a.total).cmp(b.total) || a.id.localeCompare(b.id);
  const complete = rows.filter((r) => r.complete).sort(byTotal);
  const cheapest = complete[0] ? new Decimal(complete[0].total) : null;
  complete.forEach((r, i) => {
    r.rank = i + 1;
    r.difference = new Decimal(r.total).minus(cheapest!).toString();
  });
  return [...complete, ...rows.filter((r) => !r.complete).sort(byTotal)];
}
