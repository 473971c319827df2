import type { Report } from '../report/report.js';
import { renderEstimateCsv } from './estimate-csv.js';
import { renderEstimateJson } from './estimate-json.js';
import { renderEstimateMarkdown } from './estimate-markdown.js';
import { renderEstimateTable } from './estimate-table.js';
import type { OutputFormat } from './output-formats.js';
import type { RenderOptions } from './render-options.js';

/** Every output format of `estimate`, registered in one map. */
export const ESTIMATE_RENDERERS = {
  table: renderEstimateTable,
  json: (report: Report) => renderEstimateJson(report),
  csv: (report: Report) => renderEstimateCsv(report),
  markdown: (report: Report) => renderEstimateMarkdown(report),
} satisfies Record<OutputFormat, (report: Report, opts: RenderOptions) => string>;

export type EstimateFormat = keyof typeof ESTIMATE_RENDERERS;
export const ESTIMATE_FORMATS = Object.keys(ESTIMATE_RENDERERS) as EstimateFormat[];
