/**
 * The diff of two estimate reports: a versioned, serialisable view model like the Report itself.
 * `--format json` on `diff` (or `estimate --compare-to`) writes it as is; money is decimal strings,
 * unrounded. Bump DIFF_REPORT_VERSION on any breaking change.
 */
export const DIFF_REPORT_VERSION = 1;

/** One amount before and after. `delta_pct` is null when `old` is zero (no meaningful percentage). */
export interface DiffAmount {
  old: string;
  new: string;
  delta: string;
  delta_pct: string | null;
}

/** How a line changed between the two reports, matched by line `id`. */
export type DiffStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface DiffLine {
  id: string;
  name: string;
  campaign: string | null;
  section: 'meta' | 'vendor';
  /** The line's kind in its report (campaign, service, tier_adjustment, …). */
  kind: string;
  status: DiffStatus;
  /** False when the line is shown but not counted in the total (see ReportLine.in_total). */
  in_total: boolean;
  /** Cost in the base report; null for an added line. */
  old: string | null;
  /** Cost in the new report; null for a removed line. */
  new: string | null;
  delta: string;
  delta_pct: string | null;
}

/** What the diff says about each side. */
export interface DiffSide {
  plan: string;
  file: string;
  as_of: string;
  months: number;
  rate_cards: string[];
}

export interface DiffReport {
  report: 'wa-cost/diff';
  version: typeof DIFF_REPORT_VERSION;
  generated_by: string;
  currency: string;
  base: DiffSide;
  next: DiffSide;
  totals: { meta: DiffAmount; vendor: DiffAmount | null; total: DiffAmount };
  counts: { added: number; removed: number; changed: number; unchanged: number };
  /** Unchanged lines left out of `lines` (0 with --show-all). */
  hidden_unchanged: number;
  /** Lines in the new report's order (changed, unchanged, added), then removed lines in the base's order. */
  lines: DiffLine[];
  /** Things a reader must know, e.g. the horizons differ. */
  notes: string[];
}
