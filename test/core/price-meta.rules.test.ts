import { describe, expect, it } from 'vitest';
import { priceMeta } from '../../src/core/price-meta.js';
import { rulesOn, isAuthInternational } from '../../src/core/meta-rules.js';
import { priceGraduated } from '../../src/core/tiers.js';
import { MARKETS, campaign, d, input, resolver, service, tiersTable } from './helpers.js';

const PMP = {
  India: {
    marketing: '0.0118',
    utility: '0.0014',
    authentication: '0.0014',
    authentication_international: '0.028',
    service: '0.0014',
  },
  Germany: { marketing: '0.1365', utility: '0.055', authentication: '0.055', service: '0.055' },
  Brazil: { marketing: '0.0625' },
  'Rest of Africa': { utility: '0.004', marketing: '0.0225' },
  Other: { marketing: '0.0604' },
  Russia: { marketing: '0.0802' },
  Kazakhstan: { marketing: '0.0604' },
  'North America': { marketing: '0.025' },
};
const line = (r: ReturnType<typeof priceMeta>, id: string) => {
  const l = r.lines.find((x) => x.id === id);
  if (!l) throw new Error(`no line ${id}; have ${r.lines.map((x) => x.id).join(', ')}`);
  return l;
};

describe('per-message pricing (RULES §2.1)', () => {
  it('charges each delivered template message at its market and category rate; undelivered ones are free', () => {
    const r = priceMeta(
      input({
        campaigns: [
          campaign({ recipients: { IN: 20000 }, messagesPerRecipient: d(2), deliveryRate: d('0.95') }),
        ],
      }),
      resolver(PMP),
      MARKETS,
    );
    const l = line(r, 'campaign:c:India:marketing');
    expect(l.billable.toString()).toBe('38000');
    expect(l.cost.toString()).toBe('448.4'); // 38,000 × 0.0118
    expect(l.rateSource).toBe('meta 2026-10-01 USD');
  });

  it('charges marketing inside an open customer service window', () => {
    const r = priceMeta(
      input({ campaigns: [campaign({ recipients: { DE: 100 }, cswShare: d('0.5') })] }),
      resolver(PMP),
      MARKETS,
    );
    expect(line(r, 'campaign:c:Germany:marketing').billable.toString()).toBe('100');
  });

  it('utility inside the customer service window is free until 2026-09-30 and charged from 2026-10-01', () => {
    const c = campaign({ category: 'utility', recipients: { DE: 1000 }, cswShare: d('0.4') });
    const before = priceMeta(input({ date: '2026-09-30', campaigns: [c] }), resolver(PMP), MARKETS);
    const after = priceMeta(input({ date: '2026-10-01', campaigns: [c] }), resolver(PMP), MARKETS);
    expect(line(before, 'campaign:c:Germany:utility').billable.toString()).toBe('600');
    expect(line(after, 'campaign:c:Germany:utility').billable.toString()).toBe('1000');
  });
});

describe('free entry point window (RULES §2.2)', () => {
  it('makes every message inside it free, whatever the category', () => {
    const r = priceMeta(
      input({ campaigns: [campaign({ recipients: { IN: 1000 }, fepShare: d('0.25') })] }),
      resolver(PMP),
      MARKETS,
    );
    const l = line(r, 'campaign:c:India:marketing');
    expect([l.free.toString(), l.billable.toString()]).toEqual(['250', '750']);
  });
});

describe('service messages (RULES §2.1, §2.3)', () => {
  it('are free from 2024-11-01 until 2026-09-30 and need no rate', () => {
    const r = priceMeta(
      input({ date: '2026-09-30', service: service({ IN: 5000 }, { messagesPerConversation: d(4) }) }),
      resolver({}),
      MARKETS,
    );
    const l = line(r, 'service:India');
    expect([l.billable.toString(), l.cost.toString(), l.unitRate]).toEqual(['0', '0', null]);
  });

  it('from 2026-10-01 are charged after 1,000 free per business phone number per month, spread over markets by volume', () => {
    const r = priceMeta(
      input({ phoneNumbers: d(2), service: service({ IN: 3000, DE: 1000 }) }),
      resolver(PMP),
      MARKETS,
    );
    // 4,000 messages, 2,000 free: India gets 1,500 of the free tier, Germany 500.
    expect(line(r, 'service:India').billable.toString()).toBe('1500');
    expect(line(r, 'service:Germany').billable.toString()).toBe('500');
    expect(r.lines.reduce((a, l) => a.plus(l.cost), d(0)).toString()).toBe(
      d(1500).times('0.0014').plus(d(500).times('0.055')).toString(),
    );
  });

  it('the free tier resets every month', () => {
    const r = priceMeta(input({ months: 2, service: service({ DE: 1500 }) }), resolver(PMP), MARKETS);
    expect(line(r, 'service:Germany').months.map((m) => m.billable.toString())).toEqual(['500', '500']);
  });
});

