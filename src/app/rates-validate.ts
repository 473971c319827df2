import { resolve } from 'node:path';
import { ValidationError, type Problem } from '../errors.js';
import { ratesDir, type Io } from '../io/io.js';
import { loadOverrideFile } from '../io/load-rate-overrides.js';
import { loadRateBook } from '../io/load-rates.js';
import { readTextFile } from '../io/read-text.js';
import { parseYamlSource, type YamlSource } from '../io/yaml-source.js';
import { knownMarkets } from '../core/card-staleness.js';
import { marketsOn } from '../core/markets.js';
import { didYouMean } from '../schema/did-you-mean.js';
import {
  marketMappingSchema,
  rateCardSchema,
  rateChangesSchema,
  tierTableSchema,
} from '../schema/rate-card.js';
import { validateSource } from '../schema/validate.js';
import { checkOverrides } from './rate-sources.js';

/** What `rates validate` found in a valid file. */
export interface ValidatedFile {
  file: string;
  kind: 'card' | 'tiers' | 'markets' | 'changes' | 'override';
  summary: string;
}

/**
 * Checks a rate card, tier table, market mapping or override file (YAML or CSV) the way `estimate` would
 * read it, plus the market names against Meta's markets (on the card's date for a card). Throws one error
 * listing every located problem (exit 3).
 */
export async function validateRatesFile(file: string, io: Io): Promise<ValidatedFile> {
  const path = resolve(io.cwd, file);
  const book = await loadRateBook(ratesDir(io));
  const mapping = book.markets;
  const all = knownMarkets(book);
  if (
    /\.csv$/i.test(file) ||
    !isMetaDocument(parseYamlSource(await readTextFile(path, { label: file }), file))
  ) {
    const o = await loadOverrideFile(path, file);
    const problems = checkOverrides([o], undefined, all);
    if (problems.length > 0) throw new ValidationError(problems, 'E_OVERRIDE_INVALID');
    return {
      file,
      kind: 'override',
      summary: `override file, ${o.entries.length} entr${o.entries.length === 1 ? 'y' : 'ies'}${o.currency ? ` in ${o.currency}` : ''}`,
    };
  }
  const source = parseYamlSource(await readTextFile(path, { label: file }), file);
  const data = source.data as Record<string, unknown>;
  if ('countries' in data) {
    const v = validateSource(marketMappingSchema, source);
    return { file, kind: 'markets', summary: `market mapping, ${Object.keys(v.countries).length} countries` };
  }
  if ('changes' in data) {
    const v = validateSource(rateChangesSchema, source);
    const problems = v.changes.flatMap((c, i) =>
      c.markets === 'all'
        ? []
        : c.markets.flatMap((m, j) => marketProblems(source, ['changes', i, 'markets', j], m, all)),
    );
    if (problems.length > 0) throw new ValidationError(problems, 'E_RATE_CARD_INVALID');
    return {
      file,
      kind: 'changes',
      summary: `documented rate changes ${v.id} (${v.changes.length} change${v.changes.length === 1 ? '' : 's'})`,
    };
  }
  if ('tables' in data) {
    const v = validateSource(tierTableSchema, source);
    const problems = v.tables.flatMap((t, i) =>
      marketProblems(source, ['tables', i, 'market'], t.market, all),
    );
    if (problems.length > 0) throw new ValidationError(problems, 'E_RATE_CARD_INVALID');
    return {
      file,
      kind: 'tiers',
      summary: `tier table ${v.id} (${v.currency}, effective ${v.effective_date}, ${v.tables.length} table${v.tables.length === 1 ? '' : 's'})`,
    };
  }
  const v = validateSource(rateCardSchema, source);
  const onDate = marketsOn(mapping, v.effective_date);
  const problems = Object.keys(v.rates).flatMap((m) =>
    marketProblems(source, ['rates', m], m, onDate, v.effective_date),
  );
  if (problems.length > 0) throw new ValidationError(problems, 'E_RATE_CARD_INVALID');
  return {
    file,
    kind: 'card',
    summary: `Meta rate card ${v.id} (${v.model.replace('_', '-')} ${v.currency}, effective ${v.effective_date}, ${Object.keys(v.rates).length} market${Object.keys(v.rates).length === 1 ? '' : 's'}, ${v.complete ? 'complete' : 'partial'})`,
  };
}

/** A document written for `rates/meta/` (card, tiers, markets) rather than a user's override file. */
function isMetaDocument(source: YamlSource): boolean {
  const d = source.data;
  return typeof d === 'object' && d !== null && ('provider' in d || 'countries' in d || 'tables' in d);
}

function marketProblems(
  source: YamlSource,
  path: (string | number)[],
  market: string,
  markets: string[],
  date?: string,
): Problem[] {
  if (markets.includes(market)) return [];
  const hint = didYouMean(market, markets);
  return [
    {
      file: source.file,
      ...source.locate(path, 'key'),
      path: path.join('.'),
      message: `"${market}" is not a Meta market${date ? ` on ${date}` : ''}${hint ? ` (did you mean "${hint}"?)` : ''}`,
      hint: hint ? undefined : `markets: ${markets.join(', ')}`,
    },
  ];
}
