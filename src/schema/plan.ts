import { z } from 'zod';
import { isIsoCountry } from '../core/iso-countries.js';
import { amount, count, currencyCode, decimal, isoDate, percent, strictObject } from './fields.js';
import { didYouMean } from './did-you-mean.js';
import { campaignKpiShape, planKpiShape, scenarioValue } from './plan-kpi-fields.js';
import { planFxSchema, planRateOverridesSchema } from './rate-override.js';
import { Decimal } from '../core/money.js';

/**
 * The plan file, version 1. The README's "Plan format" documents every key; keys are snake_case with
 * units last, percentages end in `_pct` (0–100). Defaults live here and nowhere else.
 */
export const countryCode = () =>
  z
    .string({ error: 'expected a country code like DE' })
    .transform((s) => s.toUpperCase())
    .refine(isIsoCountry, { message: 'not an ISO 3166 alpha-2 country code (e.g. DE, IN, BR, US)' });

/** `{ IN: 20000, BR: 5000 }`: a count per country. Keys are checked like values. */
const countryCounts = () =>
  z.record(z.string(), count()).superRefine((rec, ctx) => {
    for (const key of Object.keys(rec)) {
      if (!isIsoCountry(key.toUpperCase())) {
        ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" is not an ISO 3166 alpha-2 country code (e.g. DE, IN, BR, US)` });
      }
    }
  }, { when: (payload) => isRecord(payload.value) });

const audience = strictObject({
  countries: countryCounts().optional(),
  contacts: z.string().min(1).optional(),
  phone_column: z.string().optional(),
  country_column: z.string().optional(),
  default_country: countryCode().optional(),
  delimiter: z.enum([',', ';', '\t']).optional(),
}).superRefine((a, ctx) => {
  if ((a.countries === undefined) === (a.contacts === undefined)) {
    ctx.addIssue({ code: 'custom', message: 'an audience needs exactly one of `countries: { IN: 20000, ... }` or `contacts: file.csv`' });
  }
});

export const TEMPLATE_CATEGORIES = ['marketing', 'utility', 'authentication'] as const;

const campaign = strictObject({
  name: z.string().min(1, 'a campaign needs a name'),
  audience: z.string(),
  category: z.enum(TEMPLATE_CATEGORIES),
  messages_per_recipient: amount().prefault('1'),
  sends_per_month: amount().prefault('1'),
  // Any share may be a scenario [low, base, high]: costs and KPIs then get low / base / high columns.
  delivery_rate_pct: scenarioValue(percent()).prefault('100'),
  in_service_window_pct: scenarioValue(percent()).prefault('0'),
  free_entry_point_pct: scenarioValue(percent()).prefault('0'),
  same_window: z.boolean().default(true),
  /** Messages users send back per recipient reached (vendors such as Twilio charge inbound). */
  inbound_messages_per_recipient: amount().prefault('0'),
  /** Funnel, revenue and margin: the KPIs' inputs (docs/kpis.md). */
  ...campaignKpiShape,
});

const service = strictObject({
  monthly_conversations: countryCounts(),
  messages_per_conversation: amount().prefault('1'),
  /** Messages the user sends per conversation; default: as many as the business sends. */
  user_messages_per_conversation: amount().optional(),
  free_entry_point_pct: scenarioValue(percent()).prefault('0'),
});

const vendor = strictObject({
  plan: z.string().min(1),
  seats: count().prefault('1'),
  billing: z.enum(['monthly', 'annual']).default('monthly'),
});

export const planSchema = strictObject({
  version: z.union([z.literal(1), z.literal('1')], { error: 'expected `version: 1`' }),
  name: z.string().min(1),
  as_of: isoDate().optional(),
  currency: currencyCode().default('USD'),
  business_country: countryCode().optional(),
  auth_international_eligible: z.boolean().default(false),
  months: decimal({ min: '1', max: '120', integer: true }).prefault('1'),
  monthly_growth_pct: scenarioValue(decimal({ min: '-100', max: '1000' })).prefault('0'),
  phone_numbers: decimal({ min: '1', integer: true }).prefault('1'),
  audiences: z.record(z.string(), audience),
  campaigns: z.array(campaign).default([]),
  service: service.optional(),
  vendor: vendor.optional(),
  /** Extra costs and savings for ROI (docs/kpis.md). */
  ...planKpiShape,
  /** Your own rates: an override file (relative to the plan), or a list of files and inline entries. */
  rate_overrides: planRateOverridesSchema.optional(),
  /** Conversion from Meta's USD card when Meta has no card in the plan currency on as_of. */
  fx: planFxSchema.optional(),
}).superRefine(checkReferences, {
  // Run the cross-checks even when a field has failed, so every problem is reported at once.
  when: (payload) => isRecord(payload.value),
});

/** Cross-field checks; defensive because they also run on a plan with other errors. */
function checkReferences(raw: unknown, ctx: z.RefinementCtx): void {
  const plan = raw as Partial<Record<string, unknown>>;
  const audiences = isRecord(plan['audiences']) ? plan['audiences'] : {};
  const names = Object.keys(audiences);
  const campaigns = Array.isArray(plan['campaigns']) ? (plan['campaigns'] as unknown[]) : [];
  const seen = new Set<string>();
  campaigns.forEach((c, i) => {
    if (!isRecord(c)) return;
    if (typeof c['audience'] === 'string' && !Object.hasOwn(audiences, c['audience'])) {
      const hint = didYouMean(c['audience'], names);
      ctx.addIssue({
        code: 'custom',
        path: ['campaigns', i, 'audience'],
        message: `unknown audience "${c['audience']}"${hint ? ` (did you mean "${hint}"?)` : names.length ? ` (audiences: ${names.join(', ')})` : ''}`,
      });
    }
    if (typeof c['name'] === 'string') {
      if (seen.has(c['name'])) ctx.addIssue({ code: 'custom', path: ['campaigns', i, 'name'], message: `campaign name "${c['name']}" is used twice` });
      seen.add(c['name']);
    }
    const csw = c['in_service_window_pct'] as { high?: unknown } | undefined;
    const fep = c['free_entry_point_pct'] as { high?: unknown } | undefined;
    if (csw?.high instanceof Decimal && fep?.high instanceof Decimal && csw.high.plus(fep.high).gt(100)) {
      ctx.addIssue({ code: 'custom', path: ['campaigns', i, 'free_entry_point_pct'], message: 'in_service_window_pct + free_entry_point_pct is more than 100' });
    }
  });
  if (plan['auth_international_eligible'] === true && plan['business_country'] === undefined) {
    ctx.addIssue({ code: 'custom', path: ['auth_international_eligible'], message: 'authentication-international needs `business_country` (your primary business location)' });
  }
  if (campaigns.length === 0 && plan['service'] === undefined) {
    ctx.addIssue({ code: 'custom', path: ['campaigns'], message: 'the plan has nothing to price: add a campaign or a `service:` section' });
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export type Plan = z.output<typeof planSchema>;
export type Campaign = Plan['campaigns'][number];
export type Audience = Plan['audiences'][string];
