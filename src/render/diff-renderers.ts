import type { DiffReport } from '../report/diff-report.js';
import { renderDiffCsv } from './diff-csv.js';
import { renderDiffMarkdown } from './diff-markdown.js';
import { renderDiffTable } from './diff-table.js';
import type { OutputFormat } from './output-formats.js';
import type { RenderOptions } from './render-options.js';

/** Every output format of `diff` and `estimate --compare-to`, registered in one map. */
export const DIFF_RENDERERS = {
  table: renderDiffTable,
  json: (diff: DiffReport) => `${JSON.stringify(diff, null, 2)}\n`,
  csv: (diff: DiffReport) => renderDiffCsv(diff),
  markdown: (diff: DiffReport) => renderDiffMarkdown(diff),
} satisfies Record<OutputFormat, (diff: DiffReport, opts: RenderOptions) => string>;

export type DiffFormat = keyof typeof DIFF_RENDERERS;
export const DIFF_FORMATS = Object.keys(DIFF_RENDERERS) as DiffFormat[];
