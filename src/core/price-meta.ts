import { Decimal, ONE, ZERO, sum } from './money.js';
import type { LineMonth, MetaLine, SkippedLine, Warning } from './line-item.js';
import { LineBuilder } from './line-builder.js';
import { resolveMarket, resolveMarketPeriod } from './markets.js';
import { US_MARKETING_PAUSED_FROM, isAuthInternational, rulesOn, type RuleSet } from './meta-rules.js';
import type { CampaignInput, PricingInput, RateResolver, ServiceInput } from './pricing-input.js';
import type { Category, MarketMapping } from './rate-card.js';
import { priceTierAdjustments } from './tier-adjustments.js';
import { spreadFreeTier } from './free-tier.js';
import { TITLE } from './category-title.js';
import { emptyUsage, type MonthUsage } from './usage.js';

export interface MetaPricing {
  rules: RuleSet;
  lines: MetaLine[];
  /** Lines whose rate is unknown: an error unless the user allowed missing rates. */
  skipped: SkippedLine[];
  warnings: Warning[];
  /** Per-month volumes and Meta fees, for vendor pricing and KPIs. */
  usage: MonthUsage[];
  /**
   * Set only when the horizon was priced in several segments (core/price-segments.ts): each one's
   * first month, length, date and rules. `rules` are then the first segment's.
   */
  segments?: { date: string; firstMonth: number; months: number; rules: RuleSet }[];
}

/**
 * Prices Meta's side of a plan: one line per campaign × market × category, one per service market,
 * and volume-tier adjustments. Pure; all values unrounded in the card's currency. The rules, the card
 * and the market mapping are those in force on `input.date` for every month: a horizon crossing a known
 * change is split and priced per segment by core/price-segments.ts (docs/pricing-decisions.md #1).
 * Returns `undefined` rules only for dates before 2023-06-01, which callers reject first.
 */
export function priceMeta(input: PricingInput, rates: RateResolver, markets: MarketMapping): MetaPricing {
  const rules = rulesOn(input.date);
  if (!rules) throw new RangeError(`no pricing rules before 2023-06-01 (got ${input.date})`);
  const ctx: Ctx = {
    input,
    rates,
    markets,
    rules,
    builder: new LineBuilder(input.months),
    skipped: new Map(),
    warnings: new Map(),
    usage: Array.from({ length: input.months }, (_, i) => emptyUsage(i + 1)),
    reach: new Map(),
  };
  for (const campaign of input.campaigns) priceCampaign(ctx, campaign);
  addActiveContacts(ctx);
  if (input.service) priceService(ctx, input.service);
  const lines = ctx.builder.build();
  const tierLines = rules.volumeTiers
    ? priceTierAdjustments(lines, rates, input.months, (code, message) => warn(ctx, code, message))
    : [];
  const all = [...lines, ...tierLines];
  for (const line of all)
    for (const m of line.months) {
      const u = ctx.usage[m.month - 1]!;
      u.metaFees[line.category] = u.metaFees[line.category].plus(m.cost);
    }
  return {
    rules,
    lines: all,
    skipped: [...ctx.skipped.values()],
    warnings: [...ctx.warnings.values()],
    usage: ctx.usage,
  };
}

interface Ctx {
  input: PricingInput;
  rates: RateResolver;
  markets: MarketMapping;
  rules: RuleSet;
  builder: LineBuilder;
  skipped: Map<string, SkippedLine>;
  warnings: Map<string, Warning>;
  usage: MonthUsage[];
  /** Contacts reached per audience, country and month: see addActiveContacts. */
  reach: Map<string, { month: number; audience: Decimal; reached: Decimal }>;
}

/**
 * Campaign contacts that count as active in a month (vendors bill monthly active contacts). Campaigns
 * to the same audience reach the same people, so per audience and country the reached contacts are
 * summed but never counted above the audience itself (an upper bound, like the overlap with service
 * conversations, which stays unknown: core/usage.ts).
 */
function addActiveContacts(ctx: Ctx): void {
  for (const r of ctx.reach.values()) {
    const u = ctx.usage[r.month - 1]!;
    u.activeContacts = u.activeContacts.plus(Decimal.min(r.audience, r.reached));
  }
}

