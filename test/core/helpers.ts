import { Decimal } from '../../src/core/money.js';
import type {
  CampaignInput,
  PricingInput,
  RateResolver,
  ServiceInput,
} from '../../src/core/pricing-input.js';
import type {
  Category,
  MarketMapping,
  RateCard,
  RateChange,
  Tier,
  TierTable,
} from '../../src/core/rate-card.js';
import { cardResolver } from '../../src/core/select-card.js';

export const d = (v: string | number) => new Decimal(v);

/** A small market mapping, enough for the rules under test (no file system in core tests). */
export const MARKETS: MarketMapping = {
  defaultMarket: 'Other',
  source: { url: 'https://example.test', via: [] },
  countries: new Map([
    ['IN', { name: 'India', callingCode: '91', periods: [{ market: 'India', assumed: false }] }],
    ['DE', { name: 'Germany', callingCode: '49', periods: [{ market: 'Germany', assumed: false }] }],
    ['BR', { name: 'Brazil', callingCode: '55', periods: [{ market: 'Brazil', assumed: false }] }],
    [
      'US',
      { name: 'United States', callingCode: '1', periods: [{ market: 'North America', assumed: false }] },
    ],
    ['KE', { name: 'Kenya', callingCode: '254', periods: [{ market: 'Rest of Africa', assumed: false }] }],
    [
      'ZW',
      {
        name: 'Zimbabwe',
        callingCode: '263',
        periods: [
          { market: 'Other', to: '2025-09-30', assumed: false },
          { market: 'Rest of Africa', from: '2025-10-01', assumed: false },
        ],
      },
    ],
    [
      'KZ',
      {
        name: 'Kazakhstan',
        callingCode: '7',
        periods: [
          { market: 'Russia', to: '2026-09-30', assumed: true },
          { market: 'Kazakhstan', from: '2026-10-01', assumed: false },
        ],
      },
    ],
  ]),
};

type Rates = Record<string, Partial<Record<Category, string>>>;

export function card(rates: Rates, over: Partial<RateCard> = {}): RateCard {
  return {
    id: 'test-card',
    model: 'per_message',
    currency: 'USD',
    effectiveDate: '2026-10-01',
    complete: false,
    trust: 'test',
    source: { url: 'https://example.test', via: [] },
    notes: [],
    rowNotes: [],
    rates: new Map(
      Object.entries(rates).map(([m, cats]) => [
        m,
        Object.fromEntries(Object.entries(cats).map(([c, r]) => [c, d(String(r))])),
      ]),
    ),
    file: 'test-card.yaml',
    ...over,
  };
}

export function tiersTable(
  market: string,
  category: Category,
  tiers: [number, number | null, string][],
  date = '2026-10-01',
): TierTable {
  const list: Tier[] = tiers.map(([from, to, rate]) => ({
    from: d(from),
    to: to === null ? null : d(to),
    rate: d(rate),
  }));
  return {
    id: 'test-tiers',
    currency: 'USD',
    effectiveDate: date,
    trust: 'test',
    confidence: 'normal',
    source: { url: 'https://example.test', via: [] },
    notes: [],
    tables: [{ market, category, tiers: list }],
    file: 't.yaml',
  };
}

export function resolver(
  rates: Rates,
  over: Partial<RateCard> = {},
  tiers: TierTable[] = [],
  opts: { changes?: RateChange[]; date?: string } = {},
): RateResolver {
  const c = card(rates, over);
  return cardResolver(
    c,
    { tiers, changes: opts.changes ?? [] },
    opts.date ?? over.effectiveDate ?? '2026-12-31',
  );
}

export function campaign(
  over: Omit<Partial<CampaignInput>, 'recipients'> & { recipients: Record<string, number> },
): CampaignInput {
  return {
    name: 'c',
    category: 'marketing',
    messagesPerRecipient: d(1),
    sendsPerMonth: d(1),
    deliveryRate: d(1),
    cswShare: d(0),
    fepShare: d(0),
    sameWindow: true,
    inboundPerRecipient: d(0),
    ...over,
    recipients: new Map(Object.entries(over.recipients).map(([k, v]) => [k, d(v)])),
  };
}

export function service(
  conversations: Record<string, number>,
  over: Partial<ServiceInput> = {},
): ServiceInput {
  return {
    conversations: new Map(Object.entries(conversations).map(([k, v]) => [k, d(v)])),
    messagesPerConversation: d(1),
    userMessagesPerConversation: d(1),
    fepShare: d(0),
    ...over,
  };
}

export function input(over: Partial<PricingInput>): PricingInput {
  return {
    date: '2026-11-01',
    months: 1,
    growth: d(0),
    phoneNumbers: d(1),
    business: { eligible: false },
    campaigns: [],
    ...over,
  };
}
