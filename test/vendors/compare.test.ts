import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCompare } from '../../src/app/compare.js';
import { pricePrepared } from '../../src/app/estimate.js';
import { loadPlan } from '../../src/app/load-plan.js';
import { preparePricing } from '../../src/app/prepare-pricing.js';
import { priceVendor } from '../../src/core/vendor-pricing.js';
import { readVendorPlanDir } from '../../src/io/load-vendor-plan.js';
import type { Decimal } from '../../src/core/money.js';
import { dec } from '../../src/core/money.js';
import type { Io } from '../../src/io/io.js';
import { fakeIo } from '../helpers/fake-io.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const io: Io = fakeIo({ env: { WA_COST_RATES_DIR: 'fixtures/vendors/rates' } });
const PLAN = 'fixtures/vendors/plans/seat-vs-volume.yaml';

describe('runCompare', () => {
  it('every row adds up: total = Meta as billed + vendor fees + tax; ranks follow totals; differences to the cheapest', async () => {
    const view = await runCompare(PLAN, {}, io);
    for (const r of view.rows) {
      const fees = Object.values(r.vendor_fees).reduce((a, b) => a.plus(b), dec(0));
      expect(fees.eq(r.vendor_total)).toBe(true);
      expect(dec(r.meta).plus(r.vendor_total).plus(r.tax).eq(r.total)).toBe(true);
    }
    const ranked = view.rows.filter((r) => r.rank !== null);
    expect(ranked.map((r) => r.rank)).toEqual(ranked.map((_, i) => i + 1));
    for (const [i, r] of ranked.entries()) {
      if (i > 0) expect(dec(r.total).gte(ranked[i - 1]!.total)).toBe(true);
      expect(dec(r.total).minus(ranked[0]!.total).eq(r.difference!)).toBe(true);
    }
    expect(view.rows.filter((r) => r.rank === null).every((r) => !r.complete && r.unpriced.length > 0)).toBe(
      true,
    );
    expect(ranked.length).toBeGreaterThanOrEqual(5);
    expect(view.excluded).toEqual([
      { id: 'licence-eur', reason: 'priced in EUR, the plan is in USD (no currency conversion)' },
    ]);
  });

  it('a pass-through vendor adds exactly its fees to the Meta fees the engine computed', async () => {
    const view = await runCompare(PLAN, { vendorIds: ['per-number-25'] }, io);
    const [row] = view.rows;
    // 2 numbers × 25 × 3 months on top of Meta at cost.
    expect(row!.vendor_fees).toEqual({ per_number: '150' });
    expect(dec(row!.total).minus(view.meta_at_cost).toString()).toBe('150');
  });

  it('each change of the cheapest is real: a is cheaper just below, b just above (the real engine at both scales)', async () => {
    const view = await runCompare(PLAN, {}, io);
    const prepared = await preparePricing(await loadPlan(PLAN, io), {}, io);
    const plans = new Map(
      (await readVendorPlanDir(resolve(ROOT, 'fixtures/vendors/rates/vendors'))).map((p) => [p.id, p]),
    );
    const total = (id: string, s: Decimal) =>
      priceVendor(plans.get(id)!, pricePrepared(prepared, s).usage, {
        seats: dec(8),
        phoneNumbers: dec(2),
        billing: 'monthly',
      }).total;
    const changes = view.break_evens.filter((b) => b.kind === 'cheapest');
    expect(changes.length).toBeGreaterThan(0);
    for (const be of changes) {
      const below = dec(be.scale).times('0.99');
      const above = dec(be.scale).times('1.01');
      expect(total(be.a, below).lte(total(be.b, below))).toBe(true);
      expect(total(be.b, above).lt(total(be.a, above))).toBe(true);
    }
  });

  it('through the real Meta engine, no vendor total falls when the volume rises', async () => {
    const prepared = await preparePricing(await loadPlan(PLAN, io), {}, io);
    const plans = await readVendorPlanDir(resolve(ROOT, 'fixtures/vendors/rates/vendors'));
    const scales = ['0.01', '0.1', '0.5', '0.99', '1', '1.01', '2', '7.5', '40', '100'].map(dec);
    const usages = scales.map((s) => pricePrepared(prepared, s).usage);
    for (const p of plans) {
      const totals = usages.map(
        (u) => priceVendor(p, u, { seats: dec(8), phoneNumbers: dec(2), billing: 'monthly' }).total,
      );
      totals.slice(1).forEach((t, i) => expect(t.gte(totals[i]!)).toBe(true));
    }
  });
});
