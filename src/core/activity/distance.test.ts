import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineM, trackDistanceM } from './distance.js';

describe('haversineM', () => {
  it('gives one degree of latitude as R·π/180 = 111 195.08 m (R = 6 371 008.8 m)', () => {
    expect(haversineM(0, 0, 1, 0)).toBeCloseTo(111_195.08, 1);
    expect(haversineM(45, 10, 46, 10)).toBeCloseTo(111_195.08, 1);
  });

  it('shrinks a degree of longitude by cos(latitude): 60° N halves it', () => {
    expect(haversineM(60, 0, 60, 1) / haversineM(0, 0, 0, 1)).toBeCloseTo(0.5, 3);
  });

  it('is symmetric and zero for the same point', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -89, max: 89, noNaN: true }),
        fc.double({ min: -179, max: 179, noNaN: true }),
        fc.double({ min: -89, max: 89, noNaN: true }),
        fc.double({ min: -179, max: 179, noNaN: true }),
        (a, b, c, d) => {
          expect(haversineM(a, b, c, d)).toBeCloseTo(haversineM(c, d, a, b), 6);
          expect(haversineM(a, b, a, b)).toBe(0);
        },
      ),
    );
  });
});

describe('trackDistanceM', () => {
  it('leaves evenly spaced points on a straight line alone: 3 × 0.001° along the equator', () => {
    const points = [0, 0.001, 0.002, 0.003].map((lon) => ({ lat: 0, lon }));
    expect(trackDistanceM(points)).toBeCloseTo(3 * 111.19508, 2);
  });

  it('takes out zig-zag jitter: 373.0 m raw becomes 338.2 m', () => {
    // Inner points become the mean of three: lat 0.0005/3 and 0.001/3; each leg then has
    // Δlat 0.000167°, Δlon 0.001° → 112.73 m, three legs 338.19 m (raw legs 124.32 m each).
    const points = [
      { lat: 0, lon: 0 },
      { lat: 0.0005, lon: 0.001 },
      { lat: 0, lon: 0.002 },
      { lat: 0.0005, lon: 0.003 },
    ];
    expect(trackDistanceM(points)).toBeCloseTo(338.19, 1);
  });

  it('is 0 for fewer than two points', () => {
    expect(trackDistanceM([])).toBe(0);
    expect(trackDistanceM([{ lat: 1, lon: 1 }])).toBe(0);
  });
});
