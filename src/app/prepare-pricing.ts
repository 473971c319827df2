import type { Io } from '../io/io.js';
import { ratesDir } from '../io/io.js';
import { loadRateBookFast } from '../io/rate-book-cache.js';
import { InputError, UsageError } from '../errors.js';
import { ONE, pct, type Decimal } from '../core/money.js';
import { CBP_CATEGORIES_FROM, rulesOn } from '../core/meta-rules.js';
import { cardStaleness } from '../core/card-staleness.js';
import { horizonSegments, type HorizonSegment } from '../core/horizon-changes.js';
import type { FxRate } from '../core/fx-resolver.js';
import type { OverrideFile } from '../io/load-rate-overrides.js';
import { overrideTierWarnings, resolveRateSources, type RateSources } from './rate-sources.js';
import type { PricingInput, RateResolver } from '../core/pricing-input.js';
import { isVarying, type ScenarioName } from '../core/kpis-scenario.js';
import type { Category, MarketMapping, RateCard } from '../core/rate-card.js';
import { cardChain, cardResolver } from '../core/select-card.js';
import type { Warning } from '../core/line-item.js';
import type { LoadedPlan } from './load-plan.js';
import { resolveAudiences, type AudienceSummary } from './resolve-audiences.js';

/** Command-line values that override the plan's own. */
export interface EstimateOptions {
  asOf?: string;
  currency?: string;
  months?: number;
  allowMissingRates?: boolean;
  /** `--rates FILE` override files, in order (later wins ties; all win over the plan's own). */
  rates?: string[];
  /** `--sensitivity [pct]`: vary each KPI input by ±pct % and rank them by their effect on ROI. */
  sensitivityPct?: Decimal;
}

/** Months of the horizon priced under one date's rules, card (with overrides/FX) and market mapping. */
export interface PreparedSegment extends HorizonSegment {
  card: RateCard;
  /** `card`, then the older cards whose rows it falls back on (cardChain). */
  cardChain: RateCard[];
  fx?: FxRate;
  resolver: RateResolver;
}

/** Everything needed to price a plan, read and checked once (compare prices it many times). */
export interface PreparedPlan {
  loaded: LoadedPlan;
  date: string;
  currency: string;
  months: number;
  card: RateCard;
  /** `card`, then the older cards whose rows it falls back on while cards are partial (cardChain). */
  cardChain: RateCard[];
  /** Set when Meta has no card in the plan currency and the plan's `fx` rate converts the USD card. */
  fx?: FxRate;
  /** The user's override files (and inline entries), in precedence order. */
  overrides: OverrideFile[];
  resolver: RateResolver;
  /**
   * The horizon split where a change wa-cost knows takes effect (docs/pricing-decisions.md #1): the
   * first segment is `date` with `card`/`resolver`; each later one has its own. Always at least one.
   */
  segments: PreparedSegment[];
  markets: MarketMapping;
  input: PricingInput;
  /** Present when a share of the plan is a [low, base, high] scenario: one input per column. */
  scenarioInputs?: Record<ScenarioName, PricingInput>;
  audiences: AudienceSummary[];
  warnings: Warning[];
  allowMissingRates: boolean;
}

