import type { RenderOptions } from './render-options.js';
import { renderVendorDetailCsv, renderVendorListCsv } from './vendor-catalog-csv.js';
import { renderVendorDetailTable, renderVendorListTable } from './vendor-catalog-table.js';
import type { VendorDetailView, VendorListView } from './vendor-view.js';

const json = (view: unknown) => `${JSON.stringify(view, null, 2)}\n`;

/** Output formats of `vendors list`, registered in one map. */
export const VENDOR_LIST_RENDERERS = {
  table: renderVendorListTable,
  json: (view: VendorListView) => json(view),
  csv: (view: VendorListView) => renderVendorListCsv(view),
} satisfies Record<string, (view: VendorListView, opts: RenderOptions) => string>;

/** Output formats of `vendors show`. */
export const VENDOR_DETAIL_RENDERERS = {
  table: renderVendorDetailTable,
  json: (view: VendorDetailView) => json(view),
  csv: (view: VendorDetailView) => renderVendorDetailCsv(view),
} satisfies Record<string, (view: VendorDetailView, opts: RenderOptions) => string>;

export type VendorFormat = keyof typeof VENDOR_LIST_RENDERERS;
export const VENDOR_FORMATS = Object.keys(VENDOR_LIST_RENDERERS) as VendorFormat[];
