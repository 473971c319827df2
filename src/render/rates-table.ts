import Table from 'cli-table3';
import { stringify } from 'csv-stringify/sync';
import type {
  RatesListReport,
  RatesLookupReport,
  RatesShowReport,
  RatesSuperseded,
} from '../report/rates-report.js';
import { formatRate } from './format.js';
import type { RenderOptions } from './render-options.js';

const SHORT: Record<string, string> = {
  marketing: 'Marketing',
  utility: 'Utility',
  authentication: 'Auth',
  authentication_international: 'Auth-intl',
  service: 'Service',
};
const style = (opts: RenderOptions) => ({
  head: opts.color ? ['cyan'] : [],
  border: opts.color ? ['grey'] : [],
  compact: true,
});
const model = (m: string) => m.replace('_', '-');

/** `rates list` as a table: every card, then tier tables and the market mapping. */
export function renderRatesList(r: RatesListReport, opts: RenderOptions): string {
  const t = new Table({
    head: ['Card', 'Model', 'Currency', 'Effective', 'Markets', 'Categories', 'Trust', 'Complete'],
    style: style(opts),
  });
  for (const c of r.cards)
    t.push([
      c.id,
      model(c.model),
      c.currency,
      c.effective_date,
      String(c.markets),
      c.categories.map((x) => SHORT[x] ?? x).join(', '),
      c.trust,
      c.complete ? 'yes' : 'partial',
    ]);
  const out = [opts.style.bold('Meta rate cards'), t.toString(), '', opts.style.bold('Volume tiers')];
  for (const x of r.tiers)
    out.push(
      `  ${x.id}: ${x.currency}, effective ${x.effective_date}, ${x.confidence} confidence; ${x.tables.join(', ')}`,
    );
  out.push('', `Markets: ${r.markets.id}, ${r.markets.countries} countries listed (others are "Other").`);
  out.push(`Sources: ${[...new Set(r.cards.map((c) => c.source_url))].join(', ')}`);
  out.push(
    'A rate missing from a partial card is unknown, never zero. `wa-cost rates show --as-of D` lists the rates.',
  );
  return `${out.join('\n')}\n`;
}

/** `rates show` as a table: one row per market, a column per category; — = not on the card. */
export function renderRatesShow(r: RatesShowReport, opts: RenderOptions): string {
  const c = r.card;
  const out = [
    opts.style.bold(`Rates in force on ${r.as_of} (${r.currency})`) +
      ` — ${c.id}, ${model(c.model)}, effective ${c.effective_date}, ${c.complete ? 'complete' : 'partial'}, ${c.trust}`,
    `Per delivered ${c.model === 'per_message' ? 'message' : 'conversation'}, in ${r.currency}; — = not on the card (unknown, never zero).`,
  ];
  const t = new Table({
    head: ['Market', ...r.categories.map((x) => SHORT[x] ?? x)],
    colAligns: ['left', ...r.categories.map(() => 'right' as const)],
    style: style(opts),
  });
  for (const row of r.rows)
    t.push([
      row.market,
      ...r.categories.map((x) => markSuperseded(formatRate(row.rates[x] ?? null), row.superseded, x)),
    ]);
  if (c.notes.length) out.push(...c.notes.map((n) => `Card note: ${n}`));
  out.push(t.toString());
  if (r.rows.length === 1) {
    const row = r.rows[0]!;
    out.push(
      `Countries: ${row.countries.length ? row.countries.join(', ') : 'every country Meta does not list'}.`,
    );
  }
  const notes = r.rows.flatMap((row) => row.notes.map((n) => `  ${row.market} ${n}`));
  if (notes.length) out.push('', opts.style.bold('Row notes'), ...notes);
  out.push(...supersededSection(r.rows, opts));
  if (r.tiers.length) {
    out.push('', opts.style.bold('Volume tiers (graduated, per month)'));
    for (const x of r.tiers)
      out.push(
        `  ${x.market} ${x.category} (${x.table}${x.confidence === 'low' ? ', low confidence' : ''}): ` +
          x.tiers.map((t) => `${t.from}–${t.to ?? '∞'} ${t.rate}`).join('; '),
      );
  }
  out.push('', `Source: ${c.source_url}`, ...c.via.map((v) => `  via ${v}`));
  return `${out.join('\n')}\n`;
}

