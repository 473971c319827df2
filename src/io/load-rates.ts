import { access, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  MarketMapping,
  RateBook,
  RateCard,
  RateChange,
  TierTable,
  Category,
} from '../core/rate-card.js';
import type { Decimal } from '../core/money.js';
import { InputError, ValidationError, type Problem } from '../errors.js';
import {
  marketMappingSchema,
  rateCardSchema,
  rateChangesSchema,
  tierTableSchema,
} from '../schema/rate-card.js';
import { validateSource } from '../schema/validate.js';
import { readTextFile } from './read-text.js';
import { parseYamlSource } from './yaml-source.js';
import { compareText } from '../core/compare-text.js';

/** Reads and validates one Meta rate-card file. */
export async function loadRateCard(file: string): Promise<RateCard> {
  const v = validateSource(rateCardSchema, parseYamlSource(await readTextFile(file), file));
  const rates = new Map<string, Partial<Record<Category, Decimal>>>();
  for (const [market, cats] of Object.entries(v.rates)) {
    const clean: Partial<Record<Category, Decimal>> = {};
    for (const [c, r] of Object.entries(cats)) if (r !== undefined) clean[c as Category] = r;
    rates.set(market, clean);
  }
  return {
    id: v.id,
    model: v.model,
    currency: v.currency,
    effectiveDate: v.effective_date,
    complete: v.complete,
    trust: v.trust,
    source: v.source,
    notes: v.notes,
    rowNotes: v.row_notes,
    rates,
    file,
  };
}

async function loadTierTable(file: string): Promise<TierTable> {
  const v = validateSource(tierTableSchema, parseYamlSource(await readTextFile(file), file));
  return {
    id: v.id,
    currency: v.currency,
    effectiveDate: v.effective_date,
    trust: v.trust,
    confidence: v.confidence,
    source: v.source,
    notes: v.notes,
    tables: v.tables,
    file,
  };
}

/** Reads `markets.yaml`: Meta's country → market mapping with its history. */
export async function loadMarketMapping(ratesDir: string): Promise<MarketMapping> {
  const file = join(ratesDir, 'meta', 'markets.yaml');
  const v = validateSource(marketMappingSchema, parseYamlSource(await readTextFile(file), file));
  const countries = new Map(
    Object.entries(v.countries).map(([iso, c]) => [
      iso,
      {
        name: c.name,
        callingCode: c.calling_code,
        periods: c.periods.map((p) => ({ market: p.market, from: p.from, to: p.to, assumed: p.assumed })),
      },
    ]),
  );
  return { defaultMarket: v.default_market, source: { ...v.source, via: [] }, countries };
}

/**
 * Reads `changes.yaml`: Meta's documented rate changes, oldest first. An absent file means none are
 * known (a test folder); the shipped one is checked by test/rates.
 */
export async function loadRateChanges(ratesDir: string): Promise<RateChange[]> {
  const file = join(ratesDir, 'meta', 'changes.yaml');
  if (!(await exists(file))) return [];
  const v = validateSource(rateChangesSchema, parseYamlSource(await readTextFile(file), file));
  return v.changes
    .map((c) => ({
      effectiveDate: c.effective_date,
      markets: c.markets,
      categories: c.categories,
      direction: c.direction,
      quote: c.quote,
      sourceUrl: c.source_url,
      trust: c.trust,
      ...(c.basis !== undefined && { basis: c.basis }),
    }))
    .sort((a, b) => compareText(a.effectiveDate, b.effectiveDate));
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Loads every card, tier table and the market mapping under `<ratesDir>/meta/`. All files are
 * validated; problems in several files are reported together.
 */
export async function loadRateBook(ratesDir: string): Promise<RateBook> {
  const problems: Problem[] = [];
  const collect = async <T>(load: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await load();
    } catch (err) {
      if (err instanceof ValidationError || err instanceof InputError) {
        problems.push(...err.problems);
        return undefined;
      }
      throw err;
    }
  };
  const cardFiles = await listYaml(join(ratesDir, 'meta', 'cards'));
  const tierFiles = await listYaml(join(ratesDir, 'meta', 'tiers'), true);
  const cards = (await Promise.all(cardFiles.map((f) => collect(() => loadRateCard(f))))).filter(
    (c): c is RateCard => c !== undefined,
  );
  const tiers = (await Promise.all(tierFiles.map((f) => collect(() => loadTierTable(f))))).filter(
    (t): t is TierTable => t !== undefined,
  );
  const markets = await collect(() => loadMarketMapping(ratesDir));
  const changes = await collect(() => loadRateChanges(ratesDir));
  const ids = new Map<string, string>();
  for (const c of cards) {
    const other = ids.get(c.id);
    if (other)
      problems.push({
        file: c.file,
        message: `card id "${c.id}" is also used by ${other}`,
        hint: 'give each card a unique id',
      });
    ids.set(c.id, c.file);
  }
  // Files are read in parallel; report their problems in a stable order.
  problems.sort(
    (a, b) =>
      compareText(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0),
  );
  if (problems.length > 0 || !markets || !changes) throw new InputError('E_RATE_CARD_INVALID', problems);
  return { cards, tiers, markets, changes };
}

async function listYaml(dir: string, optional = false): Promise<string[]> {
  try {
    return (await readdir(dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => join(dir, f));
  } catch (err) {
    if (optional) return [];
    throw new InputError('E_RATES_DIR', [
      {
        file: dir,
        message: `rate-card folder cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
        hint: 'check WA_COST_RATES_DIR, or reinstall wa-cost',
      },
    ]);
  }
}
