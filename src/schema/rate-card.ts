import { z } from 'zod';
import { CATEGORIES } from '../core/rate-card.js';
import { decimal, isoDate, currencyCode, strictObject } from './fields.js';

/** The rate-card file format, documented in README "Rate cards". */
const source = strictObject({
  url: z.string().url('expected a URL'),
  name: z.string().optional(),
  research: z.string().optional(),
  via: z.array(z.string()).default([]),
});
const category = z.enum(CATEGORIES);
const rate = decimal({ min: '0' });

export const rateCardSchema = strictObject({
  version: z.literal('1').or(z.literal(1)),
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, 'ids are words joined by dashes'),
  provider: z.literal('meta'),
  model: z.enum(['per_message', 'per_conversation']),
  currency: currencyCode(),
  effective_date: isoDate(),
  complete: z.boolean().default(false),
  trust: z.string(),
  source,
  notes: z.array(z.string()).default([]),
  row_notes: z.array(strictObject({ market: z.string(), category, trust: z.string(), note: z.string() })).default([]),
  rates: z.record(z.string(), strictObject({
    marketing: rate.optional(),
    utility: rate.optional(),
    authentication: rate.optional(),
    authentication_international: rate.optional(),
    service: rate.optional(),
  })),
});

export const tierTableSchema = strictObject({
  version: z.literal('1').or(z.literal(1)),
  id: z.string(),
  provider: z.literal('meta'),
  currency: currencyCode(),
  effective_date: isoDate(),
  trust: z.string(),
  confidence: z.enum(['normal', 'low']).default('normal'),
  source,
  notes: z.array(z.string()).default([]),
  tables: z.array(
    strictObject({
      market: z.string(),
      category,
      tiers: z
        .array(strictObject({ from: decimal({ min: '0', integer: true }), to: decimal({ min: '1', integer: true }).nullable(), rate }))
        .min(1)
        .refine((ts) => ts.every((t, i) => (i === ts.length - 1 ? t.to === null : t.to !== null)), 'every tier but the last needs a `to`; the last has `to: null`')
        .refine((ts) => ts.every((t, i) => i === 0 || (t.to ?? null) === null || t.to!.gt(ts[i - 1]!.to!)), 'tier bounds must increase'),
    }),
  ),
});

const period = strictObject({ market: z.string(), from: isoDate().optional(), to: isoDate().optional(), assumed: z.boolean().default(false) });
export const marketMappingSchema = strictObject({
  version: z.literal('1').or(z.literal(1)),
  id: z.string(),
  source: strictObject({ url: z.string().url(), name: z.string().optional(), research: z.string().optional() }),
  trust: z.string(),
  default_market: z.string(),
  notes: z.array(z.string()).default([]),
  countries: z.record(z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166 alpha-2 code'), strictObject({ name: z.string(), calling_code: z.string(), periods: z.array(period).min(1) })),
});

/** `rates/meta/changes.yaml`: Meta's documented rate changes (docs/rate-cards.md, "Documented changes"). */
export const rateChangesSchema = strictObject({
  version: z.literal('1').or(z.literal(1)),
  id: z.string(),
  provider: z.literal('meta'),
  source: strictObject({ url: z.string().url(), name: z.string().optional(), research: z.string().optional() }),
  notes: z.array(z.string()).default([]),
  changes: z.array(
    strictObject({
      effective_date: isoDate(),
      markets: z.literal('all').or(z.array(z.string().min(1)).min(1)),
      categories: z.array(category).min(1),
      direction: z.enum(['higher', 'lower', 'changed']),
      quote: z.string().min(1),
      source_url: z.string().url('expected a URL'),
      trust: z.string().min(1),
      basis: z.string().optional(),
    }),
  ),
});
