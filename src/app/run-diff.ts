import type { Io } from '../io/io.js';
import { buildDiffReport } from '../report/build-diff-report.js';
import { DIFF_RENDERERS } from '../render/diff-renderers.js';
import type { OutputFormat } from '../render/output-formats.js';
import type { RenderOptions } from '../render/render-options.js';
import { assertSameCurrency, emitText } from './emit-estimate.js';
import { loadSavedReport } from './load-report.js';
import { InputError, WaCostError } from '../errors.js';
import type { Report } from '../report/report.js';
import { toolVersion } from './tool-version.js';

/** read two saved reports → diff → render → stdout or `--out`. */
export async function runDiff(
  basePath: string,
  newPath: string,
  flags: { format: OutputFormat; out?: string; showAll?: boolean },
  render: RenderOptions,
  io: Io,
): Promise<void> {
  // Both files are read before any error is raised, so the problems of both are reported at once, in order.
  const settled = await Promise.allSettled([loadSavedReport(basePath, io), loadSavedReport(newPath, io)]);
  const reports: Report[] = [];
  const errors: WaCostError[] = [];
  for (const r of settled) {
    if (r.status === 'fulfilled') reports.push(r.value);
    else if (r.reason instanceof WaCostError) errors.push(r.reason);
    else throw r.reason instanceof Error ? r.reason : new Error(String(r.reason));
  }
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1)
    throw new InputError(
      errors[0]!.code,
      errors.flatMap((e) => [...e.problems]),
    );
  const [base, next] = reports as [Report, Report];
  assertSameCurrency(base, next, newPath);
  const diff = buildDiffReport(base, next, `wa-cost ${toolVersion()}`, { showAll: flags.showAll });
  await emitText(DIFF_RENDERERS[flags.format](diff, render), flags.out, io);
}
