import { HUNDRED, ZERO, dec, type Decimal } from '../core/money.js';
import {
  DIFF_REPORT_VERSION,
  type DiffAmount,
  type DiffLine,
  type DiffReport,
  type DiffSide,
} from './diff-report.js';
import type { Report, ReportLine } from './report.js';

export interface DiffOptions {
  /** Keep unchanged lines in `lines` (they are always counted). */
  showAll?: boolean;
}

const s = (d: Decimal): string => d.toFixed();

/**
 * Compares two estimate reports line by line (matched by `id`) and in total. Pure: decimal strings in,
 * decimal strings out, unrounded. Δ = new − old; Δ% = Δ ÷ old × 100, null when old is zero. The
 * caller checks that both reports bill in the same currency (amounts in different currencies do not
 * subtract).
 */
export function buildDiffReport(
  base: Report,
  next: Report,
  generatedBy: string,
  opts: DiffOptions = {},
): DiffReport {
  const baseById = new Map(base.lines.map((l) => [l.id, l]));
  const nextIds = new Set(next.lines.map((l) => l.id));
  const all: DiffLine[] = [
    ...next.lines.map((l) => {
      const old = baseById.get(l.id);
      return lineDiff(l, old?.cost ?? null, l.cost);
    }),
    ...base.lines.filter((l) => !nextIds.has(l.id)).map((l) => lineDiff(l, l.cost, null)),
  ];
  const counts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const l of all) counts[l.status] += 1;
  const lines = opts.showAll ? all : all.filter((l) => l.status !== 'unchanged');
  const notes: string[] = [];
  if (base.plan.months !== next.plan.months)
    notes.push(
      `The horizons differ: ${base.plan.months} month(s) before, ${next.plan.months} after; totals cover each report's own horizon.`,
    );
  if (base.plan.as_of !== next.plan.as_of)
    notes.push(`Priced as of ${base.plan.as_of} before and ${next.plan.as_of} after.`);
  const vendorBoth = base.totals.vendor !== null || next.totals.vendor !== null;
  return {
    report: 'wa-cost/diff',
    version: DIFF_REPORT_VERSION,
    generated_by: generatedBy,
    currency: next.plan.currency,
    base: side(base),
    next: side(next),
    totals: {
      meta: diffAmount(dec(base.totals.meta), dec(next.totals.meta)),
      vendor: vendorBoth ? diffAmount(dec(base.totals.vendor ?? '0'), dec(next.totals.vendor ?? '0')) : null,
      total: diffAmount(dec(base.totals.total), dec(next.totals.total)),
    },
    counts,
    hidden_unchanged: all.length - lines.length,
    lines,
    notes,
  };
}

/** old → new with Δ and Δ% (null when old is zero); unrounded decimal strings. */
export function diffAmount(old: Decimal, next: Decimal): DiffAmount {
  const delta = next.minus(old);
  return {
    old: s(old),
    new: s(next),
    delta: s(delta),
    delta_pct: old.isZero() ? null : s(delta.div(old).times(HUNDRED)),
  };
}

function lineDiff(l: ReportLine, oldCost: string | null, newCost: string | null): DiffLine {
  const old = oldCost === null ? ZERO : dec(oldCost);
  const next = newCost === null ? ZERO : dec(newCost);
  const amount = diffAmount(old, next);
  const status =
    oldCost === null ? 'added' : newCost === null ? 'removed' : old.eq(next) ? 'unchanged' : 'changed';
  return {
    id: l.id,
    name: l.name,
    campaign: l.campaign,
    section: l.section,
    kind: l.kind,
    status,
    // Reports saved before `in_total` existed counted every line.
    in_total: (l as Partial<ReportLine>).in_total ?? true,
    old: oldCost === null ? null : amount.old,
    new: newCost === null ? null : amount.new,
    delta: amount.delta,
    delta_pct: oldCost === null ? null : amount.delta_pct,
  };
}

function side(r: Report): DiffSide {
  return {
    plan: r.plan.name,
    file: r.plan.file,
    as_of: r.plan.as_of,
    months: r.plan.months,
    rate_cards: r.rate_cards.map((c) => c.id),
  };
}
