import { InputError } from '../errors.js';
import { ratesDir, type Io } from '../io/io.js';
import { loadRateBookFast as loadRateBook } from '../io/rate-book-cache.js';
import { HUNDRED, type Decimal } from '../core/money.js';
import { resolveMarket, resolveMarketPeriod } from '../core/markets.js';
import { AUTH_INTERNATIONAL_FROM, rulesOn, type RuleSet } from '../core/meta-rules.js';
import { CATEGORIES, type Category, type RateBook, type RateCard } from '../core/rate-card.js';
import { cardStaleness } from '../core/card-staleness.js';
import type { RatesDiffChange, RatesDiffReport } from '../report/rates-report.js';
import { cardInfo, cardOn } from './rates.js';
import { compareText } from '../core/compare-text.js';

/** A `rates diff` argument: a date (`2026-07-01`) or a card id (`meta-2026-07-01-USD`). */
function resolveSide(book: RateBook, arg: string, currency: string): { date: string; card: RateCard } {
  if (/^\d{4}-\d{2}-\d{2}$/.test(arg)) return { date: arg, card: cardOn(book, currency, arg) };
  const card = book.cards.find((c) => c.id === arg);
  if (!card)
    throw new InputError('E_NO_RATE_CARD', [
      {
        message: `"${arg}" is neither a date (YYYY-MM-DD) nor a card id`,
        hint: `card ids: ${book.cards
          .map((c) => c.id)
          .sort()
          .join(', ')}`,
      },
    ]);
  return { date: card.effectiveDate, card };
}

/** old → new for one market and category; undefined when both are unknown or equal. */
function change(market: string, category: Category, old?: Decimal, next?: Decimal): RatesDiffChange {
  const delta = old && next ? next.minus(old) : undefined;
  return {
    market,
    category,
    old: old?.toFixed() ?? null,
    new: next?.toFixed() ?? null,
    delta: delta?.toFixed() ?? null,
    delta_pct: delta && old && !old.isZero() ? delta.div(old).times(HUNDRED).toFixed() : null,
  };
}

/**
 * `rates diff`: per market and category old → new (Δ, Δ% unrounded), markets added and removed, countries
 * that moved between markets, and Meta's rule changes between the two dates. Both sides in one currency
 * (a card id fixes its own); `from` may be later than `to` (the diff then reads backwards).
 */
export async function diffRates(
  a: string,
  b: string,
  opts: { currency?: string },
  io: Io,
): Promise<RatesDiffReport> {
  const book = await loadRateBook(ratesDir(io));
  const fixed = [a, b].map((x) => book.cards.find((c) => c.id === x)?.currency).find((c) => c !== undefined);
  const currency = (opts.currency ?? fixed ?? 'USD').toUpperCase();
  const from = resolveSide(book, a, currency);
  const to = resolveSide(book, b, currency);
  if (from.card.currency !== to.card.currency)
    throw new InputError('E_CURRENCY_MISMATCH', [
      {
        message: `${from.card.id} is in ${from.card.currency} and ${to.card.id} in ${to.card.currency}`,
        hint: 'compare two cards of one currency',
      },
    ]);
  const changes: RatesDiffChange[] = [];
  let unchanged = 0;
  const oldMarkets = [...from.card.rates.keys()];
  const newMarkets = [...to.card.rates.keys()];
  for (const market of newMarkets.filter((m) => from.card.rates.has(m)).sort()) {
    for (const category of CATEGORIES) {
      const old = from.card.rates.get(market)?.[category];
      const next = to.card.rates.get(market)?.[category];
      if (!old && !next) continue;
      if (old && next && old.equals(next)) unchanged++;
      else changes.push(change(market, category, old, next));
    }
  }
  const moved = [...book.markets.countries]
    .map(([iso2, c]) => ({
      iso2,
      c,
      fm: resolveMarket(book.markets, iso2, from.date),
      tm: resolveMarket(book.markets, iso2, to.date),
    }))
    .filter((x) => x.fm !== x.tm)
    .sort((x, y) => compareText(x.iso2, y.iso2))
    .map(({ iso2, c, fm, tm }) => ({
      iso2,
      country: c.name,
      from_market: fm,
      to_market: tm,
      assumed: Boolean(
        resolveMarketPeriod(book.markets, iso2, from.date)?.assumed ||
        resolveMarketPeriod(book.markets, iso2, to.date)?.assumed,
      ),
      rates: CATEGORIES.filter((cat) => from.card.rates.get(fm)?.[cat] || to.card.rates.get(tm)?.[cat]).map(
        (cat) => change(tm, cat, from.card.rates.get(fm)?.[cat], to.card.rates.get(tm)?.[cat]),
      ),
    }));
  const warnings = [
    cardStaleness(book.cards, from.card, from.date),
    cardStaleness(book.cards, to.card, to.date),
  ].filter((w): w is NonNullable<typeof w> => w !== undefined);
  for (const side of [from, to])
    if (!side.card.complete)
      warnings.push({
        code: 'partial-card',
        message: `${side.card.id} is partial: a rate missing from it is unknown, so some changes cannot be shown.`,
      });
  return {
    report: 'wa-cost/rates-diff',
    currency,
    from: { date: from.date, card: cardInfo(from.card, io.cwd) },
    to: { date: to.date, card: cardInfo(to.card, io.cwd) },
    changes,
    unchanged,
    markets_added: newMarkets.filter((m) => !from.card.rates.has(m)).sort(),
    markets_removed: oldMarkets.filter((m) => !to.card.rates.has(m)).sort(),
    moved,
    rules: ruleChanges(from.date, to.date),
    warnings,
  };
}

/** What each rule says on a date, as short phrases (RULES §1–§3 via src/core/meta-rules.ts). */
function ruleFacts(date: string): Record<string, string> {
  const r: RuleSet | undefined = rulesOn(date);
  if (!r) return { 'pricing model': 'out of scope (before 2023-06-01)' };
  const tier = r.serviceFreeTier;
  return {
    'pricing model': r.model === 'per_message' ? 'per delivered message' : 'per 24-hour conversation',
    'utility inside the customer service window':
      r.model === 'per_conversation'
        ? 'a conversation of its category'
        : r.cswUtilityFree
          ? 'free'
          : 'charged',
    service: r.serviceFree
      ? 'free'
      : tier
        ? `charged after ${tier.units.toLocaleString('en')} free per ${tier.per === 'phone_number' ? 'business phone number' : 'account'} per month`
        : 'charged',
    'volume tiers (utility, authentication)': r.volumeTiers ? 'graduated per market and category' : 'none',
    'authentication-international markets':
      Object.entries(AUTH_INTERNATIONAL_FROM)
        .filter(([, d]) => d <= date)
        .map(([iso]) => iso)
        .sort()
        .join(', ') || 'none',
  };
}

function ruleChanges(a: string, b: string): RatesDiffReport['rules'] {
  const fa = ruleFacts(a);
  const fb = ruleFacts(b);
  return Object.keys({ ...fa, ...fb })
    .filter((k) => fa[k] !== fb[k])
    .map((rule) => ({ rule, from: fa[rule] ?? '—', to: fb[rule] ?? '—' }));
}
