import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CM_PER_IN,
  cmToIn,
  inToCm,
  KM_PER_MI,
  kgToLb,
  kmToMi,
  LB_PER_KG,
  lbToKg,
  miToKm,
} from './conversions.js';

describe('unit conversions', () => {
  it('uses the exact international definitions', () => {
    expect(KM_PER_MI).toBe(1.609344);
    expect(CM_PER_IN).toBe(2.54);
    expect(LB_PER_KG).toBeCloseTo(2.20462262, 8);
  });

  it('converts known values', () => {
    expect(miToKm(26.2)).toBeCloseTo(42.165, 3);
    expect(kmToMi(42.195)).toBeCloseTo(26.2188, 4);
    expect(kgToLb(100)).toBeCloseTo(220.462, 3);
    expect(lbToKg(185)).toBeCloseTo(83.915, 3);
    expect(inToCm(72)).toBeCloseTo(182.88, 10);
    expect(cmToIn(254)).toBeCloseTo(100, 10);
  });

  it('round-trips every pair', () => {
    const value = fc.double({ min: 0, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(value, (x) => {
        expect(miToKm(kmToMi(x))).toBeCloseTo(x, 6);
        expect(lbToKg(kgToLb(x))).toBeCloseTo(x, 6);
        expect(inToCm(cmToIn(x))).toBeCloseTo(x, 6);
      }),
    );
  });
});
