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

  it('a break-even is the first whole monthly volume past the change, not one message late (audit F14)', async () => {
    // vendor-seat-plan: 29,665 outbound messages in month 1; per-message-005 charges 573.43975 over the
    // 3 months at scale 1 (0.005 × 36,380 messages × 3.1525 with growth; its total 2,468.7152862452 −
    // Meta 1,895.2755362452), linear in the scale; per-number-25 charges 25 × 1 number × 3 = 75 flat.
    // Equal at V = 75 × 29,665 ÷ 573.43975 = 3,879.88 messages: per-message is cheaper at 3,879, the
    // number licence from 3,880 on (3,880 → 573.43975 × 3,880 ÷ 29,665 = 75.0016 > 75). Was 3,881.
    const view = await runCompare(
      'fixtures/plans/vendor-seat-plan.yaml',
      { vendors: 'fixtures/vendors/rates/vendors/per-number-25.yaml', vendorIds: ['per-message-005'] },
      io,
    );
    expect(view.break_evens.map((b) => [b.kind, b.monthly_messages, b.cheaper_above])).toEqual([
      ['cheapest', '3880', 'per-number-25'],
      ['pair', '3880', 'per-number-25'],
    ]);
    const perMessage = dec('573.43975');
    expect(perMessage.times(3879).div(29665).lt(75)).toBe(true);
    expect(perMessage.times(3880).div(29665).gt(75)).toBe(true);
  });

  it('no break-even where a plan cannot be priced; the volume where it stops being priceable is reported (audit F2)', async () => {
    // 1,000 utility messages: twilio 0.005 × 1,000 × s; galantis-2000 399 flat for ≤ 2,000 conversations;
    // unifonic-20k 999 for ≤ 20,000 messages. twilio and galantis-2000 would cross at s = 399 ÷ 5 = 79.8,
    // but past 2,000 conversations (s > 2) Galantis' overage price is not published: no claim there.
    const catalog = fakeIo({ env: { WA_COST_RATES_DIR: 'fixtures/rates' } });
    const view = await runCompare(
      'fixtures/vendors/plans/small-volume-utility.yaml',
      { vendorIds: ['twilio', 'galantis-2000', 'unifonic-20k'] },
      catalog,
    );
    expect(view.rows.map((r) => [r.id, r.rank])).toEqual([
      ['twilio', 1],
      ['galantis-2000', 2],
      ['unifonic-20k', 3],
    ]);
    expect(view.break_evens).toEqual([]);
    // First unpriceable volumes: 2,001 conversations (one per message here) and 20,001 messages.
    expect(view.limits.map((l) => [l.id, l.monthly_messages, l.priced_above])).toEqual([
      ['galantis-2000', '2001', false],
      ['unifonic-20k', '20001', false],
    ]);
    expect(view.limits[0]!.reason).toMatch(/overage price is not published/);
  });

  it('--allow-missing-rates: Meta lines with no rate are listed, totals are lower bounds, Meta-dependent plans unranked (audit F6c)', async () => {
    // DE service: 5,000 messages − 1,000 free = 4,000 billable with no rate on the EUR card. Pass-through
    // plans miss the same fees and stay ranked (lower bounds); the markup plan's markup is computed on
    // Meta's fees, so it cannot be priced.
    const catalog = fakeIo({ env: { WA_COST_RATES_DIR: 'fixtures/rates' } });
    const view = await runCompare(
      'fixtures/vendors/plans/eur-missing-service-rate.yaml',
      {
        allowMissingRates: true,
        vendorIds: ['360dialog-regular-eur'],
        vendors: 'fixtures/vendors/markup-marketing-eur.yaml',
      },
      catalog,
    );
    expect(view.meta_unpriced.map((x) => [x.name, x.billable])).toEqual([
      ['Service messages (Germany)', '4000'],
    ]);
    expect(view.rows.map((r) => [r.id, r.rank, r.complete, r.lower_bound])).toEqual([
      ['360dialog-regular-eur', 1, true, true],
      ['markup-marketing-eur', null, false, true],
    ]);
    expect(view.rows[1]!.unpriced.map((u) => u.name)).toContain("Charges on Meta's fees");
  });
});
