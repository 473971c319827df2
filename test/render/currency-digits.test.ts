import { describe, expect, it } from 'vitest';
import { minorUnits } from '../../src/render/currency-digits.js';

describe('minor units of currencies (display rounding)', () => {
  it('equals what Intl.NumberFormat says for every currency it knows', () => {
    const differing = Intl.supportedValuesOf('currency')
      .map((c) => ({
        currency: c,
        table: minorUnits(c),
        intl: new Intl.NumberFormat('en', { style: 'currency', currency: c }).resolvedOptions()
          .maximumFractionDigits,
      }))
      .filter((r) => r.table !== r.intl);
    // A difference means this Node's CLDR moved: decide, then update src/render/currency-digits.ts.
    expect(differing).toEqual([]);
    expect(Intl.supportedValuesOf('currency').length).toBeGreaterThan(100);
  });

  it('knows the currencies of the shipped rate cards, and says 2 for a code it does not know', () => {
    expect(['USD', 'EUR', 'GBP', 'INR', 'AED', 'PEN', 'CLP'].map(minorUnits)).toEqual([2, 2, 2, 2, 2, 2, 0]);
    expect(minorUnits('kwd')).toBe(3);
    expect(minorUnits('XYZ')).toBe(2);
  });
});
