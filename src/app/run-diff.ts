import type { Io } from '../io/io.js';
import { buildDiffReport } from '../report/build-diff-report.js';
import { DIFF_RENDERERS } from '../render/diff-renderers.js';
import type { OutputFormat } from '../render/output-formats.js';
import type { RenderOptions } from '../render/render-options.js';
import { assertSameCurrency, emitText } from './emit-estimate.js';
import { loadSavedReport } from './load-report.js';
import { toolVersion } from './tool-version.js';

/** read two saved reports → diff → render → stdout or `--out`. */
export async function runDiff(
  basePath: string,
  newPath: string,
  flags: { format: OutputFormat; out?: string; showAll?: boolean },
  render: RenderOptions,
  io: Io,
): Promise<void> {
  const [base, next] = await Promise.all([loadSavedReport(basePath, io), loadSavedReport(newPath, io)]);
  assertSameCurrency(base, next, newPath);
  const diff = buildDiffReport(base, next, `wa-cost ${toolVersion()}`, { showAll: flags.showAll });
  await emitText(DIFF_RENDERERS[flags.format](diff, render), flags.out, io);
}
