import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runEstimate } from '../../src/app/estimate.js';
import { addMonths } from '../../src/core/horizon-changes.js';
import { Decimal } from '../../src/core/money.js';
import { pricingModelText } from '../../src/render/format.js';
import { fakeIo } from '../helpers/fake-io.js';

/** Engine audit F1: a horizon crossing a known change is priced month by month under each month's rules. */
const AUDIT_PLAN = `version: 1
name: p13 horizon crosses 2026-10-01
as_of: 2026-08-01
currency: USD
months: 3
phone_numbers: 1
audiences:
  a:
    countries: { IN: 100000, MA: 10000 }
campaigns:
  - name: util
    audience: a
    category: utility
    in_service_window_pct: 60
service:
  monthly_conversations: { IN: 5000 }
  messages_per_conversation: 4
`;

const run = (plan: string, opts: { asOf?: string; months?: number } = {}) =>
  runEstimate('-', opts, fakeIo({ stdin: plan }));

describe('a horizon crossing 2026-10-01 (engine audit F1)', () => {
  it('prices August and September under the 2026-07-01 rules and card, October under 2026-10-01', async () => {
    const { report } = await run(AUDIT_PLAN);
    // fixtures/rates/meta/cards, as the shipped cards:
    // Aug, Sep (meta-2026-07-01-USD; in-window utility and service free; MA is in Rest of Africa until 2026-09-30):
    //   IN utility 100,000 × (1 − 60%) × 0.0014 = 56; MA 10,000 × 40% × 0.004 = 16; service free → 72 a month.
    // Oct (meta-2026-10-01-USD; in-window utility and service charged; MA is the market Morocco):
    //   IN utility 100,000 × 0.0014 = 140; Morocco utility 10,000 × 0.023 = 230;
    //   IN service 5,000 × 4 = 20,000 messages − 1,000 free (1 number) = 19,000 × 0.0014 = 26.6 → 396.6.
    // Total 72 + 72 + 396.6 = 540.6 (priced as of 2026-08-01 for all three months it was 216).
    expect(report.totals.months.map((m) => m.meta)).toEqual(['72', '72', '396.6']);
    expect(report.totals.meta).toBe('540.6');
    const byId = Object.fromEntries(
      report.lines.map((l) => [l.id, [l.name, l.unit_rate, l.cost, l.rate_source]]),
    );
    expect(byId).toEqual({
      'campaign:util:India:utility': ['Utility messages (India)', '0.0014', '112', 'meta 2026-07-01 USD'],
      'campaign:util:Rest of Africa:utility': [
        'Utility messages (Rest of Africa)',
        '0.004',
        '32',
        'meta 2026-07-01 USD',
      ],
      'service:India': ['Service messages (India)', null, '0', null],
      'campaign:util:India:utility@2026-10-01': [
        'Utility messages (India) from 2026-10-01',
        '0.0014',
        '140',
        'meta 2026-10-01 USD',
      ],
      'campaign:util:Morocco:utility@2026-10-01': [
        'Utility messages (Morocco) from 2026-10-01',
        '0.023',
        '230',
        'meta 2026-10-01 USD',
      ],
      'service:India@2026-10-01': [
        'Service messages (India) from 2026-10-01',
        '0.0014',
        '26.6',
        'meta 2026-10-01 USD',
      ],
    });
    // Every line has all three months, zero outside its segment.
    for (const l of report.lines) expect(l.months.map((m) => m.month)).toEqual([1, 2, 3]);
    expect(report.lines.find((l) => l.id === 'service:India@2026-10-01')?.months.map((m) => m.cost)).toEqual([
      '0',
      '0',
      '26.6',
    ]);
    // The report names both cards and states the rules of each segment.
    expect(report.rate_cards.map((c) => c.id)).toEqual(['meta-2026-07-01-USD', 'meta-2026-10-01-USD']);
    expect(report.segments?.map((s) => [s.from, s.first_month, s.last_month, s.rate_card])).toEqual([
      ['2026-08-01', 1, 2, 'meta-2026-07-01-USD'],
      ['2026-10-01', 3, 3, 'meta-2026-10-01-USD'],
    ]);
    expect(report.rules).toContain(
      'From 2026-08-01: Service (non-template) messages are free until 2026-09-30 (RULES §2.1).',
    );
    expect(report.rules.some((r) => r.startsWith('From 2026-10-01: Service messages are charged'))).toBe(
      true,
    );
    expect(report.warnings.map((w) => w.code)).not.toContain('horizon-crosses-change');
  });

  it('keeps growth compounding across the split', async () => {
    // 10% growth: October (month 3) has 1.1² = 1.21 × the volume: 140 × 1.21 + 230 × 1.21 +
    // (20,000 × 1.21 − 1,000) × 0.0014 = 169.4 + 278.3 + 32.48 = 480.18.
    const { report } = await run(AUDIT_PLAN.replace('months: 3', 'months: 3\nmonthly_growth_pct: 10'));
    expect(report.totals.months.map((m) => m.meta)).toEqual(['72', '79.2', '480.18']);
  });

  it('warns, and keeps the month whole, when a change falls inside a month (as_of not on a 1st)', async () => {
    const { report } = await run(AUDIT_PLAN.replace('as_of: 2026-08-01', 'as_of: 2026-08-15'));
    // Months start 08-15, 09-15, 10-15: 2026-10-01 falls inside month 2, so month 3 is priced as of 10-15.
    expect(report.totals.months.map((m) => m.meta)).toEqual(['72', '72', '396.6']);
    const w = report.warnings.find((x) => x.code === 'horizon-crosses-change');
    expect(w?.message).toContain('on 2026-10-01 (inside month 2, which starts 2026-09-15)');
  });

  it('prices a plan that crosses nothing in one piece, without segments', async () => {
    const { report } = await run(AUDIT_PLAN.replace('as_of: 2026-08-01', 'as_of: 2026-10-01'));
    expect(report.segments).toBeUndefined();
    expect(report.totals.months.map((m) => m.meta)).toEqual(['396.6', '396.6', '396.6']);
  });
});

