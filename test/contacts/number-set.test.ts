import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NumberSet } from '../../src/io/contacts/number-set.js';

describe('NumberSet', () => {
  it('behaves like Set on E.164-sized integers, across growth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 999_999_999_999_999 }), { maxLength: 3000 }),
        (values) => {
          const set = new NumberSet(4);
          const ref = new Set<number>();
          for (const v of values) expect(set.add(v)).toBe(!ref.has(v) && ref.add(v) !== undefined);
          expect(set.size).toBe(ref.size);
          for (const v of values) expect(set.has(v)).toBe(true);
          expect(set.has(1_000_000_000_000_000)).toBe(false);
        },
      ),
    );
  });

  it('tells apart numbers that differ only in their high digits', () => {
    const set = new NumberSet();
    expect(set.add(4915123456789)).toBe(true);
    expect(set.add(4915123456789 + 2 ** 32)).toBe(true);
    expect(set.add(4915123456789)).toBe(false);
    expect(set.size).toBe(2);
  });
});
