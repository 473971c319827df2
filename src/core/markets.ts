import type { MarketMapping, MarketPeriod } from './rate-card.js';

export type { MarketMapping } from './rate-card.js';

/**
 * The Meta market a country is billed in on `date` (`YYYY-MM-DD`). A country Meta does not list maps
 * to "Other" (Meta: "If a country is not listed below, it maps to Other", RULES §2.6).
 */
export function resolveMarket(mapping: MarketMapping, iso2: string, date: string): string {
  return resolveMarketPeriod(mapping, iso2, date)?.market ?? mapping.defaultMarket;
}

/** The mapping period in force for a country on `date`, or undefined when Meta does not list it. */
export function resolveMarketPeriod(
  mapping: MarketMapping,
  iso2: string,
  date: string,
): MarketPeriod | undefined {
  const entry = mapping.countries.get(iso2.toUpperCase());
  return entry?.periods.find(
    (p) => (p.from === undefined || p.from <= date) && (p.to === undefined || date <= p.to),
  );
}

/** Every market name that exists on `date`, sorted. */
export function marketsOn(mapping: MarketMapping, date: string): string[] {
  const names = new Set<string>([mapping.defaultMarket]);
  for (const iso of mapping.countries.keys()) names.add(resolveMarket(mapping, iso, date));
  return [...names].sort();
}