describe('a horizon crossing 2025-07-01 (conversation to per-message pricing)', () => {
  it('prices May and June per conversation, July per message, and says both', async () => {
    const plan = `version: 1
name: crosses PMP
as_of: 2025-05-01
currency: USD
months: 3
audiences:
  a:
    countries: { IN: 10000, BR: 2000 }
campaigns:
  - name: m
    audience: a
    category: marketing
    messages_per_recipient: 2
`;
    const { report } = await run(plan);
    // May, June (meta-2024-10-01-USD, one conversation per recipient as both messages share a window):
    //   IN 10,000 × 0.0107 = 107; BR 2,000 × 0.0625 = 125 → 232.
    // July (meta-2025-07-01-USD, per message): IN 20,000 × 0.0107 = 214; BR 4,000 × 0.0625 = 250 → 464.
    expect(report.totals.months.map((m) => m.meta)).toEqual(['232', '232', '464']);
    expect(report.segments?.map((x) => x.pricing_model)).toEqual(['per_conversation', 'per_message']);
    expect(report.lines.map((l) => l.unit)).toEqual(['conversation', 'conversation', 'message', 'message']);
    expect(pricingModelText(report)).toBe('per-conversation then per-message');
  });
});

describe('a horizon crossing a documented rate change (rates/meta/changes.yaml)', () => {
  const plan = (category: string) => `version: 1
name: crosses 2026-01-01
as_of: 2025-12-01
currency: USD
months: 2
audiences:
  a:
    countries: { IN: 1000 }
campaigns:
  - name: m
    audience: a
    category: ${category}
`;

  it('refuses the superseded rate from the change on, as pricing that month alone does', async () => {
    // Meta raised India marketing on 2026-01-01 and wa-cost has no card with the new rate: December is
    // 1,000 × 0.0107 = 10.7 (meta-2025-07-01-USD); January's rate is unknown, so it is not priced.
    const { report } = await runEstimate(
      '-',
      { allowMissingRates: true },
      fakeIo({ stdin: plan('marketing') }),
    );
    expect(report.totals.months.map((m) => m.meta)).toEqual(['10.7', '0']);
    expect(report.skipped.map((x) => [x.id, x.superseded?.change_date])).toEqual([
      ['campaign:m:India:marketing@2026-01-01', '2026-01-01'],
    ]);
    await expect(run(plan('marketing'))).rejects.toThrow(/Marketing messages \(India\) from 2026-01-01/);
  });

  it('ignores a documented change to a category the plan does not send', async () => {
    const { report } = await run(plan('utility'));
    expect(report.segments).toBeUndefined();
  });
});

