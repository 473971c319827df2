import type { Io } from '../io/io.js';
import { ratesDir } from '../io/io.js';
import { loadRateBook } from '../io/load-rates.js';
import { InputError, UsageError, type Problem } from '../errors.js';
import { ONE, pct, type Decimal } from '../core/money.js';
import { CBP_CATEGORIES_FROM, rulesOn } from '../core/meta-rules.js';
import { cardResolver, nextQuarterStart, selectCard } from '../core/select-card.js';
import type { PricingInput, RateResolver } from '../core/pricing-input.js';
import type { MarketMapping, RateCard } from '../core/rate-card.js';
import type { Warning } from '../core/line-item.js';
import type { LoadedPlan } from './load-plan.js';
import { resolveAudiences, type AudienceSummary } from './resolve-audiences.js';

/** Command-line values that override the plan's own. */
export interface EstimateOptions {
  asOf?: string;
  currency?: string;
  months?: number;
  allowMissingRates?: boolean;
}

/** Everything needed to price a plan, read and checked once (compare prices it many times). */
export interface PreparedPlan {
  loaded: LoadedPlan;
  date: string;
  currency: string;
  months: number;
  card: RateCard;
  resolver: RateResolver;
  markets: MarketMapping;
  input: PricingInput;
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
  const rules = rulesOn(date);
  if (!rules) {
    throw new UsageError(
      [
        {
          file: loaded.file,
          message: `as_of ${date} is before ${CBP_CATEGORIES_FROM}: wa-cost prices conversation-based pricing with categories (from 2023-06-01) and per-message pricing`,
          hint: `use an as_of on or after ${CBP_CATEGORIES_FROM}`,
        },
      ],
      'E_DATE_RANGE',
    );
  }
  const book = await loadRateBook(ratesDir(io));
  const card = selectCard(book.cards, currency, date);
  if (!card) throw noCard(book.cards, currency, date, loaded.file);
  if (card.model !== rules.model) {
    throw new InputError('E_RATE_CARD_MODEL', [
      {
        file: loaded.file,
        message: `the newest ${currency} card on or before ${date} is ${card.id}, a ${card.model.replace('_', '-')} card, but ${rules.model.replace('_', '-')} pricing applies on ${date}`,
        hint: `no ${currency} card of the right model is known for ${date}: use USD or another as_of`,
      },
    ]);
  }
  const warnings: Warning[] = [];
  const staleFrom = nextQuarterStart(card.effectiveDate);
  if (date >= staleFrom) {
    warnings.push({
      code: 'stale-card',
      message: `rates may have changed: Meta can change prices on the first day of each quarter and the newest ${currency} card on or before ${date} is ${card.id} (effective ${card.effectiveDate}); ${date} is on or after ${staleFrom}.`,
    });
  }
  const resolved = await resolveAudiences(loaded, io);
  const audiences = resolved.audiences;
  warnings.push(...resolved.warnings);
  const recipientsOf = new Map(audiences.map((a) => [a.name, a.countries]));
  const input: PricingInput = {
    date,
    months,
    growth: pct(plan.monthly_growth_pct),
    phoneNumbers: plan.phone_numbers,
    business: { country: plan.business_country, eligible: plan.auth_international_eligible },
    campaigns: plan.campaigns.map((c) => ({
      name: c.name,
      category: c.category,
      recipients: recipientsOf.get(c.audience) ?? new Map<string, Decimal>(),
      messagesPerRecipient: c.messages_per_recipient,
      sendsPerMonth: c.sends_per_month,
      deliveryRate: pct(c.delivery_rate_pct),
      cswShare: pct(c.in_service_window_pct),
      fepShare: pct(c.free_entry_point_pct),
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
      fepShare: pct(plan.service.free_entry_point_pct),
    },
    volumeScale: ONE,
  };
  return {
    loaded,
    date,
    currency,
    months,
    card,
    resolver: cardResolver(card, book, date),
    markets: book.markets,
    input,
    audiences,
    warnings,
    allowMissingRates: opts.allowMissingRates ?? false,
  };
}

function noCard(cards: readonly RateCard[], currency: string, date: string, file: string): InputError {
  const byCurrency = new Map<string, string[]>();
  for (const c of cards) byCurrency.set(c.currency, [...(byCurrency.get(c.currency) ?? []), c.effectiveDate]);
  const list = [...byCurrency]
    .sort()
    .map(([cur, dates]) => `${cur} (${dates.sort().join(', ')})`)
    .join('; ');
  const problems: Problem[] = [
    {
      file,
      message: byCurrency.has(currency)
        ? `no ${currency} card is in force on ${date}: the earliest is ${[...(byCurrency.get(currency) ?? [])].sort()[0]}`
        : `wa-cost has no Meta rate card in ${currency}`,
      hint: `cards exist for: ${list}. Set \`currency:\` (or --currency) to one of them, or a later as_of`,
    },
  ];
  return new InputError('E_NO_RATE_CARD', problems);
}
