import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { Decimal } from '../core/money.js';
import type { Category, MarketMapping, RateBook, RateCard, TierTable } from '../core/rate-card.js';
import { packageRoot } from './io.js';
import { loadRateBook } from './load-rates.js';

/**
 * A validated rate book compiled to JSON at build time (`npm run build`), so that an estimate does not
 * parse and validate every YAML card on each run (docs/benchmarks.md, start-up). It is used only when its
 * fingerprint, a hash of every card, tier and market file, matches the folder being read: edit a card
 * and the YAML is read and validated again. Money stays decimal text in the JSON.
 */
const CACHE_VERSION = 1;

/** Where `npm run build` writes the compiled book of the shipped `rates/`. */
export function rateBookCachePath(): string {
  return join(packageRoot(), 'dist', 'rate-book.json');
}

/** The rate book of `ratesDir`, from the compiled cache when it matches, else read and validated. */
export async function loadRateBookFast(ratesDir: string): Promise<RateBook> {
  const fp = await fingerprint(ratesDir);
  if (fp) {
    try {
      const cached = JSON.parse(await readFile(rateBookCachePath(), 'utf8')) as CachedBook;
      if (cached.version === CACHE_VERSION && cached.fingerprint === fp)
        return rateBookFromJson(cached, ratesDir);
    } catch {
      // No cache, or an unreadable one: the YAML is the source of truth.
    }
  }
  return loadRateBook(ratesDir);
}

/** Validates `ratesDir` and writes its compiled book; returns the number of cards. */
export async function writeRateBookCache(ratesDir: string): Promise<number> {
  const book = await loadRateBook(ratesDir);
  const fp = await fingerprint(ratesDir);
  if (!fp) throw new Error(`cannot fingerprint ${ratesDir}`);
  await writeFile(rateBookCachePath(), JSON.stringify(rateBookToJson(book, fp, ratesDir)));
  return book.cards.length;
}

/** sha256 over every rate file's name and content, in a fixed order; undefined when the folder is unreadable. */
async function fingerprint(ratesDir: string): Promise<string | undefined> {
  try {
    const hash = createHash('sha256');
    for (const sub of ['cards', 'tiers']) {
      const dir = join(ratesDir, 'meta', sub);
      const names = (await readdir(dir).catch(() => [] as string[])).filter((f) => /\.ya?ml$/.test(f)).sort();
      for (const n of names)
        hash
          .update(`${sub}/${n}\0`)
          .update(await readFile(join(dir, n)))
          .update('\0');
    }
    hash.update('markets\0').update(await readFile(join(ratesDir, 'meta', 'markets.yaml')));
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

export interface CachedBook {
  version: number;
  fingerprint: string;
  cards: (Omit<RateCard, 'rates' | 'file'> & {
    file: string;
    rates: [string, Partial<Record<Category, string>>][];
  })[];
  tiers: (Omit<TierTable, 'tables' | 'file'> & {
    file: string;
    tables: {
      market: string;
      category: Category;
      tiers: { from: string; to: string | null; rate: string }[];
    }[];
  })[];
  markets: Omit<MarketMapping, 'countries'> & {
    countries: [string, ReturnType<MarketMapping['countries']['get']>][];
  };
}

const str = (d: Decimal) => d.toFixed();

export function rateBookToJson(book: RateBook, fp: string, dir: string): CachedBook {
  return {
    version: CACHE_VERSION,
    fingerprint: fp,
    cards: book.cards.map((c) => ({
      ...c,
      file: relative(dir, c.file),
      rates: [...c.rates].map(([m, cats]) => [
        m,
        Object.fromEntries(Object.entries(cats).map(([k, v]) => [k, str(v)])),
      ]),
    })),
    tiers: book.tiers.map((t) => ({
      ...t,
      file: relative(dir, t.file),
      tables: t.tables.map((e) => ({
        ...e,
        tiers: e.tiers.map((x) => ({
          from: str(x.from),
          to: x.to === null ? null : str(x.to),
          rate: str(x.rate),
        })),
      })),
    })),
    markets: { ...book.markets, countries: [...book.markets.countries] },
  };
}

export function rateBookFromJson(c: CachedBook, dir: string): RateBook {
  return {
    cards: c.cards.map((card) => ({
      ...card,
      file: resolve(dir, card.file),
      rates: new Map(
        card.rates.map(([m, cats]) => [
          m,
          Object.fromEntries(Object.entries(cats).map(([k, v]) => [k, new Decimal(v)])),
        ]),
      ),
    })),
    tiers: c.tiers.map((t) => ({
      ...t,
      file: resolve(dir, t.file),
      tables: t.tables.map((e) => ({
        ...e,
        tiers: e.tiers.map((x) => ({
          from: new Decimal(x.from),
          to: x.to === null ? null : new Decimal(x.to),
          rate: new Decimal(x.rate),
        })),
      })),
    })),
    markets: {
      ...c.markets,
      countries: new Map(
        c.markets.countries.filter((e): e is [string, NonNullable<(typeof e)[1]>] => e[1] !== undefined),
      ),
    },
  };
}
