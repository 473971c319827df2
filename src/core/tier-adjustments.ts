import { ZERO, sum } from './money.js';
import { TITLE } from './category-title.js';
import type { LineMonth, MetaLine } from './line-item.js';
import type { RateResolver } from './pricing-input.js';
import { priceGraduated } from './tiers.js';

/** Graduated volume tiers (RULES §2.4): one adjustment line per market and category = tiered cost − list cost. */
export function priceTierAdjustments(
  lines: readonly MetaLine[],
  rates: RateResolver,
  monthCount: number,
  warn: (code: string, message: string) => void,
): MetaLine[] {
  const groups = new Map<string, MetaLine[]>();
  for (const l of lines) {
    if (l.kind !== 'campaign' || (l.category !== 'utility' && l.category !== 'authentication')) continue;
    if (!rates.lookup(l.market, l.category)?.fromMetaCard) continue;
    const key = `${l.market}\u0000${l.category}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  const out: MetaLine[] = [];
  for (const group of groups.values()) {
    const { market, category } = group[0]!;
    const tiers = rates.tiers(market, category);
    if (!tiers) continue;
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
  return out;
}
