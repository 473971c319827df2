import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyBenchmark, compareToBenchmarks } from '../../src/core/kpis-benchmarks.js';
import { computeCampaignKpis } from '../../src/core/kpis.js';
import { computeSensitivity } from '../../src/core/kpis-sensitivity.js';
import { dec } from '../../src/core/money.js';
import { loadKpiBenchmarks } from '../../src/io/load-kpi-benchmarks.js';
import { ROOT } from '../cli/golden.js';

describe('benchmarks', () => {
  it('the shipped ranges validate, carry the quoted-benchmark trust mark, and match the fixture copy', async () => {
    const shipped = await loadKpiBenchmarks(resolve(ROOT, 'rates'));
    expect(shipped.trust).toBe('quoted benchmark');
    expect(shipped.source).toMatch(/shared\/market\/kpis\.md/);
    const byId = Object.fromEntries(
      shipped.ranges.map((r) => [r.id, `${r.low.toString()}–${r.high.toString()}`]),
    );
    expect(byId).toEqual({
      read_rate: '85–90',
      click_rate: '15–25',
      opt_out_rate: '0.3–0.6',
      conversion_rate: '30–45',
      rocs: '5–7',
    });
    const strip = (f: string) => readFileSync(f, 'utf8').replace(/^# Fixture copy.*\n/, '');
    expect(strip(resolve(ROOT, 'fixtures/kpis/rates/benchmarks/kpi-ranges.yaml'))).toBe(
      strip(resolve(ROOT, 'rates/benchmarks/kpi-ranges.yaml')),
    );
  });

  it.each([
    ['84.99', 'below'],
    ['85', 'within'],
    ['90', 'within'],
    ['90.01', 'above'],
  ])('read rate %s%% is %s 85–90%%', (v, status) => {
    expect(classifyBenchmark(dec(v), { low: dec(85), high: dec(90) })).toBe(status);
  });

  it('compares read, click, opt-out and conversion rates and both ROCS forms', async () => {
    const { ranges } = await loadKpiBenchmarks(resolve(ROOT, 'rates'));
    const set = computeCampaignKpis({
      name: 'c',
      months: dec(1),
      delivered: dec(1000),
      messagingCost: dec(100),
      allocatedFixedCost: dec(100),
      funnel: { readPct: dec(92), clickPct: dec(20), optOutPct: dec('0.1'), conversionPct: dec(3) },
      revenuePerConversion: dec(20),
    });
    const got = Object.fromEntries(compareToBenchmarks(set, ranges).map((c) => [c.kpiId, c.status]));
    expect(got).toEqual({
      read_rate: 'above',
      click_rate: 'within',
      opt_out_rate: 'below',
      conversion_rate: 'below',
      rocs_variable: 'within',
      rocs_fully_loaded: 'below',
    });
  });
});

describe('computeSensitivity', () => {
  const campaign = {
    name: 'c',
    months: dec(1),
    delivered: dec(10000),
    messagingCost: dec(500),
    allocatedFixedCost: dec(100),
    funnel: { conversionPct: dec(2) },
    revenuePerConversion: dec(10),
  };

  it('varies each input ±20% and ranks by the swing of total ROI', () => {
    const s = computeSensitivity([campaign], {
      months: dec(1),
      costs: { oneTime: dec(0), monthly: dec(400) },
    });
    expect(s.baseRoi?.toString()).toBe('100'); // 2,000 revenue on 1,000 cost
    expect(s.rows.map((r) => r.input)).toEqual([
      'campaigns[0].funnel.conversion_pct',
      'campaigns[0].revenue_per_conversion',
      'campaigns[0].messaging_cost',
      'costs.monthly',
      'campaigns[0].allocated_fixed_cost',
    ]);
    const top = s.rows[0]!;
    expect([
      top.low.toString(),
      top.high.toString(),
      top.roiLow?.toString(),
      top.roiHigh?.toString(),
      top.swing?.toString(),
    ]).toEqual(['1.6', '2.4', '60', '140', '80']);
    // Cost levers: ROI 2000/900 − 1 and 2000/1100 − 1 for messaging cost.
    const messaging = s.rows[2]!;
    expect(messaging.roiLow?.toString()).toBe(
      dec(2000).div(900).minus(1).times(100).toDecimalPlaces(20).toString(),
    );
  });

  it('caps a percentage at 100 and honours a custom delta', () => {
    const s = computeSensitivity(
      [{ ...campaign, funnel: { conversionPct: dec(90) } }],
      { months: dec(1) },
      { deltaPct: dec(50) },
    );
    const row = s.rows.find((r) => r.input.endsWith('conversion_pct'))!;
    expect([row.low.toString(), row.high.toString(), row.capped]).toEqual(['45', '100', true]);
  });

  it('returns no rows, with a reason, when ROI is undefined', () => {
    const s = computeSensitivity([{ name: 'c', months: dec(1), revenue: dec(100) }], { months: dec(1) });
    expect(s.rows).toEqual([]);
    expect(s.reason).toMatch(/ROI cannot be computed/);
  });
});
