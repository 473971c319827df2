import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/core/budget-gates.js';
import { dec, sum } from '../../src/core/money.js';
import { buildDiffReport } from '../../src/report/build-diff-report.js';
import type { Report, ReportLine } from '../../src/report/report.js';

function line(id: string, cost: string): ReportLine {
  return {
    id,
    section: 'meta',
    kind: 'campaign',
    campaign: 'c',
    name: id,
    market: null,
    countries: [],
    category: null,
    unit: 'message',
    recipients: null,
    delivered: null,
    free: null,
    billable: '1',
    unit_rate: null,
    cost,
    rate_source: null,
    notes: [],
    in_total: true,
    months: [],
  };
}

function report(lines: ReportLine[], months = 1): Report {
  const total = sum(lines.map((l) => dec(l.cost))).toFixed();
  return {
    report: 'wa-cost/estimate',
    version: 1,
    generated_by: 'test',
    plan: {
      name: 'p',
      file: 'p.yaml',
      as_of: '2026-11-01',
      currency: 'USD',
      months,
      monthly_growth_pct: '0',
      phone_numbers: '1',
      pricing_model: 'per_message',
    },
    rate_cards: [],
    rules: [],
    decisions: [],
    audiences: [],
    lines,
    skipped: [],
    totals: {
      meta: total,
      vendor: null,
      total,
      months: [{ month: 1, meta: total, vendor: null, total }],
      by_category: {},
    },
    warnings: [],
  };
}

describe('buildDiffReport', () => {
  const base = report([line('a', '100'), line('b', '0.1'), line('gone', '5')]);
  const next = report([line('a', '110'), line('b', '0.1'), line('new', '7.25')]);

  it('matches lines by id: changed, unchanged (hidden), added, removed', () => {
    const d = buildDiffReport(base, next, 'test');
    expect(d.counts).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 1 });
    expect(d.hidden_unchanged).toBe(1);
    expect(d.lines.map((l) => [l.id, l.status, l.old, l.new, l.delta, l.delta_pct])).toEqual([
      ['a', 'changed', '100', '110', '10', '10'],
      ['new', 'added', null, '7.25', '7.25', null],
      ['gone', 'removed', '5', null, '-5', '-100'],
    ]);
    expect(d.totals.total).toEqual({
      old: '105.1',
      new: '117.35',
      delta: '12.25',
      delta_pct: '11.65556612749762131303520456707897240723',
    });
  });

  it('--show-all keeps unchanged lines', () => {
    expect(buildDiffReport(base, next, 'test', { showAll: true }).lines.map((l) => l.id)).toEqual([
      'a',
      'b',
      'new',
      'gone',
    ]);
  });

  it('notes a change of horizon', () => {
    expect(buildDiffReport(base, report(next.lines, 3), 'test').notes[0]).toMatch(
      /horizons differ: 1 month\(s\) before, 3 after/,
    );
  });

  it('property: the total delta equals the sum of line deltas, shown or hidden', () => {
    const costs = fc.dictionary(
      fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      fc.integer({ min: 0, max: 10_000_000 }).map((n) => dec(n).div(10_000).toFixed()),
    );
    fc.assert(
      fc.property(costs, costs, fc.boolean(), (x, y, showAll) => {
        const d = buildDiffReport(
          report(Object.entries(x).map(([k, v]) => line(k, v))),
          report(Object.entries(y).map(([k, v]) => line(k, v))),
          't',
          { showAll },
        );
        const lineDeltas = sum(d.lines.filter((l) => l.in_total).map((l) => dec(l.delta)));
        expect(lineDeltas.eq(dec(d.totals.total.delta))).toBe(true);
        expect(d.lines.length + d.hidden_unchanged).toBe(
          new Set([...Object.keys(x), ...Object.keys(y)]).size,
        );
      }),
    );
  });
});

describe('checkGates', () => {
  const input = {
    total: dec('4265.39'),
    monthly: [dec('1000'), dec('1500.5'), dec('1764.89')],
    roiPct: dec('12.5'),
    baseTotal: dec('4000'),
  };

  it('a value exactly at its limit passes', () => {
    expect(
      checkGates(
        {
          maxCost: dec('4265.39'),
          maxMonthlyCost: dec('1764.89'),
          minRoiPct: dec('12.5'),
          maxIncrease: { kind: 'amount', value: dec('265.39') },
        },
        input,
      ),
    ).toEqual([]);
  });

  it('reports every failed gate with the dearest month', () => {
    const f = checkGates(
      {
        maxCost: dec('4265.38'),
        maxMonthlyCost: dec('1500'),
        minRoiPct: dec('20'),
        maxIncrease: { kind: 'pct', value: dec('6.6') },
      },
      input,
    );
    expect(f.map((x) => x.gate)).toEqual(['max-cost', 'max-monthly-cost', 'min-roi', 'max-increase']);
    expect(f[1]).toMatchObject({ month: 3 });
    const inc = f[3];
    expect(inc?.gate === 'max-increase' && inc.increasePct?.toFixed()).toBe('6.63475');
  });

  it('a percentage increase from a zero baseline fails for any rise and passes for none', () => {
    const gates = { maxIncrease: { kind: 'pct' as const, value: dec('1000') } };
    expect(checkGates(gates, { ...input, baseTotal: dec(0) })).toHaveLength(1);
    expect(checkGates(gates, { ...input, total: dec(0), baseTotal: dec(0) })).toEqual([]);
  });
});
