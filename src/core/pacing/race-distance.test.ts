import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { parseRaceDistanceM } from './race-distance.js';

describe('parseRaceDistanceM', () => {
  it('reads named races', () => {
    expect(parseRaceDistanceM('mile')).toBe(1609.344);
    expect(parseRaceDistanceM('half')).toBe(21097.5);
    expect(parseRaceDistanceM('Half  Marathon')).toBe(21097.5);
    expect(parseRaceDistanceM('half-marathon')).toBe(21097.5);
    expect(parseRaceDistanceM('marathon')).toBe(42195);
  });

  it('reads k, km, metres and miles', () => {
    expect(parseRaceDistanceM('3k')).toBe(3000);
    expect(parseRaceDistanceM('5k')).toBe(5000);
    expect(parseRaceDistanceM('10K')).toBe(10000);
    expect(parseRaceDistanceM('15 km')).toBe(15000);
    expect(parseRaceDistanceM('42.195k')).toBe(42195);
    expect(parseRaceDistanceM('1500')).toBe(1500);
    expect(parseRaceDistanceM('3000m')).toBe(3000);
    expect(parseRaceDistanceM('10 mi')).toBeCloseTo(16093.44, 6);
  });

  it('refuses distances outside 1500 m – 42,195 m, listing what is accepted', () => {
    for (const text of [
      '800',
      '800m',
      '1k',
      '50k',
      '100 mi',
      'ultra',
      '',
      '5',
      '-5k',
      'constructor',
    ]) {
      expect(() => parseRaceDistanceM(text, 'recent'), text).toThrow(InputError);
    }
    expect(() => parseRaceDistanceM('800m', 'recent')).toThrow(
      expect.objectContaining({
        field: 'recent',
        message:
          'recent "800m": expected a race from 1500 m to 42,195 m: 1500, mile, 3k, 5k, 10k, 15k, ' +
          'half, marathon, or metres such as 3000m',
      }),
    );
  });
});