/** Selects the rules, card and mapping for the plan's date and turns the plan into a PricingInput. */
export async function preparePricing(
  loaded: LoadedPlan,
  opts: EstimateOptions,
  io: Io,
): Promise<PreparedPlan> {
  const { plan } = loaded;
  const date = opts.asOf ?? plan.as_of ?? io.today();
  const currency = (opts.currency ?? plan.currency).toUpperCase();
  const months = opts.months ?? plan.months.toNumber();
  if (!rulesOn(date)) {
    const why = `is before ${CBP_CATEGORIES_FROM}: wa-cost prices conversation-based pricing with categories (from 2023-06-01) and per-message pricing`;
    const hint = `use a date on or after ${CBP_CATEGORIES_FROM}`;
    if (opts.asOf) throw new UsageError([{ message: `--as-of ${date} ${why}`, hint }], 'E_DATE_RANGE');
    throw new InputError('E_DATE_RANGE', [
      { file: loaded.file, ...loaded.locate(['as_of']), path: 'as_of', message: `${date} ${why}`, hint },
    ]);
  }
  const book = await loadRateBookFast(ratesDir(io));
  const sourcesOn = async (on: string): Promise<RateSources> => {
    const found = await resolveRateSources(
      loaded,
      { currency, date: on, rateFiles: opts.rates ?? [] },
      book,
      io,
    );
    checkModel(loaded.file, currency, on, found.card);
    return found;
  };
  const sources = await sourcesOn(date);
  const { card } = sources;
  const warnings: Warning[] = [...sources.warnings];
  const stale = cardStaleness(book.cards, card, date);
  if (stale) warnings.push(stale);
  const resolved = await resolveAudiences(loaded, io);
  const audiences = resolved.audiences;
  warnings.push(...resolved.warnings);
  const recipientsOf = new Map(audiences.map((a) => [a.name, a.countries]));
  const inputFor = (which: ScenarioName): PricingInput => ({
    date,
    months,
    growth: pct(plan.monthly_growth_pct[which]),
    phoneNumbers: plan.phone_numbers,
    business: { country: plan.business_country, eligible: plan.auth_international_eligible },
    campaigns: plan.campaigns.map((c) => ({
      name: c.name,
      category: c.category,
      audience: c.audience,
      recipients: recipientsOf.get(c.audience) ?? new Map<string, Decimal>(),
      messagesPerRecipient: c.messages_per_recipient,
      sendsPerMonth: c.sends_per_month,
      deliveryRate: pct(c.delivery_rate_pct[which]),
      cswShare: pct(c.in_service_window_pct[which]),
      fepShare: pct(c.free_entry_point_pct[which]),
      sameWindow: c.same_window,
      inboundPerRecipient: c.inbound_messages_per_recipient,
    })),
    service: plan.service && {
      conversations: new Map(
        Object.entries(plan.service.monthly_conversations).map(([k, v]) => [k.toUpperCase(), v]),
      ),
      messagesPerConversation: plan.service.messages_per_conversation,
      userMessagesPerConversation:
        plan.service.user_messages_per_conversation ?? plan.service.messages_per_conversation,
      fepShare: pct(plan.service.free_entry_point_pct[which]),
    },
    volumeScale: ONE,
  });
  const input = inputFor('base');
  const split = horizonSegments({
    date,
    months,
    currency,
    fxFrom: sources.fx?.from,
    cards: book.cards,
    tiers: book.tiers,
    changes: book.changes,
    categories: [
      ...input.campaigns.flatMap((c): Category[] =>
        c.category === 'authentication' ? [c.category, 'authentication_international'] : [c.category],
      ),
      ...(input.service ? (['service'] as const) : []),
    ],
    markets: book.markets,
    countries: [
      ...input.campaigns.flatMap((c) => [...c.recipients.keys()]),
      ...(input.service?.conversations.keys() ?? []),
    ],
  });
  if (split.warning) warnings.push(split.warning);
  const segments: PreparedSegment[] = [];
  for (const seg of split.segments) {
    const found = seg.firstMonth === 1 ? sources : await sourcesOn(seg.date);
    segments.push({
      ...seg,
      card: found.card,
      cardChain: cardChain(found.card, book.cards),
      fx: found.fx,
      resolver: found.resolver,
    });
    if (seg.firstMonth === 1) continue;
    // The plan's fx is used for the earlier months even when a later one has a card of its own currency.
    warnings.push(...found.warnings.filter((w) => !(sources.fx && w.code === 'fx-unused')));
    const staleLater = cardStaleness(book.cards, found.card, seg.date);
    if (staleLater) warnings.push(staleLater);
  }
  // Cost scenarios: shares given as [low, base, high] are priced once per column.
  const varying = [
    plan.monthly_growth_pct,
    plan.service?.free_entry_point_pct,
    ...plan.campaigns.flatMap((c) => [c.delivery_rate_pct, c.in_service_window_pct, c.free_entry_point_pct]),
  ].some((v) => v !== undefined && isVarying(v));
  const scenarioInputs = varying ? { low: inputFor('low'), base: input, high: inputFor('high') } : undefined;
  return {
    loaded,
    date,
    currency,
    months,
    card,
    cardChain: cardChain(card, book.cards),
    fx: sources.fx,
    overrides: sources.overrides,
    resolver: sources.resolver,
    segments,
    markets: book.markets,
    input,
    scenarioInputs,
    audiences,
    warnings: unique([
      ...warnings,
      ...segments.flatMap((seg) =>
        overrideTierWarnings(
          { ...input, date: seg.date },
          sources,
          cardResolver(seg.card, book, seg.date),
          book,
        ),
      ),
    ]),
    allowMissingRates: opts.allowMissingRates ?? false,
  };
}

/** A card of the wrong pricing model for `date` (a currency without a per-message card, say) is refused. */
function checkModel(file: string, currency: string, date: string, card: RateCard): void {
  const rules = rulesOn(date);
  if (!rules || card.model === rules.model) return;
  throw new InputError('E_RATE_CARD_MODEL', [
    {
      file,
      message: `the newest ${currency} card on or before ${date} is ${card.id}, a ${card.model.replace('_', '-')} card, but ${rules.model.replace('_', '-')} pricing applies on ${date}`,
      hint: `no ${currency} card of the right model is known for ${date}: use USD or another as_of`,
    },
  ]);
}

/** Warnings once each (later segments repeat some of the first's). */
function unique(warnings: Warning[]): Warning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => !seen.has(w.code + w.message) && seen.add(w.code + w.message));
}
