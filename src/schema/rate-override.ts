import { z } from 'zod';
import { CATEGORIES } from '../core/rate-card.js';
import { currencyCode, decimal, isoDate, strictObject } from './fields.js';

/**
 * A user's own rate (docs/rate-cards.md "Override files"): for a market and/or category (both absent:
 * everything), either a contract `rate` in the file's currency or a `markup_pct` over Meta's rate.
 */
export const overrideEntrySchema = strictObject({
  market: z.string().min(1, 'a market name like "India" or "Rest of Africa"').optional(),
  category: z.enum(CATEGORIES).optional(),
  rate: decimal({ min: '0' }).optional(),
  markup_pct: decimal({ min: '-100', max: '1000' }).optional(),
  note: z.string().optional(),
}).superRefine((e, ctx) => {
  if ((e.rate === undefined) === (e.markup_pct === undefined))
    ctx.addIssue({
      code: 'custom',
      path: e.rate === undefined ? [] : ['markup_pct'],
      message: 'give exactly one of `rate` (your price per message) or `markup_pct` (percent over Meta’s rate)',
    });
});
export type OverrideEntry = z.output<typeof overrideEntrySchema>;

/** An override file in YAML. `currency` is required as soon as one entry has a `rate`. */
export const overrideFileSchema = strictObject({
  version: z.union([z.literal(1), z.literal('1')], { error: 'expected `version: 1`' }),
  name: z.string().optional(),
  source: z.string().optional(),
  currency: currencyCode().optional(),
  rates: z.array(overrideEntrySchema).min(1, 'list at least one rate'),
}).superRefine((f, ctx) => {
  const rates = Array.isArray(f.rates) ? f.rates : [];
  if (f.currency === undefined && rates.some((r) => r?.rate !== undefined))
    ctx.addIssue({ code: 'custom', path: ['currency'], message: 'a file with `rate` entries needs `currency:` (the currency of those rates, e.g. USD)' });
  duplicateIssues(rates).forEach((i) => ctx.addIssue({ code: 'custom', path: ['rates', i.index], message: i.message }));
}, { when: (p) => typeof p.value === 'object' && p.value !== null });

/** Two entries for the same market and category: the second is an error (which one would win?). */
export function duplicateIssues(
  entries: readonly (Partial<OverrideEntry> | undefined)[],
  name: (index: number) => string = (i) => `entry ${i + 1}`,
): { index: number; message: string }[] {
  const seen = new Map<string, number>();
  const out: { index: number; message: string }[] = [];
  entries.forEach((e, index) => {
    if (!e || typeof e !== 'object') return;
    const key = `${e.market ?? '*'}\u0000${e.category ?? '*'}`;
    const first = seen.get(key);
    if (first !== undefined)
      out.push({ index, message: `same market and category as ${name(first)} (${e.market ?? 'all markets'}, ${e.category ?? 'all categories'}): keep one` });
    else seen.set(key, index);
  });
  return out;
}

/** `rate_overrides:` in a plan: a file path (relative to the plan), or a list of paths and inline entries (in the plan currency). */
export const planRateOverridesSchema = z.union([
  z.string().min(1),
  z.array(z.union([z.string().min(1), overrideEntrySchema])),
]);

/** `fx:` in a plan: per target currency, how many units of it one USD buys, with date and source. */
export const planFxSchema = z
  .record(
    z.string(),
    strictObject({
      rate: decimal({ positive: true }),
      as_of: isoDate(),
      source: z.string().min(1, 'say where the rate comes from, e.g. "ECB reference rate"'),
    }),
  )
  .superRefine((rec, ctx) => {
    for (const key of Object.keys(rec)) {
      if (!/^[A-Z]{3}$/.test(key))
        ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" is not a currency code: write it like EUR` });
      else if (key === 'USD')
        ctx.addIssue({ code: 'custom', path: [key], message: 'rates are converted from Meta’s USD card: an fx entry for USD is not needed' });
    }
  });
