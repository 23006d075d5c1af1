import { describe, expect, it } from 'vitest';
import type { Paces } from '../plan/types.js';
import { midpointSecPerKm, paceBand, recoveryRange } from './pace.js';

const paces: Paces = {
  vdot: 45,
  easySecPerKm: [315, 350],
  marathonSecPerKm: 284,
  thresholdSecPerKm: 265.4,
  intervalSecPerKm: 243,
  repetitionSecPerKm: 226,
};

describe('pace helpers', () => {
  it('puts a five-second window around a single pace, rounded to whole seconds', () => {
    expect(paceBand(265.4)).toEqual([260, 270]);
    expect(paceBand(243.5)).toEqual([239, 249]);
  });

  it('takes the slow half of the easy range for recovery runs', () => {
    expect(midpointSecPerKm([315, 350])).toBe(332.5);
    expect(recoveryRange(paces)).toEqual([333, 350]);
  });
});
