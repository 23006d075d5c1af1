import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { formatMass, parseMassKg } from './mass.js';

describe('parseMassKg', () => {
  it('reads kg by default and lb when asked', () => {
    expect(parseMassKg('80')).toBe(80);
    expect(parseMassKg('80kg')).toBe(80);
    expect(parseMassKg('72.5 kg')).toBe(72.5);
    expect(parseMassKg('185lb')).toBeCloseTo(83.9146, 4);
    expect(parseMassKg('185 lbs')).toBeCloseTo(83.9146, 4);
  });

  it('accepts the ends of 25–300 kg and refuses beyond them', () => {
    expect(parseMassKg('25')).toBe(25);
    expect(parseMassKg('300kg')).toBe(300);
    for (const text of [
      '0',
      '24.9',
      '301',
      '700lb',
      '-80',
      'NaN',
      'heavy',
      '80 stone',
      '80constructor',
    ]) {
      expect(() => parseMassKg(text, 'weightKg'), text).toThrow(InputError);
    }
  });

  it('names the field and the accepted range', () => {
    expect(() => parseMassKg('0', 'weightKg')).toThrow(
      expect.objectContaining({
        field: 'weightKg',
        message: 'weightKg "0": expected 25–300 kg (56–661 lb)',
      }),
    );
  });
});

describe('formatMass', () => {
  it('shows one decimal at most', () => {
    expect(formatMass(80, 'kg')).toBe('80 kg');
    expect(formatMass(80, 'lb')).toBe('176.4 lb');
    expect(formatMass(72.46, 'kg')).toBe('72.5 kg');
  });

  it('round-trips with parseMassKg to a tenth of a unit', () => {
    const massKg = fc.double({ min: 26, max: 299, noNaN: true });
    fc.assert(
      fc.property(massKg, (kg) => {
        expect(Math.abs(parseMassKg(formatMass(kg, 'kg')) - kg)).toBeLessThanOrEqual(0.05 + 1e-9);
        // 0.05 lb of rounding is about 0.023 kg.
        expect(Math.abs(parseMassKg(formatMass(kg, 'lb')) - kg)).toBeLessThan(0.023);
      }),
    );
  });
});
