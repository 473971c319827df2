import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { computePlanKpis, type CampaignKpiInput } from '../../src/core/kpis.js';
import { SCENARIOS } from '../../src/core/kpis-scenario.js';
import { dec } from '../../src/core/money.js';
import { buildKpiSection } from '../../src/report/kpi-report.js';
import { renderKpiCsv } from '../../src/render/kpi-csv.js';
import { renderKpiTable } from '../../src/render/kpi-table.js';

const conversion = { low: dec(1), base: dec(2), high: dec(3) };
const campaigns = (which: (typeof SCENARIOS)[number]): CampaignKpiInput[] => [
  {
    name: 'promo',
    months: dec(1),
    recipients: dec(1000),
    delivered: dec(900),
    messagingCost: dec(50),
    funnel: { conversionPct: conversion[which] },
    revenuePerConversion: dec(30),
  },
  {
    name: 'updates',
    months: dec(1),
    recipients: dec(500),
    delivered: dec(0),
    messagingCost: dec(5),
    funnel: { readPct: dec(50) },
  },
];

describe('buildKpiSection with scenario columns and two campaigns', () => {
  const section = buildKpiSection({
    currency: 'EUR',
    columns: SCENARIOS.map((s) => ({
      id: `month.${s}`,
      label: `Month 1 (${s})`,
      kpis: computePlanKpis(campaigns(s), { months: dec(1) }),
    })),
  });

  it('has a group per campaign then the total, and a value per scenario column, as exact strings', () => {
    expect(section.groups.map((g) => g.name)).toEqual(['promo', 'updates', 'Total']);
    const roi = section.groups[0]!.rows.find((r) => r.id === 'roi')!;
    expect(roi.values).toEqual({ 'month.low': '440', 'month.base': '980', 'month.high': '1520' }); // 270/540/810 on 50
    const total = section.groups[2]!.rows.find((r) => r.id === 'tco')!;
    expect(total.values['month.base']).toBe('55');
    expect(JSON.parse(JSON.stringify(section))).toEqual(section); // serialisable as is
  });

  it('a zero denominator is null with its reason in the warnings, and "—" in the table', () => {
    const read = section.groups[1]!.rows.find((r) => r.id === 'read_rate')!;
    expect(read.values['month.base']).toBeNull();
    expect(read.reasons['month.base']).toBe('no recipients reached');
    expect(section.warnings).toContain(
      'updates (Month 1 (base)): Read (open) rate is not defined: no recipients reached',
    );
    expect(renderKpiTable(section)).toMatch(/│ Read \(open\) rate +│ +— │ +— │ +— │/);
    const cpr = section.groups[1]!.rows.find((r) => r.id === 'cost_per_recipient')!;
    expect(cpr.values['month.base']).toBe('0.01');
    expect(
      section.groups[0]!.rows.find((r) => r.id === 'break_even_conversion_rate')?.values['month.base'],
    ).toBe(
      dec(50)
        .div(900 * 30)
        .times(100)
        .toString(),
    );
    const revenue = section.groups[2]!.rows.find((r) => r.id === 'revenue')!;
    expect(revenue.notes).toEqual(['counts only campaigns with revenue inputs; updates add cost only']);
    const table = renderKpiTable(section);
    expect(table).toContain('KPIs: campaign promo');
    expect(table).toMatch(/Month 1 \(low\) .*Month 1 \(base\) .*Month 1 \(high\)/);
    expect(table).toContain(
      '* Attributed revenue: counts only campaigns with revenue inputs; updates add cost only',
    );
  });

  it('CSV has one row per KPI per column, with the header', () => {
    const rows = parse<Record<string, string>>(renderKpiCsv(section), { columns: true });
    const kpiCount = section.groups.reduce((n, g) => n + g.rows.length, 0);
    expect(rows).toHaveLength(kpiCount * 3);
    expect(
      rows.find((r) => r['group'] === 'promo' && r['id'] === 'roi' && r['column'] === 'month.high')?.[
        'value'
      ],
    ).toBe('1520');
  });
});
