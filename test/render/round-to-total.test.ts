import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { formatMoney, roundToTotal } from '../../src/render/format.js';

const num = (s: string) => new Decimal(s.replace(/,/g, ''));

describe('display rounding that adds up (issue 8: totals equal the sum of lines in every format)', () => {
  it('rounds three thirds of 1.00 to 0.34 + 0.33 + 0.33', () => {
    expect(roundToTotal(['0.333333', '0.333333', '0.333334'], '1', 'USD')).toEqual(['0.33', '0.33', '0.34']);
  });
  it('keeps a line that rounds cleanly exactly as its own rounding', () => {
    expect(roundToTotal(['1345.2', '1781.25', '933.66'], '4060.11', 'USD')).toEqual([
      '1,345.20',
      '1,781.25',
      '933.66',
    ]);
  });
  it('uses the currency minor unit (CLP has none)', () => {
    expect(roundToTotal(['10.4', '10.4', '10.4'], '31.2', 'CLP')).toEqual(['11', '10', '10']);
  });
  it('always sums to the rounded total, and each value moves by less than one minor unit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -10_000_000, max: 100_000_000 }), { minLength: 1, maxLength: 12 }),
        (ints) => {
          const values = ints.map((n) => new Decimal(n).div(10_000).toFixed());
          const total = values.reduce((a, v) => a.plus(v), new Decimal(0)).toFixed();
          const shown = roundToTotal(values, total, 'USD');
          const sum = shown.reduce((a, v) => a.plus(num(v)), new Decimal(0));
          expect(sum.equals(num(formatMoney(total, 'USD')))).toBe(true);
          shown.forEach((v, i) => expect(num(v).minus(values[i]!).abs().lt('0.01')).toBe(true));
        },
      ),
      { numRuns: 300 },
    );
  });
});
