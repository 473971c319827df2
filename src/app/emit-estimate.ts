import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Io } from '../io/io.js';
import { writeTextFile } from '../io/write-text.js';
import { buildDiffReport } from '../report/build-diff-report.js';
import type { Report } from '../report/report.js';
import { DIFF_RENDERERS } from '../render/diff-renderers.js';
import { ESTIMATE_RENDERERS } from '../render/estimate-renderers.js';
import type { OutputFormat } from '../render/output-formats.js';
import type { RenderOptions } from '../render/render-options.js';
import { loadSavedReport } from './load-report.js';
import { enforceGates, type GateFlags } from './report-gates.js';
import { toolVersion } from './tool-version.js';

/** The output and gate flags of `estimate` (issue 7). */
export interface OutputFlags extends GateFlags {
  format: OutputFormat;
  out?: string;
  compareTo?: string;
  showAll?: boolean;
}

/**
 * Checks flag combinations and reads the `--compare-to` baseline, before any pricing so that a bad
 * baseline fails fast. Returns null without `--compare-to`.
 */
export async function loadBaseline(flags: OutputFlags, io: Io): Promise<Report | null> {
  if (flags.maxIncrease !== undefined && flags.compareTo === undefined)
    throw new UsageError([
      {
        message: '--max-increase needs a baseline to compare with',
        hint: 'add --compare-to base.json (a report saved with `wa-cost estimate plan.yaml --format json --out base.json`)',
      },
    ]);
  if (flags.showAll && flags.compareTo === undefined)
    throw new UsageError([{ message: '--show-all applies to a diff', hint: 'add --compare-to base.json' }]);
  return flags.compareTo === undefined ? null : loadSavedReport(flags.compareTo, io);
}

/**
 * Writes the estimate (or, with a baseline, the diff against it) to stdout or `--out`, then the
 * warnings on stderr, then enforces the gates: a failed gate throws GateError (exit 1) after the
 * report has been written.
 */
export async function emitEstimate(
  report: Report,
  base: Report | null,
  flags: OutputFlags,
  render: RenderOptions,
  io: Io,
): Promise<void> {
  let text: string;
  if (base) {
    assertSameCurrency(base, report, flags.compareTo ?? '');
    const diff = buildDiffReport(base, report, `wa-cost ${toolVersion()}`, { showAll: flags.showAll });
    text = DIFF_RENDERERS[flags.format](diff, render);
  } else text = ESTIMATE_RENDERERS[flags.format](report, render);
  await emitText(text, flags.out, io);
  for (const w of report.warnings) io.stderr(`warning: ${w.message}\n`);
  enforceGates(flags, report, base);
}

/** Prints to stdout, or writes `--out FILE` (resolved against the working directory). */
export async function emitText(text: string, out: string | undefined, io: Io): Promise<void> {
  if (out === undefined || out === '-') io.stdout(text);
  else await writeTextFile(resolve(io.cwd, out), text, out);
}

/** Amounts in two currencies do not subtract: a diff needs one currency on both sides. */
export function assertSameCurrency(base: Report, next: Report, baseFile: string): void {
  if (base.plan.currency !== next.plan.currency)
    throw new UsageError([
      {
        file: baseFile,
        message: `the baseline is in ${base.plan.currency} and the new estimate in ${next.plan.currency}: amounts in two currencies cannot be compared`,
        hint: `estimate in ${base.plan.currency} (--currency ${base.plan.currency}) or save a new baseline`,
      },
    ]);
}
