import { resolve } from 'node:path';
import { Decimal } from '../core/money.js';
import type { VendorPlan } from '../core/vendor-pricing-plan.js';
import type { Io } from '../io/io.js';
import {
  displayPath,
  loadVendorCatalog,
  loadVendorPlan,
  readVendorPlans,
  vendorCatalogDir,
} from '../io/load-vendor-plan.js';
import {
  VENDOR_VIEW_VERSION,
  type VendorDetailView,
  type VendorListView,
  type VendorSummaryView,
} from '../render/vendor-view.js';

/** `vendors list`: the catalog (or `--vendors FILE|DIR`) as summary rows, sorted by id. */
export async function listVendors(io: Io, from?: string): Promise<VendorListView> {
  const plans = from ? await readVendorPlans(from, io) : await loadVendorCatalog(io);
  return {
    version: VENDOR_VIEW_VERSION,
    catalog: displayPath(from ? resolve(io.cwd, from) : vendorCatalogDir(io), io.cwd),
    plans: plans.map((p) => summarizeVendor(p, io.cwd)),
  };
}

/** `vendors show <id|file>`: one plan in full. */
export async function showVendor(ref: string, io: Io): Promise<VendorDetailView> {
  const plan = await loadVendorPlan(ref, { io });
  return {
    version: VENDOR_VIEW_VERSION,
    plan: { ...summarizeVendor(plan, io.cwd), notes: [...plan.notes], terms: vendorTerms(plan) },
  };
}

const s = (d: Decimal) => d.toString();

/** The plan's summary row: which components it charges and a one-line description of each. */
export function summarizeVendor(plan: VendorPlan, cwd: string): VendorSummaryView {
  const pricing: string[] = [];
  const components: string[] = [];
  const add = (component: string, text: string) => {
    components.push(component);
    pricing.push(`${component}: ${text}`);
  };
  const sub = plan.subscription;
  if (sub) {
    const parts = [
      sub.monthlyFee ? `${s(sub.monthlyFee)}/month` : 'monthly fee not published',
      sub.annualFee ? `${s(sub.annualFee)}/year on annual billing` : null,
      sub.annualMonthlyFee ? `${s(sub.annualMonthlyFee)}/month on annual billing` : null,
      sub.includedSeats ? `${s(sub.includedSeats)} seat${sub.includedSeats.eq(1) ? '' : 's'} included` : null,
      sub.extraSeatFee ? `extra seat ${s(sub.extraSeatFee)}/month` : null,
      sub.quota ? `${s(sub.quota.included)} ${sub.quota.unit.replace('_', ' ')} included` : null,
      sub.quota?.overage
        ? `overage ${s(sub.quota.overage.packPrice)} ${sub.quota.overage.packSize.eq(1) ? 'each' : `per ${s(sub.quota.overage.packSize)}`}`
        : sub.quota
          ? 'overage price not published'
          : null,
    ];
    add('subscription', parts.filter((p) => p !== null).join('; '));
  }
  if (plan.perMessage) {
    const p = plan.perMessage;
    const cats = Object.entries(p.outboundByCategory).map(([c, v]) => `${c} ${s(v)}`);
    add(
      'per_message',
      [
        `outbound ${s(p.outbound)}`,
        ...cats,
        p.inbound ? `inbound ${s(p.inbound)}` : 'inbound not published',
      ].join('; '),
    );
  }
  const markups = Object.entries(plan.markupPct).map(([c, v]) => `${c} +${s(v)}%`);
  if (markups.length > 0) add('markup_pct', `on Meta's fees: ${markups.join('; ')}`);
  if (plan.perNumber) {
    const n = plan.perNumber;
    const per = n.groupSize.eq(1) ? 'per number' : `per group of ${s(n.groupSize)} numbers`;
    add(
      'per_number',
      `${s(n.monthlyFee)}/month ${per}${n.includedNumbers.gt(0) ? `; ${s(n.includedNumbers)} included` : ''}`,
    );
  }
  if (plan.credits) {
    const c = plan.credits;
    const buys = c.moneyPerCredit
      ? `buys ${s(c.moneyPerCredit)} of Meta fees`
      : Object.keys(c.perMessage).length > 0
        ? Object.entries(c.perMessage)
            .map(([k, v]) => `${k} ${s(v)} credits`)
            .join('; ')
        : 'what a credit buys is not published';
    add(
      'credits',
      [
        `${s(c.pricePerCredit)} per credit`,
        buys,
        c.minTopUp.gt(0) ? `minimum top-up ${s(c.minTopUp)}` : null,
        c.topUpFeePct.gt(0) ? `top-up fee ${s(c.topUpFeePct)}%` : null,
        c.rollover ? null : 'unused credits expire monthly',
      ]
        .filter((x) => x !== null)
        .join('; '),
    );
  }
  if (plan.wallet)
    add(
      'wallet',
      `top-up fee ${s(plan.wallet.topUpFeePct)}%${plan.wallet.minTopUp ? `; top-ups ${s(plan.wallet.minTopUp)}–${plan.wallet.maxTopUp ? s(plan.wallet.maxTopUp) : '…'}` : ''}`,
    );
  if (plan.setupFee.gt(0)) add('setup_fee', `${s(plan.setupFee)} once`);
  if (plan.annualDiscountPct.gt(0))
    add(
      'annual_discount_pct',
      `${s(plan.annualDiscountPct)}%${plan.annualDiscountAddOns ? ', add-ons included' : ', base plan only'}`,
    );
  if (plan.taxPct.gt(0))
    add('tax_pct', `${s(plan.taxPct)}%${plan.taxMeta ? " (Meta's fees taxed too)" : ''}`);
  const src = plan.source;
  return {
    id: plan.id,
    vendor: plan.vendor,
    name: plan.name,
    currency: plan.currency,
    meta_fees: plan.metaFees,
    components,
    pricing,
    source: {
      url: src.url,
      reference: src.reference,
      read_on: src.readOn,
      captured_on: src.capturedOn,
      trust: src.trust,
    },
    unpublished: [...plan.unpublished],
    file: displayPath(resolve(cwd, plan.file), cwd),
  };
}

