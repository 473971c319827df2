import { z } from 'zod';
import { decimal, strictObject } from './fields.js';

/** The quoted-benchmark file `rates/benchmarks/kpi-ranges.yaml` (docs/kpis.md, "Benchmarks"). */
const range = strictObject({
  label: z.string().min(1),
  applies_to: z.array(z.string().min(1)).min(1),
  unit: z.enum(['pct', 'ratio']),
  low: decimal({ min: '0' }),
  high: decimal({ min: '0' }),
  best: z.string().optional(),
  lower_is_better: z.boolean().default(false),
  note: z.string().optional(),
}).refine((r) => r.low.lte(r.high), { message: '`low` must not be above `high`', path: ['high'] });

export const kpiBenchmarksSchema = strictObject({
  version: z.literal('1').or(z.literal(1)),
  id: z.string().min(1),
  trust: z.string().min(1),
  source: strictObject({ name: z.string().min(1), url: z.string().url('expected a URL').optional(), research: z.string().optional() }),
  notes: z.array(z.string()).default([]),
  ranges: z.record(z.string(), range),
});

export type KpiBenchmarksFile = z.output<typeof kpiBenchmarksSchema>;
