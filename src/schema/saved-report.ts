import { z } from 'zod';

/**
 * The parts of a saved estimate report (`wa-cost estimate --format json`) that `diff` and
 * `--compare-to` read. Keys a later minor version adds are kept (loose objects); a report of another
 * kind or of a version this wa-cost does not read is refused with a clear message.
 */
export const READABLE_REPORT_VERSIONS = [1] as const;

// z.custom keeps these messages as written (the validator rewrites type errors generically).
const DECIMAL_STRING_RE = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
const decimalString = () =>
  z.custom<string>(
    (v) => typeof v === 'string' && DECIMAL_STRING_RE.test(v),
    'expected money as a decimal string such as "12.5" (wa-cost writes money as strings)',
  );

const line = z.looseObject({
  id: z.string().min(1),
  section: z.enum(['meta', 'vendor']),
  kind: z.string(),
  in_total: z.boolean().optional(),
  campaign: z.string().nullable(),
  name: z.string(),
  cost: decimalString(),
});

/** Checked first: a file of another kind or version gets this one message, not every missing key. */
export const savedReportHeaderSchema = z.looseObject({
  report: z.custom<'wa-cost/estimate'>(
    (v) => v === 'wa-cost/estimate',
    'not a wa-cost estimate report (expected "report": "wa-cost/estimate"; save one with `wa-cost estimate plan.yaml --format json --out base.json`)',
  ),
  version: z.custom<(typeof READABLE_REPORT_VERSIONS)[number]>(
    (v) => (READABLE_REPORT_VERSIONS as readonly unknown[]).includes(v),
    `a report version this wa-cost does not read (it reads version ${READABLE_REPORT_VERSIONS.join(', ')}); re-run the estimate with this wa-cost`,
  ),
});

export const savedReportSchema = savedReportHeaderSchema.extend({
  plan: z.looseObject({
    name: z.string(),
    file: z.string(),
    as_of: z.string(),
    currency: z.string(),
    months: z.number().int().positive(),
  }),
  rate_cards: z.array(z.looseObject({ id: z.string() })),
  lines: z.array(line),
  totals: z.looseObject({
    meta: decimalString(),
    vendor: decimalString().nullable(),
    total: decimalString(),
  }),
});
