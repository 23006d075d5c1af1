import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELEVATION_THRESHOLD_M, elevationGainM } from './elevation-gain.js';

describe('elevationGainM (hysteresis, 5 m)', () => {
  it('uses a 5 m threshold', () => {
    expect(ELEVATION_THRESHOLD_M).toBe(5);
  });

  it('counts a steady climb in full, including the metres before the threshold was reached', () => {
    expect(elevationGainM([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe(10);
  });

  it('ignores noise that never rises 5 m above the lowest point', () => {
    expect(elevationGainM([100, 102, 98, 101, 99, 102])).toBe(0);
  });

  it('lets a dip of less than 5 m stay inside one climb: 0 → 20, down to 16, up to 30 is 30 m', () => {
    expect(elevationGainM([0, 10, 20, 16, 30])).toBe(30);
  });

  it('starts a new climb after a drop of 5 m or more: 0 → 20 → 10 → 25 is 20 + 15 m', () => {
    expect(elevationGainM([0, 20, 10, 25])).toBe(35);
  });

  it('never exceeds the raw sum of rises, never goes below 0, is 0 when empty', () => {
    expect(elevationGainM([])).toBe(0);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 3000 }), { maxLength: 200 }), (alts) => {
        let raw = 0;
        for (let i = 1; i < alts.length; i++) raw += Math.max(0, alts[i]! - alts[i - 1]!);
        const gain = elevationGainM(alts);
        expect(gain).toBeGreaterThanOrEqual(0);
        expect(gain).toBeLessThanOrEqual(raw);
      }),
    );
  });
});
