import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeCampaignKpis,
  computePlanKpis,
  findKpi,
  type CampaignKpiInput,
  type PlanKpiInput,
} from '../../src/core/kpis.js';
import { computeSensitivity } from '../../src/core/kpis-sensitivity.js';
import { Decimal, dec } from '../../src/core/money.js';

/** A non-negative decimal with up to 4 decimals, up to 1e9 (money and volumes as they are written). */
const amount = (max = 1_000_000_000) =>
  fc
    .tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: 4 }))
    .map(([n, s]) => dec(n).div(new Decimal(10).pow(s)));
const positive = (max?: number) => amount(max).filter((d) => d.gt(0));
const percent = fc.integer({ min: 0, max: 10000 }).map((n) => dec(n).div(100));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const campaignArb: fc.Arbitrary<CampaignKpiInput> = fc.record({
  name: fc.constantFrom('a', 'b', 'c'),
  months: fc.integer({ min: 0, max: 24 }).map((n) => dec(n)),
  recipients: maybe(amount()),
  delivered: maybe(amount()),
  deliveredMessages: maybe(amount()),
  messagingCost: maybe(amount()),
  allocatedFixedCost: maybe(amount()),
  funnel: maybe(
    fc.record({
      readPct: maybe(percent),
      clickPct: maybe(percent),
      optOutPct: maybe(percent),
      leadPct: maybe(percent),
      conversionPct: maybe(percent),
    }),
  ),
  leads: maybe(amount()),
  conversions: maybe(amount()),
  revenuePerConversion: maybe(amount()),
  revenue: maybe(amount()),
  grossMarginPct: maybe(percent),
});

const planArb: fc.Arbitrary<PlanKpiInput> = fc.record({
  months: fc.integer({ min: 0, max: 24 }).map((n) => dec(n)),
  horizonMonths: maybe(fc.integer({ min: 0, max: 120 }).map((n) => dec(n))),
  costs: maybe(fc.record({ oneTime: amount(), monthly: amount() })),
  savings: maybe(fc.record({ monthlyHoursSaved: amount(10_000), hourlyCost: amount(1000) })),
  labor: maybe(
    fc.record({ agents: amount(1000), monthlyCostPerAgent: amount(100_000), efficiencyGainPct: percent }),
  ),
});

describe('KPI invariants', () => {
  it('no input produces NaN or Infinity, or throws: every value is finite or null with a reason', () => {
    fc.assert(
      fc.property(fc.array(campaignArb, { maxLength: 4 }), planArb, (campaigns, plan) => {
        const r = computePlanKpis(campaigns, plan);
        for (const set of [r.total, ...r.campaigns]) {
          for (const k of set.kpis) {
            if (k.value === null) expect(k.reason, k.id).toBeTruthy();
            else expect(k.value.isFinite(), k.id).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('ROI rises with revenue (cost fixed and above zero)', () => {
    fc.assert(
      fc.property(
        amount(),
        amount(),
        positive(),
        fc.option(
          percent.filter((p) => p.gt(0)),
          { nil: undefined },
        ),
        (r1, r2, cost, margin) => {
          fc.pre(!r1.equals(r2));
          const roi = (revenue: Decimal) =>
            findKpi(
              computeCampaignKpis({
                name: 'x',
                months: dec(1),
                revenue,
                allocatedFixedCost: cost,
                grossMarginPct: margin,
              }),
              'roi',
            )!.value!;
          const [lo, hi] = r1.lt(r2) ? [r1, r2] : [r2, r1];
          expect(roi(lo).lt(roi(hi))).toBe(true);
        },
      ),
    );
  });

  it('the break-even conversion rate gives ROI exactly 0, for a campaign and for the plan total', () => {
    const funnelCampaign = fc.record({
      name: fc.constantFrom('a', 'b'),
      months: fc.constant(dec(1)),
      recipients: positive(),
      delivered: positive(),
      messagingCost: positive(),
      allocatedFixedCost: amount(),
      revenuePerConversion: positive(100_000),
      grossMarginPct: maybe(percent.filter((p) => p.gt(0))),
    });
    fc.assert(
      fc.property(fc.array(funnelCampaign, { minLength: 1, maxLength: 3 }), planArb, (campaigns, plan0) => {
        const plan = { ...plan0, months: dec(1) };
        const base = computePlanKpis(campaigns, plan);
        const be = findKpi(base.total, 'break_even_conversion_rate');
        fc.pre(be?.value != null);
        const atBreakEven = campaigns.map((c) => ({ ...c, funnel: { conversionPct: be.value! } }));
        expect(findKpi(computePlanKpis(atBreakEven, plan).total, 'roi')?.value?.toString()).toBe('0');
        // And per campaign, against its own costs.
        const c = campaigns[0]!;
        const own = findKpi(computeCampaignKpis(c), 'break_even_conversion_rate')!.value!;
        expect(
          findKpi(computeCampaignKpis({ ...c, funnel: { conversionPct: own } }), 'roi')?.value?.toString(),
        ).toBe('0');
      }),
      { numRuns: 300 },
    );
  });

  it('sensitivity rows are ranked by swing and each end is a real ROI', () => {
    fc.assert(
      fc.property(fc.array(campaignArb, { minLength: 1, maxLength: 3 }), planArb, (campaigns, plan) => {
        const s = computeSensitivity(campaigns, plan);
        const swings = s.rows.map((r) => r.swing).filter((x): x is Decimal => x !== null);
        for (let i = 1; i < swings.length; i++) expect(swings[i - 1]!.gte(swings[i]!)).toBe(true);
        for (const r of s.rows) expect((r.low.lte(r.base) && r.base.lte(r.high)) || r.capped).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