describe('a plan converting the USD card at its own fx rate', () => {
  it('splits where a newer USD card takes effect, converting each at the plan rate', async () => {
    const plan = `version: 1
name: BRL via fx
as_of: 2026-05-01
currency: BRL
months: 3
fx:
  BRL: { rate: "5", as_of: 2026-05-01, source: "test rate" }
audiences:
  a:
    countries: { DE: 1000 }
campaigns:
  - name: m
    audience: a
    category: utility
`;
    const { report } = await run(plan);
    expect(report.segments?.map((x) => [x.from, x.rate_card])).toEqual([
      ['2026-05-01', 'meta-2025-07-01-USD'],
      ['2026-07-01', 'meta-2026-07-01-USD'],
    ]);
    // July: DE utility 1,000 × 0.055 USD (meta-2026-07-01-USD) × 5 BRL/USD = 275.
    expect(report.totals.months[2]?.meta).toBe('275');
  });

  it('moves to the plan currency’s own card when one takes effect, without calling the fx rate unused', async () => {
    const plan = `version: 1
name: EUR via fx, then a EUR card
as_of: 2026-05-01
currency: EUR
months: 3
fx:
  EUR: { rate: "0.92", as_of: 2026-05-01, source: "test rate" }
audiences:
  a:
    countries: { DE: 1000 }
campaigns:
  - name: m
    audience: a
    category: marketing
`;
    const { report } = await run(plan);
    expect(report.rate_cards.map((c) => c.id)).toEqual(['meta-2025-07-01-USD', 'meta-2026-07-01-EUR']);
    expect(report.warnings.map((w) => w.code)).not.toContain('fx-unused');
    expect(report.fx?.card).toBe('meta-2025-07-01-USD');
  });
});

const COUNTRIES = ['IN', 'BR', 'DE', 'MA', 'US', 'GB'] as const;
const CATEGORIES = ['marketing', 'utility', 'authentication'] as const;

const planArb = fc.record({
  asOf: fc.constantFrom('2026-07-01', '2026-08-01', '2026-09-01'),
  months: fc.integer({ min: 2, max: 5 }),
  phones: fc.integer({ min: 1, max: 3 }),
  recipients: fc.dictionary(fc.constantFrom(...COUNTRIES), fc.integer({ min: 0, max: 200_000 }), {
    minKeys: 1,
  }),
  category: fc.constantFrom(...CATEGORIES),
  csw: fc.integer({ min: 0, max: 100 }),
  service: fc.dictionary(fc.constantFrom(...COUNTRIES), fc.integer({ min: 0, max: 20_000 })),
});

const planText = (p: PlanShape) => `version: 1
name: property
as_of: ${p.asOf}
currency: USD
months: ${p.months}
phone_numbers: ${p.phones}
audiences:
  a:
    countries: ${JSON.stringify(p.recipients)}
campaigns:
  - name: c
    audience: a
    category: ${p.category}
    in_service_window_pct: ${p.csw}
${
  Object.keys(p.service).length > 0
    ? `service:\n  monthly_conversations: ${JSON.stringify(p.service)}\n  messages_per_conversation: 3\n`
    : ''
}`;

interface PlanShape {
  asOf: string;
  months: number;
  phones: number;
  recipients: Record<string, number>;
  category: string;
  csw: number;
  service: Record<string, number>;
}

describe('property: a horizon costs the sum of its months priced alone', () => {
  it('for plans crossing 2026-10-01 from a month’s first day, growth 0', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, async (p) => {
        const text = planText(p);
        const whole = (await run(text)).report;
        const alone: string[] = [];
        for (let m = 1; m <= p.months; m++)
          alone.push((await run(text, { asOf: addMonths(p.asOf, m - 1), months: 1 })).report.totals.meta);
        expect(whole.totals.months.map((x) => new Decimal(x.meta).toFixed())).toEqual(
          alone.map((x) => new Decimal(x).toFixed()),
        );
        const sum = alone.reduce((a, x) => a.plus(x), new Decimal(0));
        expect(new Decimal(whole.totals.meta).eq(sum)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});
