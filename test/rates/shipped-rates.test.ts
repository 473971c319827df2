import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { validateRatesFile } from '../../src/app/rates-validate.js';
import { resolveMarket } from '../../src/core/markets.js';
import { dec } from '../../src/core/money.js';
import type { Category, RateBook } from '../../src/core/rate-card.js';
import type { Io } from '../../src/io/io.js';
import { loadRateBook } from '../../src/io/load-rates.js';
import { fakeIo } from '../helpers/fake-io.js';

/**
 * Every file shipped in rates/ validates (as `wa-cost rates validate` checks it), and its figures are
 * the research's: every row of the shared CSVs (../shared/meta-pricing, beside the clone in CI) is on
 * the card of its date and currency with exactly that rate, and the market mapping matches.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const RATES = join(ROOT, 'rates');
const SHARED = resolve(ROOT, '..', 'shared', 'meta-pricing');

const io: Io = fakeIo({ env: { WA_COST_RATES_DIR: RATES } });

const shippedFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? shippedFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : [],
  );

describe('shipped rates/ files', () => {
  const files = shippedFiles(join(RATES, 'meta'));
  it('finds the cards, tier tables and market mapping', () => {
    expect(files.filter((f) => f.includes('/cards/')).length).toBeGreaterThanOrEqual(14);
    expect(files.some((f) => f.endsWith('markets.yaml'))).toBe(true);
  });
  for (const file of files) {
    const rel = relative(ROOT, file);
    it(`${rel} validates`, async () => {
      const v = await validateRatesFile(rel, io);
      expect(v.file).toBe(rel);
    });
  }
  it('loads as one rate book with unique ids', async () => {
    const book = await loadRateBook(RATES);
    expect(new Set(book.cards.map((c) => c.id)).size).toBe(book.cards.length);
  });
  it('the documented changes are shipped, and the fixture copy is the same file', () => {
    const shipped = readFileSync(join(RATES, 'meta', 'changes.yaml'), 'utf8');
    expect(readFileSync(join(ROOT, 'fixtures', 'rates', 'meta', 'changes.yaml'), 'utf8')).toBe(shipped);
  });
  it('each documented change agrees with the cards: the next card of the same model and currency moved that way', async () => {
    // Where a card before a change and the next card after it (same currency and model) both hold the
    // row, and no other documented change for that row falls between them, Meta's direction must show.
    const book = await loadRateBook(RATES);
    let checked = 0;
    for (const ch of book.changes) {
      if (ch.direction === 'changed' || ch.markets === 'all') continue;
      for (const market of ch.markets)
        for (const category of ch.categories)
          for (const before of book.cards.filter((c) => c.effectiveDate < ch.effectiveDate)) {
            const old = before.rates.get(market)?.[category];
            const after = book.cards
              .filter(
                (c) =>
                  c.currency === before.currency &&
                  c.model === before.model &&
                  c.effectiveDate >= ch.effectiveDate &&
                  c.rates.get(market)?.[category] !== undefined,
              )
              .sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate))[0];
            if (!old || !after) continue;
            const others = book.changes.filter(
              (o) =>
                o !== ch &&
                o.effectiveDate > before.effectiveDate &&
                o.effectiveDate <= after.effectiveDate &&
                (o.markets === 'all' || o.markets.includes(market)) &&
                o.categories.includes(category),
            );
            if (others.length > 0) continue;
            const now = after.rates.get(market)![category]!;
            const what = `${market} ${category}: ${before.id} ${old.toFixed()} → ${after.id} ${now.toFixed()}`;
            expect(ch.direction === 'higher' ? now.gt(old) : now.lt(old), what).toBe(true);
            checked++;
          }
    }
    // e.g. Malaysia and Other utility (2024-08-01), France and Egypt marketing (2026-01-01), Mexico marketing.
    expect(checked).toBeGreaterThanOrEqual(8);
  });
});

type Row = Record<string, string>;
const readCsv = (name: string): Row[] => parse(readFileSync(join(SHARED, name), 'utf8'), { columns: true, trim: true });

if (!existsSync(SHARED))
  console.warn(`skipping the research spot-checks: ${SHARED} is absent (CI clones shared/ beside the repo)`);

describe.skipIf(!existsSync(SHARED))('shipped figures match the research CSVs (../shared/meta-pricing)', () => {
  let book: RateBook;
  const load = async () => (book ??= await loadRateBook(RATES));
  const rateFiles = existsSync(SHARED) ? readdirSync(SHARED).filter((f) => /^meta-rates-.*\.csv$/.test(f)) : [];

  for (const name of rateFiles) {
    it(`${name}: every row is on its card with the same rate`, async () => {
      await load();
      const date = name.slice(11, 21);
      const rows = readCsv(name);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        const card = book.cards.find((c) => c.id === `meta-${date}-${r['currency']}`);
        expect(card, `${name}: no card for ${r['currency']} ${date}`).toBeDefined();
        expect(card!.model).toBe(r['model'] === 'CBP' ? 'per_conversation' : 'per_message');
        const rate = card!.rates.get(r['market']!)?.[r['category'] as Category];
        expect(rate?.toFixed(), `${name}: ${r['market']} ${r['category']}`).toBe(dec(r['rate']!).toFixed());
      }
      // Nothing invented: the card has exactly as many rates as the research has rows.
      const count = [...book.cards.find((c) => c.id === `meta-${date}-USD`)?.rates.values() ?? []].reduce(
        (n, m) => n + Object.keys(m).length,
        0,
      );
      if (count > 0) expect(count).toBe(rows.filter((r) => r['currency'] === 'USD').length);
    });
  }

  it('meta-volume-tiers.csv: every tier row is in the tier table of its date and currency', async () => {
    await load();
    for (const r of readCsv('meta-volume-tiers.csv')) {
      const table = book.tiers.find((t) => t.currency === r['currency'] && t.effectiveDate === r['effective_date']);
      const entry = table?.tables.find((t) => t.market === r['market'] && t.category === r['category']);
      const tier = entry?.tiers.find((t) => t.from.equals(dec(r['tier_from']!)));
      expect(tier, `${r['market']} ${r['category']} from ${r['tier_from']}`).toBeDefined();
      expect(tier!.rate.toFixed()).toBe(dec(r['rate']!).toFixed());
      expect(tier!.to?.toFixed() ?? '').toBe(r['tier_to'] ? dec(r['tier_to']).toFixed() : '');
    }
  });

  it('meta-markets.csv: the mapping in force on 2026-10-01', async () => {
    await load();
    const rows = readCsv('meta-markets.csv');
    expect(rows.length).toBe(141);
    for (const r of rows) expect(resolveMarket(book.markets, r['iso2']!, '2026-10-01'), r['iso2']).toBe(r['market']);
  });

  it('meta-markets-history.csv: every dated period, on its first and last day', async () => {
    await load();
    for (const r of readCsv('meta-markets-history.csv')) {
      const days = [r['effective_from'], r['effective_to']].filter((d): d is string => Boolean(d));
      for (const day of days.length ? days : ['2026-10-01'])
        expect(resolveMarket(book.markets, r['iso2']!, day), `${r['iso2']} on ${day}`).toBe(r['market']);
    }
  });

  it('spot checks from RULES.md §4.1: the nine markets standalone on 2026-10-01', async () => {
    await load();
    const usd = book.cards.find((c) => c.id === 'meta-2026-10-01-USD')!;
    const utility = { BD: '0.0037', IQ: '0.0079', NP: '0.0034', LK: '0.002', KZ: '0.018', KW: '0.044', MA: '0.023', OM: '0.0247', UA: '0.0298' };
    for (const [iso, rate] of Object.entries(utility)) {
      const market = resolveMarket(book.markets, iso, '2026-10-01');
      expect(market).not.toMatch(/^Rest of|^Russia$/);
      expect(usd.rates.get(market)?.utility?.toFixed()).toBe(rate);
    }
  });
});