describe('volume tiers (RULES §2.4)', () => {
  const table = tiersTable('Rest of Africa', 'utility', [
    [0, 100000, '0.0040'],
    [100001, 1000000, '0.0038'],
    [1000001, null, '0.0036'],
  ]);
  it('are graduated: each tier rate applies to the messages in that tier only', () => {
    expect(priceGraduated(d(150000), table.tables[0]!.tiers).toString()).toBe('590'); // 100,000 × 0.004 + 50,000 × 0.0038
    expect(priceGraduated(d(0), table.tables[0]!.tiers).toString()).toBe('0');
    expect(priceGraduated(d(2000000), table.tables[0]!.tiers).toString()).toBe(
      d(400).plus(d(900000).times('0.0038')).plus(d(1000000).times('0.0036')).toString(),
    );
  });

  it('count charged messages per market and category across campaigns, as one adjustment line', () => {
    const a = campaign({ name: 'a', category: 'utility', recipients: { KE: 80000 } });
    const b = campaign({ name: 'b', category: 'utility', recipients: { KE: 70000 } });
    const r = priceMeta(input({ campaigns: [a, b] }), resolver(PMP, {}, [table]), MARKETS);
    const total = r.lines.reduce((acc, l) => acc.plus(l.cost), d(0));
    expect(total.toString()).toBe('590');
    expect(line(r, 'tier:Rest of Africa:utility').cost.toString()).toBe('-10'); // 600 list − 590 tiered
  });

  it('do not apply to marketing or service, nor under conversation pricing', () => {
    const m = tiersTable('Rest of Africa', 'marketing', [
      [0, 10, '0'],
      [11, null, '0'],
    ]);
    const r = priceMeta(
      input({ campaigns: [campaign({ recipients: { KE: 1000 } })] }),
      resolver(PMP, {}, [m]),
      MARKETS,
    );
    expect(r.lines.some((l) => l.kind === 'tier_adjustment')).toBe(false);
    expect(rulesOn('2025-01-01')?.volumeTiers).toBe(false);
  });
});

describe('authentication-international (RULES §2.5)', () => {
  it('applies when eligible, based in another country, on or after the start date', () => {
    expect(isAuthInternational('IN', '2024-07-01', { country: 'DE', eligible: true })).toBe(true);
    expect(isAuthInternational('IN', '2024-06-30', { country: 'DE', eligible: true })).toBe(false);
    expect(isAuthInternational('IN', '2026-11-01', { country: 'IN', eligible: true })).toBe(false);
    expect(isAuthInternational('IN', '2026-11-01', { country: 'DE', eligible: false })).toBe(false);
    expect(isAuthInternational('DE', '2026-11-01', { country: 'IN', eligible: true })).toBe(false); // DE has no such rate
  });

  it('prices the line at the authentication-international rate', () => {
    const r = priceMeta(
      input({
        business: { country: 'DE', eligible: true },
        campaigns: [campaign({ category: 'authentication', recipients: { IN: 100, DE: 10 } })],
      }),
      resolver(PMP),
      MARKETS,
    );
    expect(line(r, 'campaign:c:India:authentication_international').cost.toString()).toBe('2.8');
    expect(line(r, 'campaign:c:Germany:authentication').cost.toString()).toBe('0.55');
  });
});

