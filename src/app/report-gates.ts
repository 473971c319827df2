import { checkGates, type GateFailure, type Gates } from '../core/budget-gates.js';
import { dec } from '../core/money.js';
import { GateError, UsageError } from '../errors.js';
import { formatSignedPct } from '../render/diff-format.js';
import { formatMoney } from '../render/format.js';
import type { KpiSection } from '../report/kpi-report.js';
import type { Report } from '../report/report.js';

/** Gate flags as the command line gives them: validated decimal text (see commands/options.ts). */
export interface GateFlags {
  maxCost?: string;
  maxMonthlyCost?: string;
  minRoi?: string;
  /** `500` (an amount in the plan currency) or `10%`. */
  maxIncrease?: string;
  /** `--strict`: every warning (stale card, allowed missing rate, rejected contact rows…) fails the run. */
  strict?: boolean;
}

/** True when any gate is set. */
export function hasGates(f: GateFlags): boolean {
  return (
    [f.maxCost, f.maxMonthlyCost, f.minRoi, f.maxIncrease].some((x) => x !== undefined) || f.strict === true
  );
}

/**
 * Checks the gates against a report (and the baseline for `--max-increase`). Returns normally when all
 * pass; throws a GateError (exit 1) whose message is one line per failed gate. Call it AFTER the report
 * was written: a failed gate never hides the report.
 */
export function enforceGates(flags: GateFlags, report: Report, base: Report | null): void {
  const roi = flags.minRoi === undefined ? null : reportRoiPct(report);
  if (flags.minRoi !== undefined && roi === null)
    throw new UsageError([
      {
        message: '--min-roi needs a plan with revenue: this plan has no ROI',
        hint: 'give campaigns `revenue_per_conversion` and a `funnel.conversion_pct` (docs/kpis.md), or drop --min-roi',
      },
    ]);
  const gates: Gates = {
    ...(flags.maxCost !== undefined && { maxCost: dec(flags.maxCost) }),
    ...(flags.maxMonthlyCost !== undefined && { maxMonthlyCost: dec(flags.maxMonthlyCost) }),
    ...(flags.minRoi !== undefined && { minRoiPct: dec(flags.minRoi) }),
    ...(flags.maxIncrease !== undefined && {
      maxIncrease: flags.maxIncrease.endsWith('%')
        ? { kind: 'pct' as const, value: dec(flags.maxIncrease.slice(0, -1)) }
        : { kind: 'amount' as const, value: dec(flags.maxIncrease) },
    }),
  };
  const failures = checkGates(gates, {
    total: dec(report.totals.total),
    monthly: report.totals.months.map((m) => dec(m.total)),
    roiPct: roi === null ? null : dec(roi),
    baseTotal: base ? dec(base.totals.total) : null,
  });
  const lines = failures.map((f) => gateMessage(f, report.plan.currency, report.plan.months));
  lines.push(...uncheckableGates(flags, report, new Set(failures.map((f) => f.gate))));
  if (flags.strict && report.warnings.length > 0)
    lines.push(strictMessage(report.warnings.map((w) => w.code)));
  if (lines.length > 0) throw new GateError(lines.join('\n'));
}

/**
 * Gates that passed on a total that is only a lower bound (charges not priced, with
 * --allow-missing-rates): they cannot be checked, so they fail, saying why. A gate that failed on the
 * lower bound has failed for certain and is reported as usual.
 */
function uncheckableGates(flags: GateFlags, report: Report, failed: ReadonlySet<string>): string[] {
  const unpriced = report.skipped.length + (report.vendor?.unpriced.length ?? 0);
  if (unpriced === 0) return [];
  const set: [string, string | undefined][] = [
    ['max-cost', flags.maxCost],
    ['max-monthly-cost', flags.maxMonthlyCost],
    ['min-roi', flags.minRoi],
    ['max-increase', flags.maxIncrease],
  ];
  const what = `${unpriced} charge${unpriced === 1 ? ' is' : 's are'} not priced (--allow-missing-rates), so the total is only a lower bound${flags.minRoi === undefined ? '' : ' and the ROI an upper bound'}`;
  return set
    .filter(([gate, limit]) => limit !== undefined && !failed.has(gate))
    .map(
      ([gate, limit]) =>
        `--${gate} ${limit}: cannot be checked: ${what}; give their prices (--rates FILE, or the vendor plan) or drop the gate`,
    );
}

/** The `--strict` gate line: how many warnings, of which kinds (they were printed above it). */
export function strictMessage(codes: readonly string[]): string {
  const kinds = [...new Set(codes.map((c) => c.replace(/-(?:[A-Z]{2}|[^-]*:.*)$/, '')))];
  return `--strict: ${codes.length} warning${codes.length === 1 ? '' : 's'} (${kinds.join(', ')}); fix them or drop --strict`;
}

/** One line saying which gate failed, by how much; amounts rounded for display only. */
export function gateMessage(f: GateFailure, cur: string, months: number): string {
  const m = (d: { toFixed(): string }) => `${formatMoney(d.toFixed(), cur)} ${cur}`;
  switch (f.gate) {
    case 'max-cost':
      return `--max-cost ${f.limit.toFixed()}: the total over ${months} month${months === 1 ? '' : 's'} is ${m(f.actual)}, ${m(f.actual.minus(f.limit))} over the limit`;
    case 'max-monthly-cost':
      return `--max-monthly-cost ${f.limit.toFixed()}: month ${f.month} costs ${m(f.actual)}, ${m(f.actual.minus(f.limit))} over the limit`;
    case 'min-roi':
      return `--min-roi ${f.limit.toFixed()}: the plan's ROI is ${formatSignedPct(f.actual.toFixed())}, below the minimum ${f.limit.toFixed()}%`;
    case 'max-increase':
      return `--max-increase ${f.limit.toFixed()}${f.kind === 'pct' ? '%' : ''}: the total rose by ${m(f.increase)} (${formatSignedPct(f.increasePct === null ? null : f.increasePct.toFixed())} against the baseline), above the limit`;
    default:
      return f satisfies never;
  }
}

/**
 * The plan's total ROI in percent over the horizon, from the report's KPI section (issue 6); null when
 * the report has no KPI section or the ROI is not computable (no revenue).
 */
export function reportRoiPct(report: Report): string | null {
  const kpis = (report as Report & { kpis?: KpiSection | null }).kpis;
  if (!kpis) return null;
  const row = kpis.groups.find((g) => g.scope === 'total')?.rows.find((r) => r.id === 'roi');
  if (!row) return null;
  const column = ['horizon', 'horizon.base'].find((c) => c in row.values) ?? kpis.columns[0]?.id;
  return column === undefined ? null : (row.values[column] ?? null);
}