/** A rate cell marked † when Meta changed that rate after the card (listed under the table). */
function markSuperseded(cell: string, superseded: RatesSuperseded[], category: string): string {
  return superseded.some((x) => x.category === category) ? `${cell} †` : cell;
}

/** "† Superseded" lines: which rates Meta changed after the card, when, which way, and where it says so. */
function supersededSection(
  rows: { market: string; superseded: RatesSuperseded[] }[],
  opts: RenderOptions,
): string[] {
  const lines = rows.flatMap((row) =>
    row.superseded.map(
      (x) =>
        `  ${row.market} ${x.category}: ${x.direction} from ${x.change_date} — "${x.quote}" (${x.trust === 'official' ? 'Meta' : x.trust}; ${x.source_url})`,
    ),
  );
  if (lines.length === 0) return [];
  return [
    '',
    opts.style.bold(
      '† Superseded: Meta changed these rates after the card; wa-cost has no card with the new rate',
    ),
    ...lines,
    '  Estimates refuse these rates like missing ones (docs/rate-cards.md).',
  ];
}

/**
 * `rates show --format csv`: one row per market and category, unknown rates left out; `superseded_from`
 * is the date of a documented change after the card (the rate is out of date), else empty.
 */
export function renderRatesShowCsv(r: RatesShowReport): string {
  const rows = r.rows.flatMap((row) =>
    r.categories
      .filter((x) => row.rates[x] !== null && row.rates[x] !== undefined)
      .map((x) => [
        row.market,
        x,
        row.rates[x] ?? '',
        r.currency,
        r.card.id,
        r.card.effective_date,
        row.superseded.find((s) => s.category === x)?.change_date ?? '',
      ]),
  );
  return stringify([
    ['market', 'category', 'rate', 'currency', 'card', 'effective_date', 'superseded_from'],
    ...rows,
  ]);
}

/** `rates lookup` as text: the country, its market on the date, and its rates on every card in force. */
export function renderRatesLookup(r: RatesLookupReport, opts: RenderOptions): string {
  const out = [
    opts.style.bold(
      `${r.country.name} (${r.country.iso2}${r.country.calling_code ? `, +${r.country.calling_code}` : ''})`,
    ) + ` — market on ${r.as_of}: ${r.market}${r.market_assumed ? ' (assumed)' : ''}`,
  ];
  if (r.query.toUpperCase() !== r.country.iso2) out.push(`Looked up: ${r.query}`);
  if (r.auth_international_from)
    out.push(
      `Authentication-international rate for businesses based elsewhere from ${r.auth_international_from} (RULES §2.5).`,
    );
  const cats = ['marketing', 'utility', 'authentication', 'authentication_international', 'service'];
  const t = new Table({
    head: ['Card', 'Currency', ...cats.map((x) => SHORT[x] ?? x)],
    colAligns: ['left', 'left', ...cats.map(() => 'right' as const)],
    style: style(opts),
  });
  for (const x of r.rates)
    t.push([
      x.card,
      x.currency,
      ...cats.map((c) => markSuperseded(formatRate(x.rates[c] ?? null), x.superseded, c)),
    ]);
  if (r.rates.length) out.push(t.toString(), '— = not on the card (unknown, never zero).');
  const notes = r.rates.flatMap((x) => x.notes.map((n) => `  ${x.card}: ${r.market} ${n}`));
  if (notes.length) out.push('', opts.style.bold('Row notes'), ...notes);
  out.push(
    ...supersededSection(
      r.rates.map((x) => ({ market: `${x.card}: ${r.market}`, superseded: x.superseded })),
      opts,
    ),
  );
  const cardNotes = r.rates.flatMap((x) => x.card_notes.map((n) => `  ${x.card}: ${n}`));
  if (cardNotes.length) out.push('', opts.style.bold('Card notes'), ...cardNotes);
  return `${out.join('\n')}\n`;
}

/** Any `rates` report as JSON, values as decimal strings. */
export function renderRatesJson(r: object): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}