/** Volume multiplier of month `m` (1-based): scale × (1 + growth)^(m-1). */
export function monthFactor(input: PricingInput, m: number): Decimal {
  return (input.volumeScale ?? ONE).times(ONE.plus(input.growth).pow(m - 1));
}

function marketOf(ctx: Ctx, country: string): string {
  const period = resolveMarketPeriod(ctx.markets, country, ctx.input.date);
  if (period?.assumed) {
    warn(
      ctx,
      `assumed-market-${country}`,
      `${country} is billed as ${period.market} on ${ctx.input.date}: an assumption of the research, not a published mapping (rates/meta/markets.yaml).`,
    );
  }
  return resolveMarket(ctx.markets, country, ctx.input.date);
}

function warn(ctx: Ctx, code: string, message: string): void {
  if (!ctx.warnings.has(code)) ctx.warnings.set(code, { code, message });
}

function priceCampaign(ctx: Ctx, c: CampaignInput): void {
  const { input, rules } = ctx;
  const perConversation = rules.model === 'per_conversation';
  if (perConversation && c.cswShare.gt(0)) {
    warn(
      ctx,
      `csw-ignored-${c.name}`,
      `${c.name}: in_service_window_pct has no effect under conversation pricing (a template opens a conversation of its category anyway, RULES §3).`,
    );
  }
  if (
    c.category === 'marketing' &&
    (c.recipients.get('US')?.gt(0) ?? false) &&
    input.date >= US_MARKETING_PAUSED_FROM
  ) {
    warn(
      ctx,
      `us-marketing-${c.name}`,
      `${c.name}: Meta has paused marketing templates to US (+1) numbers since 2025-04-01 (third-party reports, RULES §1); these messages may not be delivered.`,
    );
  }
  for (const [country, base] of c.recipients) {
    const market = marketOf(ctx, country);
    const category: Category =
      c.category === 'authentication' && isAuthInternational(country, input.date, input.business)
        ? 'authentication_international'
        : c.category;
    const id = `campaign:${c.name}:${market}:${category}`;
    const name = `${TITLE[category]} ${perConversation ? 'conversations' : 'messages'} (${market})`;
    for (let m = 1; m <= input.months; m++) {
      const recipients = base.times(monthFactor(input, m));
      const reached = recipients.times(c.sendsPerMonth).times(c.deliveryRate);
      const delivered = reached.times(c.messagesPerRecipient);
      const notes: string[] = [];
      let units: Decimal;
      let free: Decimal;
      if (perConversation) {
        // One conversation per recipient per send when the send's messages share one 24 h window (RULES §3).
        units = c.sameWindow ? reached : delivered;
        free = units.times(c.fepShare);
        if (c.fepShare.gt(0)) notes.push('free entry point conversations are free');
      } else {
        units = delivered;
        free = delivered.times(c.fepShare);
        if (c.fepShare.gt(0)) notes.push('free entry point window: free');
        if (category === 'utility' && rules.cswUtilityFree) {
          free = free.plus(delivered.times(c.cswShare));
          if (c.cswShare.gt(0))
            notes.push('utility inside the customer service window: free until 2026-09-30');
        }
      }
      const billable = units.minus(free);
      const u = ctx.usage[m - 1]!;
      u.outbound[category] = u.outbound[category].plus(delivered);
      u.inbound = u.inbound.plus(reached.times(c.inboundPerRecipient));
      u.conversations = u.conversations.plus(reached);
      const key = `${c.audience ?? `campaign ${c.name}`}\u0000${country}\u0000${m}`;
      const reach = ctx.reach.get(key) ?? { month: m, audience: recipients, reached: ZERO };
      reach.reached = reach.reached.plus(recipients.times(c.deliveryRate));
      ctx.reach.set(key, reach);
      addPriced(
        ctx,
        {
          id,
          kind: 'campaign',
          campaign: c.name,
          name,
          market,
          category,
          unit: perConversation ? 'conversation' : 'message',
        },
        country,
        m,
        { delivered, free, billable },
        m === 1 ? recipients : ZERO,
        notes,
      );
    }
  }
}

