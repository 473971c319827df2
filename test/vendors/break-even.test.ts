import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, dec } from '../../src/core/money.js';
import {
  findBreakEvens,
  findCheapestChanges,
  findOrderChanges,
  scaleGrid,
} from '../../src/core/vendor-pricing-break-even.js';

const precision = dec('1e-9');

describe('findBreakEvens', () => {
  it('finds the crossing of a flat fee and a per-message fee within the stated precision', () => {
    // 100/month flat against 0.005 × 10,000 messages × s: equal at s = 2 (20,000 messages).
    const flat = () => dec(100);
    const perMessage = (s: Decimal) => dec('0.005').times(10000).times(s);
    const found = findBreakEvens(flat, perMessage, { min: dec('0.01'), max: dec(100) }, precision);
    expect(found).toHaveLength(1);
    const [be] = found;
    // s = 2 is on the lattice of precision multiples and both cost exactly 100 there: the first lattice
    // point past the change is the tie itself.
    expect(be!.cheaperBelow).toBe('b');
    expect(be!.cheaperAbove).toBe('tie');
    expect(be!.to.toString()).toBe('2');
    expect(be!.to.minus(be!.from).lte(precision)).toBe(true);
  });

  it('finds every change around pack steps (a started pack charged in full)', () => {
    // A: packs of 100 messages at 5 for 1,000 × s messages; B: 0.06 per message.
    // Exact changes: b→a at (k+1)/12 for k = 0..4, a→b at the pack edges 0.1, 0.2, 0.3, 0.4.
    const packs = (s: Decimal) => dec(1000).times(s).div(100).ceil().times(5);
    const linear = (s: Decimal) => dec('0.06').times(1000).times(s);
    const found = findBreakEvens(packs, linear, { min: dec('0.01'), max: dec(1) }, precision);
    const exact = ['1/12', '0.1', '2/12', '0.2', '3/12', '0.3', '4/12', '0.4', '5/12'].map((f) =>
      f.includes('/') ? dec(f.split('/')[0]!).div(f.split('/')[1]!) : dec(f),
    );
    // 3/12 = 0.25 is a multiple of the precision: 250 messages cost 3 packs = 15 = 0.06 × 250, a tie there.
    expect(found.map((b) => `${b.cheaperBelow}>${b.cheaperAbove}`)).toEqual([
      'b>a',
      'a>b',
      'b>a',
      'a>b',
      'b>tie',
      'a>b',
      'b>a',
      'a>b',
      'b>a',
    ]);
    found.forEach((b, i) => {
      expect(b.to.minus(b.from).lte(precision)).toBe(true);
      expect(b.from.lte(exact[i]!.plus(precision)) && b.to.gte(exact[i]!.minus(precision))).toBe(true);
    });
  });

  it('reports nothing when one curve is always cheaper, and rejects an empty range or precision', () => {
    expect(
      findBreakEvens(
        (s) => s,
        (s) => s.plus(1),
        { min: dec(0), max: dec(10) },
        precision,
      ),
    ).toEqual([]);
    expect(() =>
      findBreakEvens(
        (s) => s,
        (s) => s,
        { min: dec(1), max: dec(1) },
        precision,
      ),
    ).toThrow(RangeError);
    expect(() =>
      findBreakEvens(
        (s) => s,
        (s) => s,
        { min: dec(0), max: dec(1) },
        dec(0),
      ),
    ).toThrow(RangeError);
  });

  it('grid: geometric from a positive minimum, even from zero, ends exactly at max', () => {
    const g = scaleGrid({ min: dec(1), max: dec(1000), samples: 4 });
    expect(g.map((d) => d.toDecimalPlaces(9).toString())).toEqual(['1', '10', '100', '1000']);
    expect(scaleGrid({ min: dec(0), max: dec(3), samples: 4 }).map(String)).toEqual(['0', '1', '2', '3']);
  });

  it('property: the crossing of two lines is found within precision', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 99 }),
        (fixed, slope, cross) => {
          // A = fixed + slope·s, B = (fixed + slope·c)/c · s: equal at s = c ∈ (0.1, 9.9).
          const c = dec(cross).div(10);
          const rate = dec(fixed).plus(dec(slope).times(c)).div(c);
          const found = findBreakEvens(
            (s) => dec(fixed).plus(dec(slope).times(s)),
            (s) => rate.times(s),
            { min: dec('0.05'), max: dec(20) },
            precision,
          );
          expect(found).toHaveLength(1);
          expect(found[0]!.from.lte(c) && found[0]!.to.gte(c)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('findCheapestChanges', () => {
  it('follows the lower envelope of a per-message, a flat and a seat-with-allowance curve', () => {
    // per-message 0.005 × 10,000 s; flat 100; 40 + packs of 1,000 at 1 beyond 5,000 messages.
    const costs = new Map<string, (s: Decimal) => Decimal>([
      ['per-message', (s) => dec('0.005').times(10000).times(s)],
      ['flat', () => dec(100)],
      ['allowance', (s) => dec(40).plus(Decimal.max(0, dec(10000).times(s).minus(5000)).div(1000).ceil())],
    ]);
    const found = findCheapestChanges(costs, { min: dec('0.01'), max: dec(10) }, precision);
    // On (0.8, 0.9] the allowance costs 44 and per-message passes 44 at s = 0.88. The allowance reaches 100
    // (a tie, won by flat, listed first) for s in (6.4, 6.5]: flat is cheapest from 6.4 on.
    expect(found.map((c) => `${c.below}>${c.above}`)).toEqual(['per-message>allowance', 'allowance>flat']);
    expect(found[0]!.from.lte('0.88') && found[0]!.to.gte('0.88')).toBe(true);
    expect(found[1]!.from.lte('6.4') && found[1]!.to.gte('6.4')).toBe(true);
    expect(found.every((c) => c.to.minus(c.from).lte(precision))).toBe(true);
  });
});

describe('break-even on the lattice of whole messages, and unpriceable scales', () => {
  // 1,000 messages at scale 1, precision one message (0.001). A: 7 flat; B: 0.003 per message.
  // Equal at 7 ÷ 0.003 = 2,333.33 messages: B is cheaper up to 2,333, A from 2,334 on (B = 7.002).
  const one = dec('0.001');
  const flat = () => dec(7);
  const perMessage = (s: Decimal) => dec('0.003').times(1000).times(s);

  it('reports the first whole volume past the change (2,334), not the upper end of the bisection', () => {
    const [be] = findBreakEvens(flat, perMessage, { min: dec('0.01'), max: dec(100) }, one);
    expect(be!.to.times(1000).toString()).toBe('2334');
    expect(be!.cheaperBelow).toBe('b');
    expect(be!.cheaperAbove).toBe('a');
    expect(be!.to.minus(be!.from).lte(one)).toBe(true);
  });

  it('claims no change where a curve is not priceable (null), e.g. past an unpublished overage', () => {
    // A is priceable only up to 2,000 messages (s ≤ 2): the crossing at 2,333.33 is not claimed.
    const capped = (s: Decimal) => (s.lte(2) ? dec(7) : null);
    expect(findBreakEvens(capped, perMessage, { min: dec('0.01'), max: dec(100) }, one)).toEqual([]);
    const costs = new Map([
      ['capped', capped],
      ['per-message', perMessage],
    ]);
    expect(findCheapestChanges(costs, { min: dec('0.01'), max: dec(100) }, one)).toEqual([]);
    // Where the curve is priced, the change is still found: cap at 3,000 messages.
    const wider = (s: Decimal) => (s.lte(3) ? dec(7) : null);
    const [be] = findBreakEvens(wider, perMessage, { min: dec('0.01'), max: dec(100) }, one);
    expect(be!.to.times(1000).toString()).toBe('2334');
  });

  it('findOrderChanges: the first whole volume at which a plan stops being priceable (2,001)', () => {
    const priced = (s: Decimal) => s.times(1000).lte(2000);
    const [c] = findOrderChanges(priced, { min: dec('0.01'), max: dec(100) }, one);
    expect([c!.to.times(1000).toString(), c!.below, c!.above]).toEqual(['2001', true, false]);
  });
});
