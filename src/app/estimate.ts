import { RateNotFoundError } from '../errors.js';
import type { Io } from '../io/io.js';
import type { MetaPricing } from '../core/price-meta.js';
import { priceSegments } from '../core/price-segments.js';
import type { Decimal } from '../core/money.js';
import { buildReport, type ReportInput } from '../report/build-report.js';
import { loadPlanVendor, pricePlanVendor } from './price-plan-vendor.js';
import { buildEstimateKpis, type PricedScenario } from './estimate-kpis.js';
import type { PricingInput } from '../core/pricing-input.js';
import { SCENARIOS } from '../core/kpis-scenario.js';
import type { KpiSection } from '../report/kpi-report.js';
import type { Report } from '../report/report.js';
import { loadPlan } from './load-plan.js';
import { preparePricing, type EstimateOptions, type PreparedPlan } from './prepare-pricing.js';
import { toolVersion } from './tool-version.js';
import { cardLabel, type RateCard } from '../core/rate-card.js';
import type { RuleSet } from '../core/meta-rules.js';

export interface EstimateResult {
  prepared: PreparedPlan;
  pricing: MetaPricing;
  report: Report;
}

/** read → validate → price → report, for one plan file (or `-` for stdin). */
export async function runEstimate(planPath: string, opts: EstimateOptions, io: Io): Promise<EstimateResult> {
  const prepared = await preparePricing(await loadPlan(planPath, io), opts, io);
  const vendor = await loadPlanVendor(prepared, io);
  const priceWith = (input: PricingInput): PricedScenario => {
    const pricing = pricePrepared(prepared, undefined, input);
    return { input, pricing, invoice: vendor && pricePlanVendor(prepared, vendor, pricing) };
  };
  const base = priceWith(prepared.input);
  const { pricing, invoice } = base;
  // A share given as [low, base, high] is priced once per column (docs/kpis.md, scenarios).
  const scenarios = prepared.scenarioInputs && {
    low: priceWith(prepared.scenarioInputs.low),
    base,
    high: priceWith(prepared.scenarioInputs.high),
  };
  const metaInTotal = vendor?.plan.metaFees !== 'included';
  const kpis = await buildEstimateKpis(
    prepared,
    base,
    metaInTotal,
    { sensitivityPct: opts.sensitivityPct, scenarios },
    io,
  );
  const withVendor = vendor &&
    invoice && { plan: vendor.plan, invoice, seats: vendor.seats, billing: vendor.billing };
  const scenarioTotals =
    scenarios &&
    SCENARIOS.map((id) => ({ id, pricing: scenarios[id].pricing, invoice: scenarios[id].invoice }));
  return { prepared, pricing, report: reportFor(prepared, pricing, withVendor, kpis, scenarioTotals) };
}

/**
 * Prices a prepared plan, optionally with every volume multiplied by `volumeScale`, each segment of the
 * horizon under its own date's rules and rates (docs/pricing-decisions.md #1). A rate missing from the
 * card is an error naming card, market and category, unless the user allowed missing rates.
 */
export function pricePrepared(
  prepared: PreparedPlan,
  volumeScale?: Decimal,
  base: PricingInput = prepared.input,
): MetaPricing {
  const input = volumeScale ? { ...base, volumeScale } : base;
  const segments = prepared.segments.map((seg) => ({ ...seg, rates: seg.resolver }));
  const pricing = priceSegments(input, segments, prepared.markets);
  if (pricing.skipped.length > 0 && !prepared.allowMissingRates) {
    throw new RateNotFoundError(
      pricing.skipped.map((x) => ({
        file: prepared.loaded.file,
        message: `no rate for ${x.name}${x.campaign ? ` in campaign "${x.campaign}"` : ''}: ${x.reason}`,
        hint: x.superseded
          ? `a rate Meta has changed is never priced as current. Give the rate you are billed for ${x.market} ${x.category} (--rates FILE or \`rate_overrides:\`), price an earlier as_of, or pass --allow-missing-rates to list such lines as not priced (docs/rate-cards.md)`
          : `a missing rate is never priced as zero. Give your own rate for ${x.market} ${x.category} from Meta's ${prepared.currency} rate card (--rates FILE or \`rate_overrides:\`), or pass --allow-missing-rates to list such lines as not priced. (Meta bills an account in its own currency, so pricing it in another currency prices another account.)`,
      })),
    );
  }
  return pricing;
}

/** The Report of a priced plan. */
export function reportFor(
  prepared: PreparedPlan,
  pricing: MetaPricing,
  vendor?: ReportInput['vendor'],
  kpis?: KpiSection,
  scenarios?: ReportInput['scenarios'],
): Report {
  const { plan, file } = prepared.loaded;
  return buildReport(
    {
      planName: plan.name,
      file,
      date: prepared.date,
      currency: prepared.currency,
      months: prepared.months,
      growthPct: plan.monthly_growth_pct.base,
      phoneNumbers: plan.phone_numbers,
      card: prepared.card,
      // Later segments' cards, and older cards when a line's rate came from one of them.
      olderCards: otherCards(prepared, pricing),
      segments:
        prepared.segments.length > 1
          ? prepared.segments.map((seg) => ({ ...seg, rules: rulesOfSegment(pricing, seg.firstMonth) }))
          : undefined,
      audiences: prepared.audiences,
      warnings: prepared.warnings,
      overrides: prepared.overrides,
      fx: prepared.fx,
      vendor,
      kpis,
      scenarios,
    },
    pricing,
    `wa-cost ${toolVersion()}`,
  );
}

/** Every card used besides the first segment's: later segments' own, and fallbacks that priced a line. */
function otherCards(prepared: PreparedPlan, pricing: MetaPricing): RateCard[] {
  const used = (c: RateCard) => pricing.lines.some((l) => l.rateSource === cardLabel(c));
  const out = new Map<string, RateCard>();
  for (const [k, seg] of prepared.segments.entries()) {
    const chain = k === 0 ? prepared.cardChain : seg.cardChain;
    if (k > 0) out.set(seg.card.id, seg.card);
    for (const c of chain.slice(1)) if (used(c)) out.set(c.id, c);
  }
  out.delete(prepared.card.id);
  return [...out.values()];
}

function rulesOfSegment(pricing: MetaPricing, firstMonth: number): RuleSet {
  const seg = pricing.segments?.find((x) => x.firstMonth === firstMonth);
  if (!seg) throw new RangeError(`no priced segment starts at month ${firstMonth}`);
  return seg.rules;
}
