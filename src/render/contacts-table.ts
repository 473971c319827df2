import Table from 'cli-table3';
import type { ContactsReport } from '../report/contacts-report.js';
import type { RenderOptions } from './render-options.js';

/** Whole numbers with thousands separators, independent of the machine's locale. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Share of a whole as a percentage with one decimal; "—" when the whole is zero. */
function share(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((part * 100) / whole).toFixed(1)}%`;
}

/** The human view of a contact list: row accounting, rejects by reason, markets, countries. */
export function renderContactsTable(report: ContactsReport, opts: RenderOptions): string {
  const b = opts.style.bold;
  const style = { head: opts.color ? ['cyan'] : [], border: opts.color ? ['grey'] : [], compact: true };
  const out: string[] = [];
  out.push(`${b(report.file)} — ${formatCount(report.rows)} rows; markets as of ${report.as_of}`, '');

  const rows = new Table({ head: ['Rows', 'Count', 'Share'], colAligns: ['left', 'right', 'right'], style });
  rows.push(['Read', formatCount(report.rows), share(report.rows, report.rows)]);
  rows.push(['Valid (unique numbers)', formatCount(report.valid), share(report.valid, report.rows)]);
  rows.push(['Duplicates', formatCount(report.duplicates), share(report.duplicates, report.rows)]);
  rows.push(['Rejected', formatCount(report.rejected), share(report.rejected, report.rows)]);
  for (const r of report.rejected_by_reason)
    rows.push([`  ${r.reason}`, formatCount(r.rows), share(r.rows, report.rows)]);
  out.push(rows.toString(), '');

  const markets = new Table({
    head: ['Meta market', 'Contacts', 'Share', 'Countries'],
    colAligns: ['left', 'right', 'right', 'left'],
    style,
  });
  for (const m of report.markets)
    markets.push([m.market, formatCount(m.contacts), share(m.contacts, report.valid), m.countries.join(' ')]);
  if (report.markets.length > 0) out.push(markets.toString(), '');

  const countries = new Table({
    head: ['Country', 'Name', 'Meta market', 'Contacts', 'Share'],
    colAligns: ['left', 'left', 'left', 'right', 'right'],
    style,
  });
  for (const c of report.countries) {
    countries.push([
      c.country,
      c.name,
      c.market_assumed ? `${c.market} (assumed)` : c.market,
      formatCount(c.contacts),
      share(c.contacts, report.valid),
    ]);
  }
  if (report.countries.length > 0) out.push(countries.toString(), '');

  const notes = [
    `rows = valid + duplicates + rejected: ${formatCount(report.rows)} = ${formatCount(report.valid)} + ${formatCount(report.duplicates)} + ${formatCount(report.rejected)}`,
  ];
  for (const r of report.rejected_by_reason) notes.push(`${r.reason}: ${r.meaning}`);
  notes.push(
    `Market mapping: ${report.market_source.name ? `${report.market_source.name}, ` : ''}${report.market_source.url}`,
  );
  out.push(...notes.map((n) => opts.style.dim(n)));
  return `${out.join('\n')}\n`;
}
