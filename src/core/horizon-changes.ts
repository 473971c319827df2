import type { Warning } from './line-item.js';
import { AUTH_INTERNATIONAL_FROM, PMP_FROM, SERVICE_CHARGED_FROM, SERVICE_FREE_FROM } from './meta-rules.js';
import { resolveMarket } from './markets.js';
import type { Category, MarketMapping, RateCard, RateChange, TierTable } from './rate-card.js';

/** `YYYY-MM-DD` plus `months` calendar months (the day after the horizon's last day). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1 + months, 1));
  // Clamp the day to the target month's length (2026-01-31 + 1 month = 2026-02-28).
  const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  t.setUTCDate(Math.min(d, last));
  return t.toISOString().slice(0, 10);
}

/** What a horizon needs to know: its start, length, currency's cards and the plan's countries. */
export interface HorizonScope {
  date: string;
  months: number;
  currency: string;
  /** Set when the plan converts another currency's cards (the plan's `fx`): their new cards count too. */
  fxFrom?: string;
  cards: readonly RateCard[];
  /** Volume-tier tables: a new one of the currency changes what later months pay. */
  tiers?: readonly TierTable[];
  /** Meta's documented rate changes (changes.yaml): one for a market of the plan supersedes a card rate. */
  changes?: readonly RateChange[];
  markets: MarketMapping;
  countries: readonly string[];
  /** The billing categories the plan sends in: a documented change to another category is not its change. */
  categories?: readonly Category[];
}

/**
 * Every change wa-cost knows of (a rule of meta-rules.ts, a newer card or tier table of the currency, a
 * documented rate change for a market of the plan, a country moving market) that takes effect after the plan's `as_of` but inside its horizon, by date: where the horizon
 * is split into segments priced separately (horizonSegments, docs/pricing-decisions.md #1).
 */
export function changesInHorizon(scope: HorizonScope): Map<string, string[]> {
  const { date, months, currency } = scope;
  const end = addMonths(date, months);
  const inside = (d: string | undefined): d is string => d !== undefined && d > date && d < end;
  const found = new Map<string, string[]>();
  const add = (d: string, what: string) => found.set(d, [...(found.get(d) ?? []), what]);
  if (inside(SERVICE_FREE_FROM)) add(SERVICE_FREE_FROM, 'service conversations become free');
  if (inside(PMP_FROM)) add(PMP_FROM, 'per-message pricing replaces conversation pricing');
  if (inside(SERVICE_CHARGED_FROM))
    add(SERVICE_CHARGED_FROM, 'service messages and in-window utility templates become chargeable');
  for (const card of scope.cards)
    if ((card.currency === currency || card.currency === scope.fxFrom) && inside(card.effectiveDate))
      add(card.effectiveDate, `rate card ${card.id} takes effect`);
  for (const t of scope.tiers ?? [])
    if ((t.currency === currency || t.currency === scope.fxFrom) && inside(t.effectiveDate))
      add(t.effectiveDate, `volume-tier table ${t.id} takes effect`);
  for (const c of scope.changes ?? []) {
    if (!inside(c.effectiveDate)) continue;
    if (scope.categories && !c.categories.some((x) => scope.categories!.includes(x))) continue;
    const on = c.effectiveDate;
    const planMarkets = new Set(scope.countries.map((iso2) => resolveMarket(scope.markets, iso2, on)));
    const hit = c.markets === 'all' ? [...planMarkets].sort() : c.markets.filter((m) => planMarkets.has(m));
    if (hit.length > 0)
      add(
        on,
        `Meta's ${c.categories.join('/')} rates change for ${hit.join(', ')} (rates/meta/changes.yaml)`,
      );
  }
  for (const iso2 of [...new Set(scope.countries)].sort()) {
    const from = AUTH_INTERNATIONAL_FROM[iso2];
    if (inside(from)) add(from, `authentication-international rates start for ${iso2}`);
    for (const p of scope.markets.countries.get(iso2)?.periods ?? [])
      if (inside(p.from)) add(p.from, `${iso2} moves to the market "${p.market}"`);
  }
  return new Map([...found].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Months `firstMonth … firstMonth + months − 1` (1-based) of a horizon, priced as of `date`. */
export interface HorizonSegment {
  /** The first day of the segment's first month: the rules, card and mapping in force then price it. */
  date: string;
  firstMonth: number;
  months: number;
}

/**
 * Splits a horizon where a known change takes effect (docs/pricing-decisions.md #1): month m starts on
 * `addMonths(date, m − 1)` and opens a new segment when a change date c has start(m − 1) < c ≤ start(m).
 * Each month is priced under the rules of its first day, so a change strictly inside a month (as_of not
 * on a 1st) applies from the next month: `warning` says so. The first segment keeps `date`.
 */
export function horizonSegments(scope: HorizonScope): { segments: HorizonSegment[]; warning?: Warning } {
  const { date, months } = scope;
  const starts = Array.from({ length: months }, (_, i) => addMonths(date, i));
  const firstMonths = new Set<number>([1]);
  const inside: [string, string[], number][] = [];
  for (const [c, what] of changesInHorizon(scope)) {
    // The month whose start is the first one on or after c (none when c falls in the last month).
    const m = starts.findIndex((s) => s >= c) + 1;
    if (m > 1) firstMonths.add(m);
    if (m === 0 || starts[m - 1] !== c) inside.push([c, what, m === 0 ? months : m - 1]);
  }
  const firsts = [...firstMonths].sort((a, b) => a - b);
  const segments = firsts.map((first, i) => ({
    date: starts[first - 1]!,
    firstMonth: first,
    months: (firsts[i + 1] ?? months + 1) - first,
  }));
  if (inside.length === 0) return { segments };
  const list = inside
    .map(([c, what, m]) => `on ${c} (inside month ${m}, which starts ${starts[m - 1]}) ${what.join(', ')}`)
    .join('; ');
  const [c0, , m0] = inside[0]!;
  return {
    segments,
    warning: {
      code: 'horizon-crosses-change',
      message: `Meta's pricing changes inside a month of the plan: ${list}. wa-cost prices each month under the rules, card and market mapping of its first day (docs/pricing-decisions.md), so a change applies from the next month: the days of month ${m0} from ${c0} are priced under rules that no longer hold then. For exact figures, start the plan on the first day of a month (--as-of ${c0}).`,
    },
  };
}