describe('conversation-based pricing (RULES §3)', () => {
  const CBP = { India: { marketing: '0.0107', service: '0.004' }, Germany: { service: '0.0768' } };
  const opts = { model: 'per_conversation' as const, effectiveDate: '2024-10-01' };
  it('charges one conversation per recipient per send when the messages share one 24 h window', () => {
    const r = priceMeta(
      input({
        date: '2024-12-01',
        campaigns: [campaign({ recipients: { IN: 1000 }, messagesPerRecipient: d(3), sendsPerMonth: d(2) })],
      }),
      resolver(CBP, opts),
      MARKETS,
    );
    const l = line(r, 'campaign:c:India:marketing');
    expect([l.unit, l.billable.toString(), l.delivered.toString()]).toEqual(['conversation', '2000', '6000']);
  });

  it('charges one conversation per message when each message opens its own window', () => {
    const r = priceMeta(
      input({
        date: '2024-12-01',
        campaigns: [campaign({ recipients: { IN: 1000 }, messagesPerRecipient: d(3), sameWindow: false })],
      }),
      resolver(CBP, opts),
      MARKETS,
    );
    expect(line(r, 'campaign:c:India:marketing').billable.toString()).toBe('3000');
  });

  it('gives 1,000 free service conversations per month per account until 2024-10-31, then all free', () => {
    const s = service({ IN: 3000, DE: 1000 });
    const before = priceMeta(
      input({ date: '2024-10-15', service: s }),
      resolver(CBP, { ...opts, effectiveDate: '2023-06-01' }),
      MARKETS,
    );
    expect(before.lines.reduce((a, l) => a.plus(l.billable), d(0)).toString()).toBe('3000');
    const after = priceMeta(input({ date: '2024-11-01', service: s }), resolver({}, opts), MARKETS);
    expect(after.lines.every((l) => l.cost.isZero())).toBe(true);
  });

  it('has no rules before 2023-06-01 (out of scope)', () => {
    expect(rulesOn('2023-05-31')).toBeUndefined();
    expect(rulesOn('2023-06-01')?.model).toBe('per_conversation');
    expect(rulesOn('2025-07-01')?.model).toBe('per_message');
  });
});

describe('markets (RULES §5) and honesty', () => {
  it('follows dated moves: Zimbabwe is Other until 2025-09-30 and Rest of Africa from 2025-10-01', () => {
    const c = campaign({ recipients: { ZW: 10 } });
    expect(
      priceMeta(input({ date: '2025-09-30', campaigns: [c] }), resolver(PMP), MARKETS).lines[0]!.market,
    ).toBe('Other');
    expect(
      priceMeta(input({ date: '2025-10-01', campaigns: [c] }), resolver(PMP), MARKETS).lines[0]!.market,
    ).toBe('Rest of Africa');
  });

  it('bills Kazakhstan as Russia before 2026-10-01 and says it is an assumption', () => {
    const r = priceMeta(
      input({ date: '2026-09-01', campaigns: [campaign({ recipients: { KZ: 10 } })] }),
      resolver(PMP),
      MARKETS,
    );
    expect(r.lines[0]!.market).toBe('Russia');
    expect(r.warnings.map((w) => w.code)).toContain('assumed-market-KZ');
  });

  it('maps a country Meta does not list to Other', () => {
    const r = priceMeta(input({ campaigns: [campaign({ recipients: { LU: 10 } })] }), resolver(PMP), MARKETS);
    expect(r.lines[0]!.market).toBe('Other');
  });

  it('never prices a missing rate as zero: the line is skipped and named', () => {
    const r = priceMeta(
      input({ campaigns: [campaign({ category: 'utility', recipients: { BR: 10 } })] }),
      resolver(PMP),
      MARKETS,
    );
    expect(r.lines).toHaveLength(0);
    expect(r.skipped[0]).toMatchObject({ market: 'Brazil', category: 'utility' });
    expect(r.skipped[0]!.reason).toContain('test-card');
  });

  it('warns that marketing to US numbers is paused since 2025-04-01', () => {
    const r = priceMeta(input({ campaigns: [campaign({ recipients: { US: 10 } })] }), resolver(PMP), MARKETS);
    expect(r.warnings.some((w) => w.code.startsWith('us-marketing'))).toBe(true);
  });

  it('compounds monthly growth: month n has (1 + g)^(n-1) times month 1', () => {
    const r = priceMeta(
      input({ months: 3, growth: d('0.1'), campaigns: [campaign({ recipients: { IN: 1000 } })] }),
      resolver(PMP),
      MARKETS,
    );
    expect(r.lines[0]!.months.map((m) => m.billable.toString())).toEqual(['1000', '1100', '1210']);
  });
});
