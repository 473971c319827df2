import type { KpiSection } from '../report/kpi-report.js';
import { renderKpiCsv } from './kpi-csv.js';
import { renderKpiJson } from './kpi-json.js';
import { renderKpiMarkdown } from './kpi-markdown.js';
import { renderKpiTable } from './kpi-table.js';
import type { RenderOptions } from './render-options.js';

export const KPI_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type KpiFormat = (typeof KPI_FORMATS)[number];

/** Every KPI renderer, by `--format`; each is a function of the section alone. */
export const KPI_RENDERERS: Record<KpiFormat, (section: KpiSection, opts: RenderOptions) => string> = {
  table: renderKpiTable,
  json: renderKpiJson,
  csv: renderKpiCsv,
  markdown: renderKpiMarkdown,
};
