/**
 * Serialisable views of vendor plans and of `compare`: what `--format json` writes and what every
 * vendor renderer reads. Money and quantities are decimal strings, unrounded (docs/vendors.md).
 */
export const VENDOR_VIEW_VERSION = 1;

export interface VendorSourceView {
  url: string | null;
  reference: string | null;
  read_on: string;
  captured_on: string | null;
  trust: string;
}

/** One catalog row of `vendors list`. */
export interface VendorSummaryView {
  id: string;
  vendor: string;
  name: string;
  currency: string;
  meta_fees: string;
  /** Components the plan charges, in file order: `subscription`, `per_message`, … */
  components: string[];
  /** One short line per component: `subscription: 199/month; 5 seats included; extra seat 40/month`. */
  pricing: string[];
  source: VendorSourceView;
  /** Prices the research did not capture (the plan cannot be fully priced). */
  unpublished: string[];
  file: string;
}

export interface VendorListView {
  version: typeof VENDOR_VIEW_VERSION;
  /** The folder the catalog was read from. */
  catalog: string;
  plans: VendorSummaryView[];
}

/** `vendors show`: the summary plus the plan's keys as written (snake_case, decimal strings) and notes. */
export interface VendorDetailView {
  version: typeof VENDOR_VIEW_VERSION;
  plan: VendorSummaryView & { notes: string[]; terms: Record<string, unknown> };
}
