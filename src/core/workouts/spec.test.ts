import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import type { Paces } from '../plan/types.js';
import { type RunSpec, validateSpec } from './spec.js';

const paces: Paces = {
  vdot: 45,
  easySecPerKm: [310, 350],
  marathonSecPerKm: 284,
  thresholdSecPerKm: 265,
  intervalSecPerKm: 243,
  repetitionSecPerKm: 225,
};
const spec: RunSpec = {
  type: 'tempo',
  targetKm: 10,
  paces,
  racePaceSecPerKm: 270,
  goal: '10k',
  phase: 'build',
  experience: 'intermediate',
  step: 0,
  lighter: false,
};

function fieldOf(bad: RunSpec): string | undefined {
  try {
    validateSpec(bad);
  } catch (error) {
    if (error instanceof InputError) return error.field;
    throw error;
  }
  return undefined;
}

describe('validateSpec', () => {
  it('accepts a sound spec', () => {
    expect(() => validateSpec(spec)).not.toThrow();
  });

  it('names the field that is wrong', () => {
    expect(fieldOf({ ...spec, type: 'jog' as RunSpec['type'] })).toBe('type');
    expect(fieldOf({ ...spec, goal: '15k' as RunSpec['goal'] })).toBe('goal');
    expect(fieldOf({ ...spec, phase: 'offseason' as RunSpec['phase'] })).toBe('phase');
    expect(fieldOf({ ...spec, experience: 'pro' as RunSpec['experience'] })).toBe('experience');
    expect(fieldOf({ ...spec, targetKm: 0 })).toBe('targetKm');
    expect(fieldOf({ ...spec, targetKm: 61 })).toBe('targetKm');
    expect(fieldOf({ ...spec, targetKm: Number.NaN })).toBe('targetKm');
    expect(fieldOf({ ...spec, step: -1 })).toBe('step');
    expect(fieldOf({ ...spec, step: 1.5 })).toBe('step');
    expect(fieldOf({ ...spec, racePaceSecPerKm: 4.5 })).toBe('racePaceSecPerKm');
    expect(fieldOf({ ...spec, paces: { ...paces, thresholdSecPerKm: 0 } })).toBe(
      'paces.thresholdSecPerKm',
    );
    expect(fieldOf({ ...spec, paces: { ...paces, easySecPerKm: [350, 310] } })).toBe(
      'paces.easySecPerKm',
    );
  });

  it('says what is accepted', () => {
    expect(() => validateSpec({ ...spec, racePaceSecPerKm: 4.5 })).toThrow(
      'racePaceSecPerKm 4.5: expected seconds per km between 120 and 1200',
    );
    expect(() => validateSpec({ ...spec, type: 'jog' as RunSpec['type'] })).toThrow(
      /type "jog": expected one of easy, recovery, long/,
    );
    expect(() => validateSpec({ ...spec, paces: { ...paces, easySecPerKm: [350, 310] } })).toThrow(
      /fast ≤ slow/,
    );
  });
});
