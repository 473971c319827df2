import { describe, expect, it } from 'vitest';
import { runEstimate } from '../../src/app/estimate.js';
import { fakeIo } from '../helpers/fake-io.js';

/** The KPI rows of one group of an estimate's JSON report, by id: value of the horizon column. */
async function kpisOf(plan: string, group: string): Promise<Record<string, string | null>> {
  const { report } = await runEstimate('-', {}, fakeIo({ stdin: plan }));
  const json = JSON.parse(JSON.stringify(report)) as {
    kpis: { groups: { name: string; rows: { id: string; values: Record<string, string | null> }[] }[] };
  };
  const g = json.kpis.groups.find((x) => x.name === group)!;
  return Object.fromEntries(g.rows.map((r) => [r.id, r.values['horizon'] ?? null]));
}

const plan = (sends: number) => `version: 1
name: Sends
as_of: 2026-11-01
currency: USD
months: 1
audiences:
  a: { countries: { BR: 1000 } }
campaigns:
  - name: promo
    audience: a
    category: marketing
    sends_per_month: ${sends}
    delivery_rate_pct: 90
    funnel: { conversion_pct: 2 }
    revenue_per_conversion: 10
`;

describe('estimate KPIs of a campaign sent several times a month', () => {
  it('counts recipient-sends on both sides: delivery rate 90%, not 180% (docs/kpis.md, every send counts)', async () => {
    const k = await kpisOf(plan(2), 'promo');
    // 1,000 contacts × 2 sends = 2,000 targeted; × 90% = 1,800 reached = 1,800 delivered messages.
    expect([k['recipients'], k['delivered'], k['delivery_rate'], k['delivered_messages']]).toEqual([
      '2000',
      '1800',
      '90',
      '1800',
    ]);
    // Conversions 2% of 1,800 = 36, revenue 360; Meta BR marketing 1,800 × 0.0625 = 112.5 (fixture card).
    expect([k['conversions'], k['revenue']]).toEqual(['36', '360']);
    expect(k['revenue_per_recipient']).toBe('0.18'); // 360 ÷ 2,000
    expect(k['revenue_per_reached']).toBe('0.2'); // 360 ÷ 1,800
  });

  it('doubling the sends doubles every count and leaves every rate alone', async () => {
    const once = await kpisOf(plan(1), 'promo');
    const twice = await kpisOf(plan(2), 'promo');
    for (const id of ['recipients', 'delivered', 'delivered_messages', 'conversions', 'revenue'])
      expect(Number(twice[id])).toBe(2 * Number(once[id]));
    for (const id of ['delivery_rate', 'conversion_rate', 'revenue_per_recipient', 'revenue_per_reached'])
      expect(twice[id]).toBe(once[id]);
  });
});
