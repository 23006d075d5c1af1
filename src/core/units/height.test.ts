import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { parseHeightCm } from './height.js';

describe('parseHeightCm', () => {
  it('reads cm by default, metres and inches', () => {
    expect(parseHeightCm('185')).toBe(185);
    expect(parseHeightCm('185cm')).toBe(185);
    expect(parseHeightCm('1.85 m')).toBeCloseTo(185, 10);
    expect(parseHeightCm('72in')).toBeCloseTo(182.88, 10);
    expect(parseHeightCm('72"')).toBeCloseTo(182.88, 10);
  });

  it('reads feet with or without inches', () => {
    const sixOne = 73 * 2.54;
    for (const text of ['6ft1in', '6 ft 1 in', '6\'1"', "6'1", '6’1”', "6' 1''"]) {
      expect(parseHeightCm(text), text).toBeCloseTo(sixOne, 10);
    }
    expect(parseHeightCm('6ft')).toBeCloseTo(182.88, 10);
    expect(parseHeightCm('5\'11.5"')).toBeCloseTo(71.5 * 2.54, 10);
  });

  it('refuses zero, negatives, junk, typos and heights outside 100–250 cm', () => {
    for (const text of [
      '0',
      '-180',
      'NaN',
      'tall',
      '5ft13in',
      '99',
      '251',
      '9ft',
      '1.85',
      '180toString',
    ]) {
      expect(() => parseHeightCm(text, 'heightCm'), text).toThrow(InputError);
    }
    expect(() => parseHeightCm('1.85', 'heightCm')).toThrow(
      'heightCm "1.85": expected 100–250 cm (40–98 in)',
    );
    expect(() => parseHeightCm('tall', 'heightCm')).toThrow(
      'heightCm "tall": expected cm, inches or feet and inches, e.g. 185, 185cm, 72in or 6\'1"',
    );
  });
});
