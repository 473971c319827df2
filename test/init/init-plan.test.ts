import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildInitPlan,
  INIT_CATEGORIES,
  parseCountryList,
  starterAnswers,
  type InitAnswers,
} from '../../src/app/init-plan.js';
import { dec } from '../../src/core/money.js';
import { parseYamlSource } from '../../src/io/yaml-source.js';
import { planSchema } from '../../src/schema/plan.js';
import { validateSource } from '../../src/schema/validate.js';

const validate = (text: string) => validateSource(planSchema, parseYamlSource(text, 'plan.yaml'));

describe('parseCountryList', () => {
  const cases: [string, ReturnType<typeof parseCountryList>][] = [
    [
      'IN=20000, BR=5000',
      [
        { code: 'IN', recipients: '20000' },
        { code: 'BR', recipients: '5000' },
      ],
    ],
    [
      'de:1_200; fr 30',
      [
        { code: 'DE', recipients: '1200' },
        { code: 'FR', recipients: '30' },
      ],
    ],
    ['India=500', null],
    ['IN=', null],
    ['IN=1.5', null],
    ['', null],
  ];
  for (const [text, expected] of cases)
    it(JSON.stringify(text), () => expect(parseCountryList(text)).toEqual(expected));
});

describe('buildInitPlan', () => {
  it('the starter plan validates with the defaults it states', () => {
    const plan = validate(buildInitPlan(starterAnswers('../schema/plan.schema.json')));
    expect(plan.months.toFixed()).toBe('3');
    expect(plan.campaigns.map((c) => [c.name, c.category, c.messages_per_recipient.toFixed()])).toEqual([
      ['monthly-promo', 'marketing', '1'],
      ['order-updates', 'utility', '2'],
    ]);
    expect(Object.entries(plan.audiences['main']?.countries ?? {}).map(([k, v]) => [k, v.toFixed()])).toEqual(
      [
        ['IN', '10000'],
        ['BR', '5000'],
        ['DE', '1000'],
      ],
    );
  });

  it('writes the $schema line first, a contacts audience and a vendor', () => {
    const text = buildInitPlan({
      ...starterAnswers('node_modules/wa-cost/schema/plan.schema.json'),
      audience: { kind: 'contacts', file: 'exports/customers "2026".csv', defaultCountry: 'de' },
      vendor: 'respond-io-growth',
    });
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=node_modules/wa-cost/schema/plan.schema.json',
    );
    const plan = validate(text);
    expect(plan.audiences['main']).toMatchObject({
      contacts: 'exports/customers "2026".csv',
      default_country: 'DE',
    });
    expect(plan.vendor).toMatchObject({ plan: 'respond-io-growth', billing: 'monthly' });
  });

  it('property: any answers the wizard accepts give a plan that validates, with the same values', () => {
    const decimalText = fc.oneof(
      fc.nat(10_000).map(String),
      fc.tuple(fc.nat(99), fc.nat(99)).map(([a, b]) => `${a}.${b}`),
    );
    const answers: fc.Arbitrary<InitAnswers> = fc.record({
      name: fc.string({ minLength: 1 }).filter((s) => s.trim().length > 0),
      currency: fc.constantFrom('USD', 'eur', 'INR'),
      months: fc.integer({ min: 1, max: 120 }).map(String),
      audience: fc.record({
        kind: fc.constant('countries' as const),
        countries: fc
          .uniqueArray(fc.constantFrom('IN', 'BR', 'DE', 'US', 'MX'), { minLength: 1 })
          .chain((codes) =>
            fc.tuple(...codes.map((code) => fc.nat(1_000_000).map((n) => ({ code, recipients: String(n) })))),
          ),
      }),
      campaigns: fc.uniqueArray(
        fc.record({
          name: fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s.length > 0),
          category: fc.constantFrom(...INIT_CATEGORIES),
          messagesPerRecipient: decimalText,
          sendsPerMonth: decimalText,
        }),
        { minLength: 1, maxLength: 4, selector: (c) => c.name },
      ),
    });
    fc.assert(
      fc.property(answers, (a) => {
        const plan = validate(buildInitPlan(a));
        expect(plan.name).toBe(a.name);
        expect(plan.currency).toBe(a.currency.toUpperCase());
        expect(
          plan.campaigns.map((c) => [
            c.name,
            c.messages_per_recipient.toFixed(),
            c.sends_per_month.toFixed(),
          ]),
        ).toEqual(
          a.campaigns.map((c) =>
            [c.name, c.messagesPerRecipient, c.sendsPerMonth].map((x, i) => (i === 0 ? x : dec(x).toFixed())),
          ),
        );
      }),
    );
  });
});
