import { describe, expect, it } from 'vitest';
import { addMonths, changesInHorizon, horizonSegments } from '../../src/core/horizon-changes.js';
import type { Category, RateChange, TierTable } from '../../src/core/rate-card.js';
import { MARKETS, card } from './helpers.js';

const CARDS = [
  card({}, { id: 'meta-2026-07-01-USD', effectiveDate: '2026-07-01' }),
  card({}, { id: 'meta-2026-10-01-USD', effectiveDate: '2026-10-01' }),
  card({}, { id: 'meta-2026-10-01-INR', effectiveDate: '2026-10-01', currency: 'INR' }),
];
const scope = (date: string, months: number, countries = ['IN', 'KZ']) => ({
  date,
  months,
  currency: 'USD',
  cards: CARDS,
  markets: MARKETS,
  countries,
});

describe('changes inside a plan horizon (engine audit F1)', () => {
  it('adds calendar months, clamping the day to the month', () => {
    expect(['2026-08-01', '2026-01-31', '2024-01-31', '2026-11-24'].map((d) => addMonths(d, 1))).toEqual([
      '2026-09-01',
      '2026-02-28',
      '2024-02-29',
      '2026-12-24',
    ]);
    expect(addMonths('2026-11-24', 14)).toBe('2028-01-24');
  });

  it('names every known change from the day after as_of to the end of the last month', () => {
    // August, September, October 2026: 2026-10-01 brings rules, a USD card (not the INR one) and KZ's move.
    expect(Object.fromEntries(changesInHorizon(scope('2026-08-01', 3)))).toEqual({
      '2026-10-01': [
        'service messages and in-window utility templates become chargeable',
        'rate card meta-2026-10-01-USD takes effect',
        'authentication-international rates start for KZ',
        'KZ moves to the market "Kazakhstan"',
      ],
    });
    expect(changesInHorizon(scope('2025-06-15', 1, [])).get('2025-07-01')).toEqual([
      'per-message pricing replaces conversation pricing',
    ]);
  });

  it('is silent when nothing changes inside: on as_of itself, or on the day after the last month', () => {
    expect(changesInHorizon(scope('2026-10-01', 3)).size).toBe(0);
    expect(changesInHorizon(scope('2026-07-01', 3)).size).toBe(0); // ends 2026-09-30
    expect(horizonSegments(scope('2026-11-01', 12)).warning).toBeUndefined();
  });

  it('names a new tier table of the currency and a documented change to a market and category of the plan', () => {
    const tiers = [
      { id: 'meta-tiers-2026-10-01-USD', currency: 'USD', effectiveDate: '2026-10-01' },
    ] as TierTable[];
    const change = (markets: string[], categories: Category[]) =>
      ({ effectiveDate: '2026-09-01', markets, categories, direction: 'higher' }) as RateChange;
    const found = changesInHorizon({
      ...scope('2026-08-01', 3, ['IN']),
      tiers,
      changes: [
        change(['India'], ['marketing']),
        change(['India'], ['utility']),
        change(['Brazil'], ['marketing']),
      ],
      categories: ['marketing'],
    });
    expect(Object.fromEntries(found)).toEqual({
      '2026-09-01': ["Meta's marketing rates change for India (rates/meta/changes.yaml)"],
      '2026-10-01': [
        'service messages and in-window utility templates become chargeable',
        'rate card meta-2026-10-01-USD takes effect',
        'volume-tier table meta-tiers-2026-10-01-USD takes effect',
      ],
    });
  });

  it('splits the horizon at the month a change opens, each segment dated on its first day', () => {
    // Aug, Sep | Oct, Nov: 2026-10-01 is month 3's first day, so no warning is needed.
    expect(horizonSegments(scope('2026-08-01', 4))).toEqual({
      segments: [
        { date: '2026-08-01', firstMonth: 1, months: 2 },
        { date: '2026-10-01', firstMonth: 3, months: 2 },
      ],
    });
    expect(horizonSegments(scope('2026-08-01', 3)).warning).toBeUndefined();
    expect(horizonSegments(scope('2026-11-01', 12)).segments).toEqual([
      { date: '2026-11-01', firstMonth: 1, months: 12 },
    ]);
  });

  it('keeps a month whole when a change falls inside it, and warns', () => {
    // Months start 08-15, 09-15, 10-15: 2026-10-01 is inside month 2, so month 3 (2026-10-15) opens a segment.
    const split = horizonSegments(scope('2026-08-15', 3));
    expect(split.segments).toEqual([
      { date: '2026-08-15', firstMonth: 1, months: 2 },
      { date: '2026-10-15', firstMonth: 3, months: 1 },
    ]);
    expect(split.warning?.code).toBe('horizon-crosses-change');
    expect(split.warning?.message).toContain('on 2026-10-01 (inside month 2, which starts 2026-09-15)');
    // A change inside the last month opens no segment but is still named.
    const last = horizonSegments(scope('2026-09-15', 1));
    expect(last.segments).toEqual([{ date: '2026-09-15', firstMonth: 1, months: 1 }]);
    expect(last.warning?.message).toContain('the days of month 1 from 2026-10-01');
  });
});
