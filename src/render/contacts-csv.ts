import { stringify } from 'csv-stringify/sync';
import type { ContactsReport } from '../report/contacts-report.js';

/**
 * The contacts report as one CSV table, `section,key,name,market,contacts`: `summary` rows (rows, valid,
 * duplicates, rejected), `rejected` rows per reason, `market` rows and `country` rows.
 */
export function renderContactsCsv(report: ContactsReport): string {
  const records: (string | number)[][] = [['section', 'key', 'name', 'market', 'contacts']];
  records.push(['summary', 'rows', '', '', report.rows]);
  records.push(['summary', 'valid', '', '', report.valid]);
  records.push(['summary', 'duplicates', '', '', report.duplicates]);
  records.push(['summary', 'rejected', '', '', report.rejected]);
  for (const r of report.rejected_by_reason) records.push(['rejected', r.reason, r.meaning, '', r.rows]);
  for (const m of report.markets)
    records.push(['market', m.market, m.countries.join(' '), m.market, m.contacts]);
  for (const c of report.countries) records.push(['country', c.country, c.name, c.market, c.contacts]);
  return stringify(records);
}
