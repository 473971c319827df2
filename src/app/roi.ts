import type { z } from 'zod';
import { computePlanKpis, type CampaignKpiInput, type PlanKpiInput } from '../core/kpis.js';
import { computeSensitivity } from '../core/kpis-sensitivity.js';
import { Decimal, ZERO } from '../core/money.js';
import { UsageError, type Problem } from '../errors.js';
import { ratesDir, type Io } from '../io/io.js';
import { loadKpiBenchmarksFast } from '../io/rate-book-cache.js';
import { buildKpiSection, type KpiSection } from '../report/kpi-report.js';
import { amount, count, decimal, percent } from '../schema/fields.js';

/** The `wa-cost roi` flags, as their source text (money never passes through a JS number). */
export interface RoiFlags {
  revenue?: string;
  cost?: string;
  oneTime?: string;
  messagingCost?: string;
  margin?: string;
  leads?: string;
  conversions?: string;
  recipients?: string;
  delivered?: string;
  messages?: string;
  months?: string;
  /** `true` for the default ±20%, or the percentage as text. */
  sensitivity?: string | boolean;
  currency?: string;
}

const FLAG_FIELDS = {
  revenue: ['--revenue', amount(), '50000.00'],
  cost: ['--cost', amount(), '10000.00'],
  oneTime: ['--one-time', amount(), '5000'],
  messagingCost: ['--messaging-cost', amount(), '900.50'],
  margin: ['--margin', percent(), '40 (a percentage, 0–100)'],
  leads: ['--leads', count(), '300 (a whole number)'],
  conversions: ['--conversions', count(), '120 (a whole number)'],
  recipients: ['--recipients', count(), '10000 (a whole number)'],
  delivered: ['--delivered', count(), '9000 (a whole number)'],
  messages: ['--messages', count(), '9500 (a whole number)'],
  months: ['--months', decimal({ min: '1', max: '120', integer: true }), '12 (a whole number from 1 to 120)'],
} as const satisfies Record<string, readonly [string, z.ZodType<Decimal, string | number>, string]>;

type Parsed = Partial<Record<keyof typeof FLAG_FIELDS, Decimal>>;

/** Parses every numeric flag from its text; all bad values are reported at once (UsageError, exit 2). */
export function parseRoiFlags(flags: RoiFlags): { values: Parsed; sensitivityPct?: Decimal } {
  const problems: Problem[] = [];
  const values: Parsed = {};
  for (const [key, [flag, schema, example]] of Object.entries(FLAG_FIELDS) as [
    keyof typeof FLAG_FIELDS,
    (typeof FLAG_FIELDS)[keyof typeof FLAG_FIELDS],
  ][]) {
    const text = flags[key];
    if (text === undefined) continue;
    const r = schema.safeParse(text);
    if (r.success) values[key] = r.data;
    else
      problems.push({
        message: `${flag}: ${r.error.issues[0]?.message ?? 'invalid value'}`,
        hint: `write a plain number without separators, e.g. ${flag} ${example}`,
      });
  }
  let sensitivityPct: Decimal | undefined;
  if (flags.sensitivity !== undefined && flags.sensitivity !== false) {
    const r = decimal({ positive: true, max: '100' }).safeParse(
      flags.sensitivity === true ? '20' : flags.sensitivity,
    );
    if (r.success) sensitivityPct = r.data;
    else
      problems.push({
        message: `--sensitivity: ${r.error.issues[0]?.message ?? 'invalid value'}`,
        hint: 'give the variation in percent, e.g. --sensitivity 20',
      });
  }
  if (values.messagingCost && values.cost && values.messagingCost.gt(values.cost)) {
    problems.push({
      message: '--messaging-cost is more than --cost',
      hint: '--cost is all monthly spend; --messaging-cost is the per-message part of it',
    });
  }
  if (Object.keys(FLAG_FIELDS).every((k) => k === 'months' || flags[k as keyof RoiFlags] === undefined)) {
    problems.push({
      message: 'nothing to compute',
      hint: 'give at least --revenue and --cost, e.g. wa-cost roi --revenue 50000 --cost 10000',
    });
  }
  if (problems.length > 0) throw new UsageError(problems);
  return { values, sensitivityPct };
}

/**
 * The quick ROI calculator: flags (monthly figures) → the same KPI formulas as `estimate` → a KPI
 * section with a per-month column and, with --months N > 1, an N-month column.
 */
export async function runRoi(flags: RoiFlags, io: Io): Promise<KpiSection> {
  const { values: v, sensitivityPct } = parseRoiFlags(flags);
  const months = v.months ?? new Decimal(1);
  const campaignFor = (m: Decimal): CampaignKpiInput => {
    const times = (d: Decimal | undefined) => d?.times(m);
    return {
      name: 'roi',
      months: m,
      revenue: times(v.revenue),
      messagingCost: times(v.messagingCost),
      allocatedFixedCost: v.cost ? times(v.cost.minus(v.messagingCost ?? ZERO)) : undefined,
      grossMarginPct: v.margin,
      leads: times(v.leads),
      conversions: times(v.conversions),
      recipients: times(v.recipients),
      delivered: times(v.delivered),
      deliveredMessages: times(v.messages),
    };
  };
  const planFor = (m: Decimal): PlanKpiInput => ({
    months: m,
    horizonMonths: months,
    ...(v.oneTime && { costs: { oneTime: v.oneTime, monthly: ZERO } }),
  });
  const periods = months.equals(1) ? [new Decimal(1)] : [new Decimal(1), months];
  const columns = periods.map((m, i) => ({
    id: i === 0 ? 'month' : 'horizon',
    label: i === 0 ? (periods.length > 1 ? 'Per month' : '1 month') : `${m.toFixed()} months`,
    kpis: computePlanKpis([campaignFor(m)], planFor(m)),
  }));
  const benchmarks = await loadKpiBenchmarksFast(ratesDir(io));
  const notes = [
    'Flags are monthly figures; --cost is all monthly spend (Meta, vendor, seats, numbers, tax).',
    ...(v.oneTime && periods.length > 1
      ? [
          `--one-time is spread over ${months.toFixed()} months in the per-month column and counted in full over ${months.toFixed()} months.`,
        ]
      : []),
    v.margin
      ? `ROI, net gain and highest affordable CPA/CPL are on gross margin (${v.margin.toFixed()}% of revenue).`
      : 'ROI is on revenue (give --margin to compute it on gross margin).',
    `Benchmarks are quoted ranges, not measurements (${benchmarks.id}).`,
  ];
  const horizon = columns[columns.length - 1]!;
  return buildKpiSection({
    currency: flags.currency ?? 'USD',
    columns,
    benchmarks: benchmarks.ranges,
    notes,
    ...(sensitivityPct && {
      sensitivity: computeSensitivity([campaignFor(horizon.kpis.months)], planFor(horizon.kpis.months), {
        deltaPct: sensitivityPct,
      }),
    }),
  });
}
