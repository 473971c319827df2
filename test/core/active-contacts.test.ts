import { describe, expect, it } from 'vitest';
import { priceMeta } from '../../src/core/price-meta.js';
import { MARKETS, campaign, d, input, resolver } from './helpers.js';

/** Monthly active contacts (what MAC-billed vendors charge for) of a plan's campaigns, month 1. */
function activeContacts(campaigns: Parameters<typeof campaign>[0][]): string {
  const rates = resolver({ Brazil: { marketing: '0.0625', utility: '0.0068' } });
  const pricing = priceMeta(input({ campaigns: campaigns.map(campaign) }), rates, MARKETS);
  return pricing.usage[0]!.activeContacts.toString();
}

describe('monthly active contacts', () => {
  it('counts an audience once, however many campaigns send to it (was 4,000 for 2,000 contacts)', () => {
    // vendor audit F5: two campaigns to the same 2,000 contacts reach 2,000 people, not 4,000.
    expect(
      activeContacts([
        { name: 'promo', audience: 'customers', recipients: { BR: 2000 } },
        { name: 'notify', audience: 'customers', category: 'utility', recipients: { BR: 2000 } },
      ]),
    ).toBe('2000');
  });

  it('adds different audiences, and a single campaign counts its reached contacts (2,000 × 90%)', () => {
    expect(
      activeContacts([
        { name: 'promo', audience: 'customers', recipients: { BR: 2000 } },
        { name: 'win-back', audience: 'lapsed', recipients: { BR: 500 } },
      ]),
    ).toBe('2500');
    expect(activeContacts([{ name: 'promo', recipients: { BR: 2000 }, deliveryRate: d('0.9') }])).toBe(
      '1800',
    );
  });

  it('sums partial reach of one audience up to the audience, never beyond it', () => {
    // 40% + 40% of 1,000 may be 800 different people; 70% + 70% cannot be more than 1,000.
    const two = (rate: string) =>
      activeContacts([
        { name: 'a', audience: 'x', recipients: { BR: 1000 }, deliveryRate: d(rate) },
        { name: 'b', audience: 'x', recipients: { BR: 1000 }, deliveryRate: d(rate) },
      ]);
    expect([two('0.4'), two('0.7')]).toEqual(['800', '1000']);
  });
});
