import type { Warning } from './line-item.js';
import { AUTH_INTERNATIONAL_FROM, PMP_FROM, SERVICE_CHARGED_FROM, SERVICE_FREE_FROM } from './meta-rules.js';
import type { MarketMapping, RateCard } from './rate-card.js';

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
  cards: readonly RateCard[];
  markets: MarketMapping;
  countries: readonly string[];
}

/**
 * Every change wa-cost knows of (a rule of meta-rules.ts, a newer card of the currency, a country moving
 * market) that takes effect after the plan's `as_of` but inside its horizon, by date. wa-cost prices the
 * whole horizon as of `as_of` (docs/pricing-decisions.md #1), so months from such a date are priced under
 * rules that no longer hold: the estimate must say so (a warning), never stay silent.
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
    if (card.currency === currency && inside(card.effectiveDate))
      add(card.effectiveDate, `rate card ${card.id} takes effect`);
  for (const iso2 of [...new Set(scope.countries)].sort()) {
    const from = AUTH_INTERNATIONAL_FROM[iso2];
    if (inside(from)) add(from, `authentication-international rates start for ${iso2}`);
    for (const p of scope.markets.countries.get(iso2)?.periods ?? [])
      if (inside(p.from)) add(p.from, `${iso2} moves to the market "${p.market}"`);
  }
  return new Map([...found].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The warning for `changesInHorizon`, or undefined when the horizon holds none. */
export function horizonChangeWarning(scope: HorizonScope): Warning | undefined {
  const changes = changesInHorizon(scope);
  const first = [...changes.keys()][0];
  if (first === undefined) return undefined;
  const list = [...changes].map(([d, what]) => `on ${d} ${what.join(', ')}`).join('; ');
  return {
    code: 'horizon-crosses-change',
    message: `the plan's ${scope.months} months run from ${scope.date} to ${addMonths(scope.date, scope.months)} (exclusive), and Meta's pricing changes inside them: ${list}. wa-cost prices every month as of ${scope.date} (docs/pricing-decisions.md), so the months from ${first} are priced under rules that no longer hold then: price them separately (--as-of ${first}), or shorten the horizon.`,
  };
}
