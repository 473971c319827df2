import { relative } from 'node:path';
import { UsageError, InputError } from '../errors.js';
import { ratesDir, type Io } from '../io/io.js';
import { loadRateBookFast as loadRateBook } from '../io/rate-book-cache.js';
import { cardStaleness } from '../core/card-staleness.js';
import { ISO_COUNTRIES, isIsoCountry } from '../core/iso-countries.js';
import { resolveMarket, resolveMarketPeriod } from '../core/markets.js';
import { AUTH_INTERNATIONAL_FROM } from '../core/meta-rules.js';
import { CATEGORIES, type RateBook, type RateCard } from '../core/rate-card.js';
import { cardChain, selectCard, selectTiers } from '../core/select-card.js';
import { supersedingChange } from '../core/rate-changes.js';
import { didYouMean } from '../schema/did-you-mean.js';
import type {
  RateRow,
  RatesCardInfo,
  RatesListReport,
  RatesLookupReport,
  RatesShowReport,
  RatesSuperseded,
} from '../report/rates-report.js';
import { compareText } from '../core/compare-text.js';

/** The card as the `rates` reports describe it; `file` relative to `cwd` so reports do not depend on where wa-cost is installed. */
export function cardInfo(card: RateCard, cwd: string): RatesCardInfo {
  return {
    id: card.id,
    model: card.model,
    currency: card.currency,
    effective_date: card.effectiveDate,
    complete: card.complete,
    trust: card.trust,
    source_url: card.source.url,
    via: card.source.via,
    markets: card.rates.size,
    categories: cardCategories(card),
    file: relative(cwd, card.file) || card.file,
    notes: card.notes,
  };
}

/** The rates of `market` on `card` that a documented change superseded on `date` (docs/rate-cards.md). */
export function supersededRows(
  book: RateBook,
  card: RateCard,
  market: string,
  date: string,
): RatesSuperseded[] {
  return CATEGORIES.flatMap((category) => {
    if (card.rates.get(market)?.[category] === undefined) return [];
    const c = supersedingChange(book.changes, card, market, category, date);
    return c
      ? [
          {
            category,
            change_date: c.effectiveDate,
            direction: c.direction,
            quote: c.quote,
            source_url: c.sourceUrl,
            trust: c.trust,
          },
        ]
      : [];
  });
}

/** The card's row notes for `market`, as `category: trust: note`. */
function rowNotes(card: RateCard, market: string): string[] {
  return card.rowNotes.filter((n) => n.market === market).map((n) => `${n.category}: ${n.trust}: ${n.note}`);
}

/** Categories with at least one rate on the card, in Meta's order. */
export function cardCategories(card: RateCard): string[] {
  return CATEGORIES.filter((c) => [...card.rates.values()].some((r) => r[c] !== undefined));
}

/** A market's rates on a card for the given categories; null where the card has none (unknown). */
export function rateRow(card: RateCard, market: string, categories: readonly string[]): RateRow {
  const rates = card.rates.get(market) as Record<string, { toFixed(): string } | undefined> | undefined;
  return Object.fromEntries(categories.map((c) => [c, rates?.[c]?.toFixed() ?? null]));
}

/** `rates list`: every card, tier table and the market mapping, oldest first. */
export async function listRates(io: Io): Promise<RatesListReport> {
  const book = await loadRateBook(ratesDir(io));
  const byDate = (a: { effectiveDate: string; currency: string }, b: typeof a) =>
    compareText(a.effectiveDate, b.effectiveDate) || compareText(a.currency, b.currency);
  return {
    report: 'wa-cost/rates-list',
    cards: [...book.cards].sort(byDate).map((c) => cardInfo(c, io.cwd)),
    tiers: [...book.tiers].sort(byDate).map((t) => ({
      id: t.id,
      currency: t.currency,
      effective_date: t.effectiveDate,
      confidence: t.confidence,
      tables: t.tables.map((x) => `${x.market} ${x.category}`),
      source_url: t.source.url,
    })),
    markets: {
      id: 'meta-markets',
      countries: book.markets.countries.size,
      source_url: book.markets.source.url,
    },
  };
}

