import { ONE } from '../core/money.js';
import type { MetaPricing } from '../core/price-meta.js';
import { priceVendor, type VendorInvoice } from '../core/vendor-pricing.js';
import type { VendorPlan } from '../core/vendor-pricing-plan.js';
import { InputError, WaCostError } from '../errors.js';
import type { Io } from '../io/io.js';
import type { PreparedPlan } from './prepare-pricing.js';

/** The plan's vendor (`vendor:` key), read and checked against the plan's currency and billing. */
export interface PlanVendor {
  plan: VendorPlan;
  seats: PreparedPlan['input']['phoneNumbers'];
  billing: 'monthly' | 'annual';
}

/** Loads the vendor plan a plan names, or undefined when it names none. */
export async function loadPlanVendor(prepared: PreparedPlan, io: Io): Promise<PlanVendor | undefined> {
  const v = prepared.loaded.plan.vendor;
  if (!v) return undefined;
  // Loaded here, not at the top: building the vendor schema costs ~5 ms that plans without a vendor
  // should not pay at start-up (docs/startup.md).
  const { loadVendorPlan } = await import('../io/load-vendor-plan.js');
  const load = () =>
    loadVendorPlan(v.plan, {
      io,
      baseDir: prepared.loaded.baseDir,
      currency: prepared.currency,
      billing: v.billing,
      from: {
        file: prepared.loaded.file,
        path: 'vendor.plan',
        ...prepared.loaded.locate(['vendor', 'plan']),
      },
    });
  let plan: VendorPlan;
  try {
    plan = await load();
  } catch (err) {
    // Errors inside a vendor file also point at the plan line that names it.
    if (!(err instanceof WaCostError) || err.problems.some((p) => p.file === prepared.loaded.file)) throw err;
    throw new InputError(err.code, [
      ...err.problems,
      {
        file: prepared.loaded.file,
        ...prepared.loaded.locate(['vendor', 'plan']),
        path: 'vendor.plan',
        message: 'the vendor plan named here (paths in a plan are relative to its folder)',
      },
    ]);
  }

  return { plan, seats: v.seats ?? ONE, billing: v.billing };
}

/**
 * The vendor's invoice for the plan's traffic. A vendor charge whose price is not published is an
 * error (never a zero) unless the user allowed missing rates; then it is listed as not priced.
 */
export function pricePlanVendor(
  prepared: PreparedPlan,
  vendor: PlanVendor,
  pricing: MetaPricing,
): VendorInvoice {
  const invoice = priceVendor(vendor.plan, pricing.usage, {
    seats: vendor.seats,
    phoneNumbers: prepared.input.phoneNumbers,
    billing: vendor.billing,
    date: prepared.date,
  });
  if (invoice.unpriced.length > 0 && !prepared.allowMissingRates) {
    const seen = new Set<string>();
    const problems = invoice.unpriced
      .filter((u) => !seen.has(u.name) && seen.add(u.name))
      .map((u) => ({
        file: vendor.plan.file,
        message: `vendor plan "${vendor.plan.id}": ${u.name} cannot be priced: ${u.reason}`,
        hint: 'give the price in your own copy of the vendor plan file (vendor.plan: path/to/plan.yaml), or pass --allow-missing-rates to list it as not priced',
      }));
    throw new InputError('E_VENDOR_PRICE_MISSING', problems);
  }
  return invoice;
}
