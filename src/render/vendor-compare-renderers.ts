import type { RenderOptions } from './render-options.js';
import { renderCompareCsv } from './vendor-compare-csv.js';
import { renderCompareTable } from './vendor-compare-table.js';
import type { CompareView } from './vendor-compare-view.js';

/** Every output format of `compare`, registered in one map. */
export const COMPARE_RENDERERS = {
  table: renderCompareTable,
  json: (view: CompareView) => `${JSON.stringify(view, null, 2)}\n`,
  csv: (view: CompareView) => renderCompareCsv(view),
} satisfies Record<string, (view: CompareView, opts: RenderOptions) => string>;

export type CompareFormat = keyof typeof COMPARE_RENDERERS;
export const COMPARE_FORMATS = Object.keys(COMPARE_RENDERERS) as CompareFormat[];