function priceService(ctx: Ctx, s: ServiceInput): void {
  const { input, rules } = ctx;
  const perConversation = rules.model === 'per_conversation';
  for (let m = 1; m <= input.months; m++) {
    // Units eligible for the free tier this month, per country, after free entry points.
    const rows = [...s.conversations].map(([country, base]) => {
      const conversations = base.times(monthFactor(input, m));
      const delivered = conversations.times(s.messagesPerConversation);
      const units = perConversation ? conversations : delivered;
      return {
        country,
        market: marketOf(ctx, country),
        conversations,
        delivered,
        units,
        fep: units.times(s.fepShare),
      };
    });
    const eligible = sum(rows.map((r) => r.units.minus(r.fep)));
    const tierUnits = rules.serviceFreeTier
      ? rules.serviceFreeTier.per === 'phone_number'
        ? input.phoneNumbers.times(rules.serviceFreeTier.units)
        : new Decimal(rules.serviceFreeTier.units)
      : ZERO;
    const freeTier = Decimal.min(eligible, tierUnits);
    const shares = spreadFreeTier(
      freeTier,
      rows.map((r) => r.units.minus(r.fep)),
      eligible,
    );
    rows.forEach((r, i) => {
      const tierShare = shares[i]!;
      const notes: string[] = [];
      if (r.fep.gt(0)) notes.push('free entry point window: free');
      let free = r.fep.plus(tierShare);
      if (rules.serviceFree) {
        free = r.units;
        notes.push(
          perConversation
            ? 'service conversations free from 2024-11-01'
            : 'service messages free until 2026-09-30',
        );
      } else if (tierShare.gt(0)) {
        notes.push(
          rules.serviceFreeTier?.per === 'phone_number'
            ? 'free tier: 1,000 service messages per phone number per month, spread by volume'
            : 'free tier: 1,000 service conversations per month, spread by volume',
        );
      }
      const u = ctx.usage[m - 1]!;
      u.outbound.service = u.outbound.service.plus(r.delivered);
      u.inbound = u.inbound.plus(r.conversations.times(s.userMessagesPerConversation));
      u.conversations = u.conversations.plus(r.conversations);
      u.activeContacts = u.activeContacts.plus(r.conversations);
      const head = {
        id: `service:${r.market}`,
        kind: 'service' as const,
        campaign: null,
        name: `Service ${perConversation ? 'conversations' : 'messages'} (${r.market})`,
        market: r.market,
        category: 'service' as const,
        unit: perConversation ? ('conversation' as const) : ('message' as const),
      };
      addPriced(
        ctx,
        head,
        r.country,
        m,
        { delivered: r.delivered, free, billable: r.units.minus(free) },
        m === 1 ? r.conversations : ZERO,
        notes,
      );
    });
  }
}

type Head = Pick<MetaLine, 'id' | 'kind' | 'campaign' | 'name' | 'market' | 'category' | 'unit'>;

/** Adds one country-month to a line, priced at the resolved rate, or to the skipped list when the rate is unknown. */
function addPriced(
  ctx: Ctx,
  head: Head,
  country: string,
  month: number,
  q: Omit<LineMonth, 'month' | 'cost'>,
  recipients: Decimal,
  notes: string[],
): void {
  // Free service (2024-11-01 to 2026-09-30) has no rate to show: it is free by rule, not at some rate.
  const freeByRule = head.kind === 'service' && ctx.rules.serviceFree;
  const resolved = freeByRule ? undefined : ctx.rates.lookup(head.market, head.category);
  if (q.billable.gt(0) && !resolved) {
    const prev = ctx.skipped.get(head.id);
    const superseded = ctx.rates.superseded(head.market, head.category);
    ctx.skipped.set(head.id, {
      id: head.id,
      name: head.name,
      campaign: head.campaign,
      market: head.market,
      category: head.category,
      billable: (prev?.billable ?? ZERO).plus(q.billable),
      reason: ctx.rates.describeMissing(head.market, head.category),
      ...(superseded && { superseded }),
    });
    return;
  }
  if (q.billable.gt(0))
    for (const n of resolved?.notes ?? [])
      warn(ctx, `rate-note-${head.market}-${head.category}`, `${head.name}: ${n}`);
  ctx.builder.add(
    { ...head, unitRate: resolved?.rate ?? null, rateSource: resolved?.source ?? null },
    country,
    month,
    { ...q, cost: resolved ? q.billable.times(resolved.rate) : ZERO },
    recipients,
    notes,
  );
}
