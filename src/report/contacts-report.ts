import { ISO_COUNTRIES } from '../core/iso-countries.js';
import { resolveMarket, resolveMarketPeriod, type MarketMapping } from '../core/markets.js';
import { REASON_HELP, type ContactSummary, type RejectReason } from '../core/contact-summary.js';

/** Bump on any breaking change to the JSON of `wa-cost contacts --format json`. */
export const CONTACTS_REPORT_VERSION = 1;

export interface ContactsReport {
  version: typeof CONTACTS_REPORT_VERSION;
  kind: 'contacts';
  file: string;
  /** The date whose market mapping applies, `YYYY-MM-DD`. */
  as_of: string;
  rows: number;
  /** Unique valid numbers. */
  valid: number;
  duplicates: number;
  rejected: number;
  rejected_by_reason: { reason: string; rows: number; meaning: string }[];
  /** Sorted by contacts (most first), then code. */
  countries: { country: string; name: string; market: string; market_assumed: boolean; contacts: number }[];
  /** Sorted by contacts (most first), then name. */
  markets: { market: string; contacts: number; countries: string[] }[];
  /** Where the country → market mapping comes from. */
  market_source: { url: string; name: string | null };
}

/**
 * Builds the contacts report: the summary's counts plus each country's Meta market on `asOf`
 * (a country Meta does not list is "Other"). Counts are exact integers; the invariant
 * rows = valid + duplicates + rejected is carried over from the summary unchanged.
 */
export function buildContactsReport(
  summary: ContactSummary,
  mapping: MarketMapping,
  asOf: string,
): ContactsReport {
  const countries = Object.entries(summary.byCountry)
    .map(([iso2, contacts]) => ({
      country: iso2,
      name: ISO_COUNTRIES[iso2] ?? iso2,
      market: resolveMarket(mapping, iso2, asOf),
      market_assumed: resolveMarketPeriod(mapping, iso2, asOf)?.assumed ?? false,
      contacts,
    }))
    .sort((a, b) => b.contacts - a.contacts || (a.country < b.country ? -1 : 1));
  const byMarket = new Map<string, { contacts: number; countries: string[] }>();
  for (const c of countries) {
    const m = byMarket.get(c.market) ?? { contacts: 0, countries: [] };
    m.contacts += c.contacts;
    m.countries.push(c.country);
    byMarket.set(c.market, m);
  }
  const markets = [...byMarket.entries()]
    .map(([market, m]) => ({ market, contacts: m.contacts, countries: m.countries.sort() }))
    .sort((a, b) => b.contacts - a.contacts || (a.market < b.market ? -1 : 1));
  return {
    version: CONTACTS_REPORT_VERSION,
    kind: 'contacts',
    file: summary.file,
    as_of: asOf,
    rows: summary.rows,
    valid: summary.valid,
    duplicates: summary.duplicates,
    rejected: summary.rejected,
    rejected_by_reason: Object.entries(summary.rejectedByReason)
      .map(([reason, rows]) => ({ reason, rows, meaning: REASON_HELP[reason as RejectReason] ?? reason }))
      .sort((a, b) => b.rows - a.rows || (a.reason < b.reason ? -1 : 1)),
    countries,
    markets,
    market_source: { url: mapping.source.url, name: mapping.source.name ?? null },
  };
}
