import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { formatDistance, parseDistanceKm } from './distance.js';

describe('formatDistance', () => {
  it('writes km or mi with the given decimals', () => {
    expect(formatDistance(10, 'km')).toBe('10.0 km');
    expect(formatDistance(10, 'mi')).toBe('6.2 mi');
    expect(formatDistance(42.195, 'mi', 2)).toBe('26.22 mi');
    expect(formatDistance(5, 'km', 0)).toBe('5 km');
  });
});

describe('parseDistanceKm', () => {
  it('reads bare numbers in the default unit and explicit km or mi', () => {
    expect(parseDistanceKm('25', 'km')).toBe(25);
    expect(parseDistanceKm('25', 'mi')).toBeCloseTo(40.2336, 10);
    expect(parseDistanceKm('25km', 'mi')).toBe(25);
    expect(parseDistanceKm('15mi', 'km')).toBeCloseTo(24.14016, 10);
    expect(parseDistanceKm('15.5 mi', 'km')).toBeCloseTo(24.944832, 10);
    expect(parseDistanceKm('0', 'km')).toBe(0);
  });

  it('refuses negatives, junk, metres and absurd distances, naming the field', () => {
    for (const text of ['-5', 'abc', '5m', '10 furlongs', '', '1001km', 'NaN', '5constructor']) {
      expect(() => parseDistanceKm(text, 'km', 'weeklyKm'), text).toThrow(InputError);
    }
    expect(() => parseDistanceKm('5m', 'km', 'weeklyKm')).toThrow(
      'weeklyKm "5m": expected a number of km or mi, e.g. 25, 25km or 15.5mi',
    );
  });

  it('round-trips with formatDistance to the shown precision', () => {
    const km = fc.double({ min: 0, max: 500, noNaN: true });
    fc.assert(
      fc.property(km, fc.constantFrom('km' as const, 'mi' as const), (distanceKm, units) => {
        const shown = formatDistance(distanceKm, units, 3);
        const back = parseDistanceKm(shown, units === 'km' ? 'mi' : 'km');
        expect(Math.abs(back - distanceKm)).toBeLessThan(0.001);
      }),
    );
  });
});
