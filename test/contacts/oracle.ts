import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import type { ContactSummary } from '../../src/core/contact-summary.js';
import { normalizePhone } from '../../src/io/contacts/normalize-phone.js';

/**
 * A slow, obviously-right reference for summarizeContacts: csv-parse on the whole file, the library on
 * every number, a Set of E.164 strings. For test files only (it holds the file in memory).
 */
export function summarizeSlowly(
  file: string,
  phoneColumn: string,
  countryColumn?: string,
  defaultCountry?: string,
): ContactSummary {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const delimiter = text.slice(0, text.indexOf('\n')).includes(';') ? ';' : ',';
  const [header = [], ...records] = parse(text, {
    delimiter,
    relax_quotes: true,
    skip_empty_lines: true,
    relax_column_count: true,
  });
  const phoneAt = header.indexOf(phoneColumn);
  const countryAt = countryColumn ? header.indexOf(countryColumn) : -1;
  const seen = new Set<string>();
  const byCountry: Record<string, number> = {};
  const rejectedByReason: Record<string, number> = {};
  let duplicates = 0;
  for (const r of records) {
    let reason: string | undefined;
    if (r.length !== header.length) reason = 'wrong_field_count';
    else {
      const rowCountry = countryAt === -1 ? '' : (r[countryAt] ?? '').trim().toUpperCase();
      const v = normalizePhone(r[phoneAt] ?? '', /^[A-Z]{2}$/.test(rowCountry) ? rowCountry : defaultCountry);
      if (!v.ok) reason = v.reason;
      else if (seen.has(v.e164)) duplicates++;
      else {
        seen.add(v.e164);
        byCountry[v.country] = (byCountry[v.country] ?? 0) + 1;
      }
    }
    if (reason) rejectedByReason[reason] = (rejectedByReason[reason] ?? 0) + 1;
  }
  const rejected = Object.values(rejectedByReason).reduce((a, b) => a + b, 0);
  return { file, rows: records.length, valid: seen.size, duplicates, rejected, rejectedByReason, byCountry };
}

/** Key order does not matter when comparing summaries. */
export function sorted(s: ContactSummary): ContactSummary {
  const sortObj = (o: Record<string, number>) =>
    Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { ...s, rejectedByReason: sortObj(s.rejectedByReason), byCountry: sortObj(s.byCountry) };
}