/** The plan's pricing keys as the file writes them (snake_case), money as decimal strings. */
export function vendorTerms(plan: VendorPlan): Record<string, unknown> {
  const sub = plan.subscription;
  const out: Record<string, unknown> = { meta_fees: plan.metaFees };
  if (sub) {
    const q = sub.quota;
    out['subscription'] = prune({
      monthly_fee: sub.monthlyFee,
      annual_fee: sub.annualFee,
      annual_monthly_fee: sub.annualMonthlyFee,
      included_seats: sub.includedSeats,
      extra_seat_fee: sub.extraSeatFee,
      [`included_${q?.unit ?? 'messages'}`]: q?.included ?? null,
      counts: q?.unit === 'messages' ? [...q.counts] : null,
      overage: q?.overage ? { pack_size: s(q.overage.packSize), pack_price: s(q.overage.packPrice) } : null,
    });
  }
  if (plan.perMessage)
    out['per_message'] = prune({
      outbound: plan.perMessage.outbound,
      inbound: plan.perMessage.inbound,
      by_category: Object.keys(plan.perMessage.outboundByCategory).length
        ? prune(plan.perMessage.outboundByCategory)
        : null,
    });
  if (Object.keys(plan.markupPct).length > 0) out['markup_pct'] = prune(plan.markupPct);
  if (plan.perNumber)
    out['per_number'] = prune({
      monthly_fee: plan.perNumber.monthlyFee,
      included_numbers: plan.perNumber.includedNumbers,
      group_size: plan.perNumber.groupSize,
    });
  if (plan.credits) {
    const c = plan.credits;
    out['credits'] = prune({
      price_per_credit: c.pricePerCredit,
      money_per_credit: c.moneyPerCredit,
      per_message: Object.keys(c.perMessage).length ? prune(c.perMessage) : null,
      min_top_up: c.minTopUp,
      top_up_fee_pct: c.topUpFeePct,
      rollover: c.rollover,
    });
  }
  if (plan.wallet)
    out['wallet'] = prune({
      top_up_fee_pct: plan.wallet.topUpFeePct,
      min_top_up: plan.wallet.minTopUp,
      max_top_up: plan.wallet.maxTopUp,
    });
  Object.assign(out, {
    setup_fee: s(plan.setupFee),
    annual_discount_pct: s(plan.annualDiscountPct),
    annual_discount_applies_to_add_ons: plan.annualDiscountAddOns,
    tax_pct: s(plan.taxPct),
    tax_applies_to_meta: plan.taxMeta,
  });
  return out;
}

/** Drops nulls and turns Decimals into strings. */
function prune(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === null || v === undefined) continue;
    out[k] = v instanceof Decimal ? v.toString() : v;
  }
  return out;
}
