import { ZERO, sum } from './money.js';
import { TITLE } from './category-title.js';
import type { LineMonth, MetaLine } from './line-item.js';
import type { RateResolver } from './pricing-input.js';
import { priceGraduated } from './tiers.js';

/**
 * Graduated volume tiers (RULES §2.4): one adjustment line per market and category = tiered cost − list
 * cost. Meta tiers utility, authentication and authentication-international in every market; where
 * wa-cost has no table for a charged group it stays at list rate, and one warning names every such group.
 */
export function priceTierAdjustments(
  lines: readonly MetaLine[],
  rates: RateResolver,
  monthCount: number,
  warn: (code: string, message: string) => void,
): MetaLine[] {
  const groups = new Map<string, MetaLine[]>();
  // Charged at a Meta list rate with no tier table: Meta's bill is lower past its first threshold.
  const untiered = new Set<string>();
  for (const l of lines) {
    if (l.kind !== 'campaign' || !TIERED.has(l.category)) continue;
    if (!rates.lookup(l.market, l.category)?.fromMetaCard) continue;
    if (l.category === 'authentication_international') {
      // No table is known (docs/pricing-decisions.md #4), though Meta tiers it (RULES §2.4 Example 2).
      if (l.billable.gt(0)) untiered.add(`${l.market} ${l.category}`);
      continue;
    }
    const key = `${l.market}\u0000${l.category}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  const out: MetaLine[] = [];
  for (const group of groups.values()) {
    const { market, category } = group[0]!;
    const tiers = rates.tiers(market, category);
    if (!tiers) {
      if (group.some((l) => l.billable.gt(0))) untiered.add(`${market} ${category}`);
      continue;
    }
    if (tiers.lowConfidence)
      warn(
        `tiers-low-${market}-${category}`,
        `${TITLE[category]} volume tiers for ${market} (${tiers.source}) are low confidence: bounds unverified (RULES §4.3).`,
      );
    const months: LineMonth[] = [];
    for (let m = 1; m <= monthCount; m++) {
      const billable = sum(group.map((l) => l.months[m - 1]!.billable));
      const listCost = sum(group.map((l) => l.months[m - 1]!.cost));
      months.push({
        month: m,
        delivered: ZERO,
        free: ZERO,
        billable,
        cost: priceGraduated(billable, tiers.tiers).minus(listCost),
      });
    }
    const cost = sum(months.map((m) => m.cost));
    if (cost.isZero()) continue;
    out.push({
      id: `tier:${market}:${category}`,
      kind: 'tier_adjustment',
      campaign: null,
      name: `${TITLE[category]} volume tiers (${market})`,
      market,
      countries: [...new Set(group.flatMap((l) => l.countries))].sort(),
      category,
      unit: 'message',
      recipients: ZERO,
      delivered: ZERO,
      free: ZERO,
      billable: sum(months.map((m) => m.billable)),
      unitRate: null,
      cost,
      rateSource: tiers.source,
      notes: ['graduated tiers per month across all campaigns: tiered cost minus list-rate cost'],
      months,
    });
  }
  if (untiered.size > 0)
    warn(
      'tiers-not-applied',
      `volume tiers not applied to ${[...untiered].join(', ')}: wa-cost has no tier table for ${untiered.size === 1 ? 'it' : 'them'}, so every message is at list rate. Meta's utility and authentication tiers are market–category specific (RULES §2.4): Meta bills less than shown above its first tier threshold, which wa-cost does not have.`,
    );
  return out;
}

const TIERED: ReadonlySet<string> = new Set(['utility', 'authentication', 'authentication_international']);