/** The card of `currency` in force on `date`, or an error listing what exists. */
export function cardOn(book: RateBook, currency: string, date: string): RateCard {
  const card = selectCard(book.cards, currency, date);
  if (card) return card;
  const dates = book.cards
    .filter((c) => c.currency === currency)
    .map((c) => c.effectiveDate)
    .sort();
  throw new InputError('E_NO_RATE_CARD', [
    {
      message: dates.length
        ? `no ${currency} card is in force on ${date}: the earliest is ${dates[0]}`
        : `wa-cost has no Meta rate card in ${currency}`,
      hint: `currencies with cards: ${[...new Set(book.cards.map((c) => c.currency))].sort().join(', ')} (see \`wa-cost rates list\`)`,
    },
  ]);
}

/** `rates show`: the rates in force on a date, in one currency, optionally for one market or country. */
export async function showRates(
  opts: { asOf?: string; currency?: string; market?: string },
  io: Io,
): Promise<RatesShowReport> {
  const book = await loadRateBook(ratesDir(io));
  const date = opts.asOf ?? io.today();
  const currency = (opts.currency ?? 'USD').toUpperCase();
  const card = cardOn(book, currency, date);
  const categories = cardCategories(card);
  const markets = [...card.rates.keys()].sort();
  const wanted = opts.market === undefined ? markets : [findMarket(book, card, opts.market, date)];
  const countriesOf = (market: string) =>
    [...book.markets.countries.keys()]
      .filter((iso) => resolveMarket(book.markets, iso, date) === market)
      .sort();
  const tiers = [...selectTiers(book.tiers, currency, date).values()].filter((t) =>
    wanted.includes(t.entry.market),
  );
  const stale = cardStaleness(book.cards, card, date);
  return {
    report: 'wa-cost/rates-show',
    as_of: date,
    currency,
    card: cardInfo(card, io.cwd),
    categories,
    rows: wanted.map((market) => ({
      market,
      countries: countriesOf(market),
      rates: rateRow(card, market, categories),
      notes: rowNotes(card, market),
      superseded: supersededRows(book, card, market, date),
    })),
    tiers: tiers.map(({ table, entry }) => ({
      market: entry.market,
      category: entry.category,
      table: table.id,
      confidence: table.confidence,
      tiers: entry.tiers.map((t) => ({
        from: t.from.toFixed(),
        to: t.to?.toFixed() ?? null,
        rate: t.rate.toFixed(),
      })),
    })),
    warnings: [
      ...(stale ? [stale] : []),
      ...supersededWarning(book, card, wanted, date),
      ...olderCardsWarning(book, card),
    ],
  };
}

/** A partial card's missing rows come from older cards in estimates: say which, and how to see them. */
function olderCardsWarning(book: RateBook, card: RateCard): { code: string; message: string }[] {
  const older = cardChain(card, book.cards).slice(1);
  if (older.length === 0) return [];
  return [
    {
      code: 'partial-card-chain',
      message: `${card.id} is partial: for the rows it lacks, estimates use ${older.map((c) => c.id).join(', then ')} (unless Meta documented a change since; docs/rate-cards.md, "Partial cards build on older ones"). See them with: wa-cost rates show --currency ${card.currency} --as-of ${older[0]!.effectiveDate}`,
    },
  ];
}

/** One warning naming the rows of `markets` on `card` that Meta changed after the card (empty if none). */
function supersededWarning(
  book: RateBook,
  card: RateCard,
  markets: readonly string[],
  date: string,
): { code: string; message: string }[] {
  const rows = markets.flatMap((m) =>
    supersededRows(book, card, m, date).map(
      (x) => `${m} ${x.category} (${x.direction} from ${x.change_date})`,
    ),
  );
  if (rows.length === 0) return [];
  return [
    {
      code: 'rates-superseded',
      message: `${card.id} is out of date on ${date} for ${rows.join(', ')}: Meta's change log documents these changes after ${card.effectiveDate} (rates/meta/changes.yaml), and wa-cost has no card with the new rates. Estimates refuse them (docs/rate-cards.md).`,
    },
  ];
}

