import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** A USD plan as of 2026-11-01 to one audience `a` of Brazilian contacts; `rest` starts at `campaigns:`. */
const planOf = (contacts: number, rest: string, months = 1) => `version: 1
name: Test plan
as_of: 2026-11-01
currency: USD
months: ${months}
audiences:
  a: { countries: { BR: ${contacts} } }
${rest}`;

/** A marketing campaign to `a` converting `pct`% of recipients reached at 10 each, plus any extra keys. */
const promo = (pct = 2, extra = '') => `  - name: promo
    audience: a
    category: marketing
${extra}    funnel: { conversion_pct: ${pct} }
    revenue_per_conversion: 10
`;

const plan = (sends: number) =>
  planOf(1000, `campaigns:\n${promo(2, `    sends_per_month: ${sends}\n    delivery_rate_pct: 90\n`)}`);

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

describe('vendor fees charged to the campaigns that cause them (vendor audit F4)', () => {
  const twoCampaigns = (vendor: string) =>
    planOf(
      10000,
      `campaigns:
${promo()}  - name: notify
    audience: a
    category: utility
    funnel: { conversion_pct: 1 }
    revenue_per_conversion: 10
vendor: { plan: ${vendor} }
`,
    );

  it("Gupshup's marketing-only markup goes to the marketing campaign alone", async () => {
    // Meta BR marketing 10,000 × 0.0625 = 625, utility 10,000 × 0.0068 = 68; Gupshup 0.001 per outbound
    // message (10 each) and +6% on Meta's marketing fees (37.5).
    const promo = await kpisOf(twoCampaigns('gupshup'), 'promo');
    const notify = await kpisOf(twoCampaigns('gupshup'), 'notify');
    expect(promo['messaging_cost']).toBe('672.5'); // 625 + 10 + 37.5 (was 653.75)
    expect(notify['messaging_cost']).toBe('78'); // 68 + 10 (was 96.75)
    expect(Number(notify['roi']).toFixed(2)).toBe('1182.05'); // (1,000 − 78) ÷ 78 (was 933.59)
  });

  it("Twilio's fee on service replies stays with service, not with a campaign that gets no replies", async () => {
    const plan = planOf(
      1000,
      `campaigns:
${promo()}service:
  monthly_conversations: { BR: 1000 }
  messages_per_conversation: 1
  user_messages_per_conversation: 10
vendor: { plan: twilio }
`,
    );
    // 1,000 × 0.0625 Meta + 1,000 × 0.005 Twilio outbound; the 10,000 service replies are not promo's.
    expect((await kpisOf(plan, 'promo'))['messaging_cost']).toBe('67.5'); // was 92.5
  });

  it("a campaign's own replies are its own: inbound fees follow inbound_messages_per_recipient", async () => {
    const plan = twoCampaigns('twilio').replace(
      '    category: utility\n',
      '    category: utility\n    inbound_messages_per_recipient: 0.5\n',
    );
    // notify: 68 Meta + 10,000 × 0.005 outbound + 5,000 replies × 0.005 = 143; promo: 625 + 50 = 675.
    expect((await kpisOf(plan, 'notify'))['messaging_cost']).toBe('143');
    expect((await kpisOf(plan, 'promo'))['messaging_cost']).toBe('675');
  });
});

describe('KPIs on a spend that leaves charges out (vendor audit F6b)', () => {
  it('say that cost KPIs are lower bounds and ROI an upper bound', async () => {
    const plan = planOf(10000, `campaigns:\n${promo()}vendor: { plan: galantis-50 }\n`);
    const notesOf = async (allow: boolean) => {
      const run = runEstimate('-', { allowMissingRates: allow }, fakeIo({ stdin: plan }));
      return (await run).report.kpis?.notes ?? [];
    };
    // 10,000 conversations against 50 included: the overage price is not published.
    expect((await notesOf(true))[0]).toBe(
      'Spend leaves out 1 charge not priced (--allow-missing-rates): cost KPIs (TCO, CPL, CPA, cost per …) and payback are lower bounds, ROI and ROCS upper bounds.',
    );
    await expect(notesOf(false)).rejects.toThrow();
  });
});

describe("the vendor's setup fee is an upfront cost (vendor audit F7)", () => {
  it('pays back from the monthly contribution: 600 ÷ (500 − 62.5 − 80) = 1.678… months', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wa-cost-setup-'));
    const vendor = join(dir, 'setup-vendor.yaml');
    writeFileSync(
      vendor,
      `version: 1
id: setup-test
name: Setup test
currency: USD
source: { url: "https://example.com/pricing", read_on: 2026-11-24, trust: vendor }
subscription: { monthly_fee: 100, annual_fee: 960, included_seats: 1 }
setup_fee: 600
`,
    );
    const plan = planOf(1000, `campaigns:\n${promo(5)}vendor:\n  plan: ${vendor}\n  billing: annual\n`, 12);
    const total = await kpisOf(plan, 'Total');
    // Revenue 50 × 10 = 500 a month; Meta 1,000 × 0.0625 = 62.5; the annual fee accrues 960 ÷ 12 = 80.
    expect(Number(total['payback_months']).toFixed(4)).toBe((600 / 357.5).toFixed(4));
    expect(total['tco']).toBe('2310'); // 750 Meta + 960 + 600: the whole bill
  });
});
