import { ONE, ZERO } from './money.js';
import type { LineMonth, MetaLine, SkippedLine, Warning } from './line-item.js';
import { priceMeta, type MetaPricing } from './price-meta.js';
import type { PricingInput, RateResolver } from './pricing-input.js';
import type { MarketMapping } from './rate-card.js';
import type { HorizonSegment } from './horizon-changes.js';
import { emptyUsage, type MonthUsage } from './usage.js';

/** A segment of the horizon with the rates (card, overrides, FX) in force on its date. */
export interface PricedSegment extends HorizonSegment {
  rates: RateResolver;
}

/**
 * Prices a horizon split into segments (core/horizon-changes.ts horizonSegments), each under the rules,
 * rates and market mapping of its own date, and merges them into one MetaPricing of `input.months`
 * months. One segment prices exactly as `priceMeta`. Lines of later segments get their own id
 * (`…@<date>`) and name (`… from <date>`), so each line keeps one rate and one rate source; every line
 * has all months (zero outside its segment). Growth continues across segments: a segment starting at
 * month f is priced with its volumes × (1 + growth)^(f − 1). `rules` are the first segment's; `segments`
 * (only with more than one) holds each one's. Pure.
 */
export function priceSegments(
  input: PricingInput,
  segments: readonly PricedSegment[],
  markets: MarketMapping,
): MetaPricing {
  const [first] = segments;
  if (!first) throw new RangeError('priceSegments needs at least one segment');
  if (segments.length === 1) return priceMeta(input, first.rates, markets);
  const total = input.months;
  const lines: MetaLine[] = [];
  const skipped: SkippedLine[] = [];
  const warnings = new Map<string, Warning>();
  const usage: MonthUsage[] = Array.from({ length: total }, (_, i) => emptyUsage(i + 1));
  const parts: NonNullable<MetaPricing['segments']> = [];
  for (const [k, seg] of segments.entries()) {
    const scale = (input.volumeScale ?? ONE).times(ONE.plus(input.growth).pow(seg.firstMonth - 1));
    const p = priceMeta(
      { ...input, date: seg.date, months: seg.months, volumeScale: scale },
      seg.rates,
      markets,
    );
    parts.push({ date: seg.date, firstMonth: seg.firstMonth, months: seg.months, rules: p.rules });
    const shift = seg.firstMonth - 1;
    const id = (x: string) => (k === 0 ? x : `${x}@${seg.date}`);
    const name = (x: string) => (k === 0 ? x : `${x} from ${seg.date}`);
    for (const l of p.lines) {
      const months: LineMonth[] = Array.from({ length: total }, (_, i) => {
        const m = l.months[i - shift];
        return m
          ? { ...m, month: i + 1 }
          : { month: i + 1, delivered: ZERO, free: ZERO, billable: ZERO, cost: ZERO };
      });
      lines.push({ ...l, id: id(l.id), name: name(l.name), months, ...(k > 0 && { pricedAsOf: seg.date }) });
    }
    for (const x of p.skipped) skipped.push({ ...x, id: id(x.id), name: name(x.name) });
    for (const w of p.warnings) if (!warnings.has(w.code + w.message)) warnings.set(w.code + w.message, w);
    for (const u of p.usage) usage[u.month - 1 + shift] = { ...u, month: u.month + shift };
  }
  return {
    rules: parts[0]!.rules,
    lines,
    skipped,
    warnings: [...warnings.values()],
    usage,
    segments: parts,
  };
}