/** A market name (any case) or an ISO country code (its market on `date`) that the card has. */
function findMarket(book: RateBook, card: RateCard, query: string, date: string): string {
  const markets = [...card.rates.keys()];
  const byName = markets.find((m) => m.toLowerCase() === query.toLowerCase());
  if (byName) return byName;
  const iso = query.toUpperCase();
  if (/^[A-Z]{2}$/.test(iso) && isIsoCountry(iso)) {
    const market = resolveMarket(book.markets, iso, date);
    if (card.rates.has(market)) return market;
    throw new InputError('E_RATE_MISSING', [
      {
        message: `${iso} is billed in ${market} on ${date}, but card ${card.id} has no rates for ${market}`,
        hint: 'try another currency (--currency USD) or date',
      },
    ]);
  }
  const hint = didYouMean(query, markets);
  throw new UsageError([
    {
      message: `card ${card.id} has no market "${query}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
      hint: `give a market name or an ISO country code; markets on this card: ${markets.sort().join(', ')}`,
    },
  ]);
}

/**
 * `rates lookup`: a country's market on `date` and its rates on every card in force then (or only the
 * `currency` card). `query` is what the user typed (a phone number or ISO code), `iso2` its country.
 */
export async function lookupRates(
  query: string,
  iso2: string,
  opts: { asOf?: string; currency?: string },
  io: Io,
): Promise<RatesLookupReport> {
  const book = await loadRateBook(ratesDir(io));
  const date = opts.asOf ?? io.today();
  const iso = iso2.toUpperCase();
  if (!isIsoCountry(iso))
    throw new UsageError([
      {
        message: `"${iso2}" is not an ISO 3166 alpha-2 country code`,
        hint: 'give a code like DE, IN, BR, or a phone number with its + and country code',
      },
    ]);
  const entry = book.markets.countries.get(iso);
  const period = resolveMarketPeriod(book.markets, iso, date);
  const market = resolveMarket(book.markets, iso, date);
  const currencies = opts.currency
    ? [opts.currency.toUpperCase()]
    : [...new Set(book.cards.map((c) => c.currency))].sort((a, b) =>
        a === 'USD' ? -1 : b === 'USD' ? 1 : compareText(a, b),
      );
  const rates = currencies.flatMap((cur) => {
    const card = opts.currency ? cardOn(book, cur, date) : selectCard(book.cards, cur, date);
    if (!card || !card.rates.has(market)) return [];
    return [
      {
        card: card.id,
        currency: cur,
        effective_date: card.effectiveDate,
        rates: rateRow(card, market, CATEGORIES),
        notes: rowNotes(card, market),
        superseded: supersededRows(book, card, market, date),
        card_notes: card.notes,
      },
    ];
  });
  const warnings: { code: string; message: string }[] = [];
  if (period?.assumed)
    warnings.push({
      code: 'assumed-market',
      message: `${iso} in ${market} on ${date} is an assumption of the research, not a published mapping (rates/meta/markets.yaml).`,
    });
  if (!entry)
    warnings.push({
      code: 'unlisted-country',
      message: `Meta does not list ${iso}: "If a country is not listed, it maps to Other" (RULES §2.6).`,
    });
  for (const r of rates) {
    const card = book.cards.find((c) => c.id === r.card);
    if (card) warnings.push(...supersededWarning(book, card, [market], date));
  }
  if (rates.length === 0)
    warnings.push({
      code: 'no-rates',
      message: `no card in force on ${date} has rates for ${market}${opts.currency ? ` in ${opts.currency}` : ''}.`,
    });
  return {
    report: 'wa-cost/rates-lookup',
    query,
    as_of: date,
    country: {
      iso2: iso,
      name: entry?.name ?? ISO_COUNTRIES[iso] ?? iso,
      calling_code: entry?.callingCode ?? null,
    },
    market,
    market_assumed: period?.assumed ?? false,
    auth_international_from: AUTH_INTERNATIONAL_FROM[iso] ?? null,
    rates,
    warnings,
  };
}
