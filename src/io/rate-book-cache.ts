import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { Decimal } from '../core/money.js';
import type { BenchmarkRange } from '../core/kpis-benchmarks.js';
import type {
  Category,
  MarketMapping,
  RateBook,
  RateCard,
  RateChange,
  TierTable,
} from '../core/rate-card.js';
import { packageRoot } from './io.js';
import type { KpiBenchmarks } from './load-kpi-benchmarks.js';

/**
 * The validated rate book and KPI benchmarks compiled to JSON at build time (`npm run build`), so that an
 * estimate does not parse and validate every YAML file on each run (docs/startup.md). It is used only
 * when the files it was compiled from are, byte for byte, the files now in the folder being read (kept
 * beside it in `rate-book.sources`; ~50 KB, compared exactly, which is also cheaper at start-up than
 * loading node:crypto for a hash): edit a card and the YAML is read and validated again. Money stays
 * decimal text in the JSON.
 */
const CACHE_VERSION = 4;

/** Where `npm run build` writes the compiled book of the shipped `rates/`. */
export function rateBookCachePath(): string {
  return join(packageRoot(), 'dist', 'rate-book.json');
}

/** The rate files the compiled book was built from, in `snapshot()` form. */
function sourcesPath(): string {
  return join(packageRoot(), 'dist', 'rate-book.sources');
}

/** The rate book of `ratesDir`, from the compiled cache when it matches, else read and validated. */
export async function loadRateBookFast(ratesDir: string): Promise<RateBook> {
  const cached = await readCompiled(ratesDir);
  if (cached) return rateBookFromJson(cached, ratesDir);
  // The YAML readers (and their schemas, ~5 ms to build) load only when the cache does not apply.
  const { loadRateBook } = await import('./load-rates.js');
  return loadRateBook(ratesDir);
}

/** The KPI benchmarks of `ratesDir`, from the compiled cache when it matches, else read and validated. */
export async function loadKpiBenchmarksFast(ratesDir: string): Promise<KpiBenchmarks> {
  const cached = await readCompiled(ratesDir);
  if (cached) return benchmarksFromJson(cached.benchmarks, ratesDir);
  const { loadKpiBenchmarks } = await import('./load-kpi-benchmarks.js');
  return loadKpiBenchmarks(ratesDir);
}

/** Validates `ratesDir` and writes its compiled book; returns the number of cards. */
export async function writeRateBookCache(ratesDir: string): Promise<number> {
  const [{ loadRateBook }, { loadKpiBenchmarks }] = await Promise.all([
    import('./load-rates.js'),
    import('./load-kpi-benchmarks.js'),
  ]);
  const [book, benchmarks, sources] = await Promise.all([
    loadRateBook(ratesDir),
    loadKpiBenchmarks(ratesDir),
    snapshot(ratesDir),
  ]);
  if (!sources) throw new Error(`cannot read the rate files of ${ratesDir}`);
  await writeFile(sourcesPath(), sources);
  await writeFile(rateBookCachePath(), JSON.stringify(rateBookToJson(book, ratesDir, benchmarks)));
  return book.cards.length;
}

// One read per folder and process: an estimate asks for the rate book and then for the benchmarks.
const compiled = new Map<string, Promise<CachedBook | undefined>>();

/** The compiled cache if it was built from exactly the files now in `ratesDir`, else undefined. */
function readCompiled(ratesDir: string): Promise<CachedBook | undefined> {
  let found = compiled.get(ratesDir);
  if (!found) {
    found = (async () => {
      try {
        const [now, then] = await Promise.all([snapshot(ratesDir), readFile(sourcesPath())]);
        if (!now?.equals(then)) return undefined;
        const cached = JSON.parse(await readFile(rateBookCachePath(), 'utf8')) as CachedBook;
        return cached.version === CACHE_VERSION ? cached : undefined;
      } catch {
        // No cache, or an unreadable one: the YAML is the source of truth.
        return undefined;
      }
    })();
    compiled.set(ratesDir, found);
  }
  return found;
}

/**
 * Every rate file's name and bytes, in a fixed order (cards, tiers, markets, benchmarks, changes); undefined
 * when the folder is unreadable.
 */
async function snapshot(ratesDir: string): Promise<Buffer | undefined> {
  try {
    const files: string[] = [];
    for (const sub of ['cards', 'tiers']) {
      const names = await readdir(join(ratesDir, 'meta', sub)).catch(() => [] as string[]);
      files.push(
        ...names
          .filter((f) => /\.ya?ml$/.test(f))
          .sort()
          .map((n) => join('meta', sub, n)),
      );
    }
    files.push(join('meta', 'markets.yaml'), join('benchmarks', 'kpi-ranges.yaml'));
    const contents = await Promise.all(files.map((f) => readFile(join(ratesDir, f))));
    // changes.yaml is optional (absent: no documented changes), and its absence is part of the snapshot.
    const changes = join('meta', 'changes.yaml');
    files.push(changes);
    contents.push(await readFile(join(ratesDir, changes)).catch(() => Buffer.from('\0absent')));
    return Buffer.concat(
      files.flatMap((f, i) => [Buffer.from(`\0${f}\0${contents[i]!.length}\0`), contents[i]!]),
    );
  } catch {
    return undefined;
  }
}

export interface CachedBook {
  version: number;
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
  changes: RateChange[];
  benchmarks: Omit<KpiBenchmarks, 'file' | 'ranges'> & {
    file: string;
    ranges: (Omit<BenchmarkRange, 'low' | 'high'> & { low: string; high: string })[];
  };
}

const str = (d: Decimal) => d.toFixed();

export function rateBookToJson(book: RateBook, dir: string, benchmarks: KpiBenchmarks): CachedBook {
  return {
    version: CACHE_VERSION,
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
    changes: book.changes,
    benchmarks: {
      ...benchmarks,
      file: relative(dir, benchmarks.file),
      ranges: benchmarks.ranges.map((r) => ({ ...r, low: str(r.low), high: str(r.high) })),
    },
  };
}

export function benchmarksFromJson(b: CachedBook['benchmarks'], dir: string): KpiBenchmarks {
  return {
    ...b,
    file: resolve(dir, b.file),
    ranges: b.ranges.map((r) => ({ ...r, low: new Decimal(r.low), high: new Decimal(r.high) })),
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
    changes: c.changes,
  };
}
