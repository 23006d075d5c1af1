import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEGATIVE_SPLIT_FRACTION, splitPlan } from './splits.js';

describe('splitPlan', () => {
  it('splits evenly', () => {
    expect(splitPlan(5000, 1500, 'even')).toEqual([
      { atM: 1000, splitSec: 300, cumulativeSec: 300 },
      { atM: 2000, splitSec: 300, cumulativeSec: 600 },
      { atM: 3000, splitSec: 300, cumulativeSec: 900 },
      { atM: 4000, splitSec: 300, cumulativeSec: 1200 },
      { atM: 5000, splitSec: 300, cumulativeSec: 1500 },
    ]);
  });

  it('runs the second half 2 % quicker per km for a negative split', () => {
    // 25:00 for 5 km: first half at 1500 / (2.5 × 1.98) = 303.03 s/km, second at 296.97 s/km;
    // the third km straddles halfway: 500 m at each.
    expect(splitPlan(5000, 1500, 'negative').map((s) => s.splitSec)).toEqual([
      303, 303, 300, 297, 297,
    ]);
  });

  it('ends with a short split when the distance is not a whole number of splits', () => {
    const splits = splitPlan(21097.5, 6310, 'even');
    expect(splits).toHaveLength(22);
    expect(splits.at(-2)?.atM).toBe(21000);
    expect(splits.at(-1)).toEqual({ atM: 21097.5, splitSec: 29, cumulativeSec: 6310 });
    const miles = splitPlan(42195, 3 * 3600, 'even', 1609.344);
    expect(miles).toHaveLength(27);
    expect(miles[0]).toEqual({ atM: 1609.344, splitSec: 412, cumulativeSec: 412 });
  });

  const race = fc.record({
    distanceM: fc.double({ min: 1500, max: 42195, noNaN: true }),
    goalTimeSec: fc.integer({ min: 200, max: 8 * 3600 }),
    style: fc.constantFrom('even' as const, 'negative' as const),
    splitM: fc.constantFrom(200, 400, 1000, 1609.344, 5000),
  });

  it('adds up to the goal time to the second, in steadily rising cumulative times', () => {
    fc.assert(
      fc.property(race, ({ distanceM, goalTimeSec, style, splitM }) => {
        const splits = splitPlan(distanceM, goalTimeSec, style, splitM);
        expect(splits.reduce((sum, s) => sum + s.splitSec, 0)).toBe(goalTimeSec);
        expect(splits.at(-1)).toMatchObject({ atM: distanceM, cumulativeSec: goalTimeSec });
        splits.forEach((s, i) => {
          expect(s.splitSec).toBeGreaterThanOrEqual(0);
          expect(s.cumulativeSec).toBe((splits[i - 1]?.cumulativeSec ?? 0) + s.splitSec);
        });
      }),
    );
  });

  it('makes the second half faster only when asked', () => {
    fc.assert(
      fc.property(race, ({ distanceM, goalTimeSec, style }) => {
        const halfM = distanceM / 2;
        const atHalf = splitPlan(distanceM, goalTimeSec, style, halfM)[0]?.cumulativeSec ?? 0;
        const secondHalf = goalTimeSec - atHalf;
        const expectedRatio = style === 'even' ? 1 : 1 - NEGATIVE_SPLIT_FRACTION;
        // Halves are rounded to the second, so allow a second of slack either way.
        expect(Math.abs(secondHalf - atHalf * expectedRatio)).toBeLessThanOrEqual(1.5);
      }),
    );
  });

  it('refuses sizes that are not positive', () => {
    expect(() => splitPlan(0, 1500, 'even')).toThrow(RangeError);
    expect(() => splitPlan(5000, -1, 'even')).toThrow(RangeError);
    expect(() => splitPlan(5000, 1500, 'even', 0)).toThrow(RangeError);
  });
});
