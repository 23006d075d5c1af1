import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { getExercise } from '../exercises/library.js';
import { liftSize, progression } from './progression.js';

describe('progression', () => {
  it('walks the hand-worked double progression for a big lift from [8, 10]', () => {
    const weeks = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => progression([8, 10], k, 'big'));
    expect(weeks).toEqual([
      { reps: [8, 10], loadChangePct: 0 },
      { reps: [9, 11], loadChangePct: 0 },
      { reps: [10, 12], loadChangePct: 0 },
      { reps: [8, 10], loadChangePct: 5 },
      { reps: [9, 11], loadChangePct: 0 },
      { reps: [10, 12], loadChangePct: 0 },
      { reps: [8, 10], loadChangePct: 5 },
      { reps: [9, 11], loadChangePct: 0 },
    ]);
  });

  it('adds 2.5 % instead of 5 % for small lifts', () => {
    expect(progression([6, 8], 3, 'small')).toEqual({ reps: [6, 8], loadChangePct: 2.5 });
    expect(progression([6, 8], 2, 'small')).toEqual({ reps: [8, 10], loadChangePct: 0 });
  });

  it('moves holds in bigger units when asked', () => {
    expect(progression([20, 30], 2, 'small', 5)).toEqual({ reps: [30, 40], loadChangePct: 0 });
  });

  it('changes either reps (+1 or +2 at the bottom of the range) or load, week to week', () => {
    for (let k = 1; k < 40; k++) {
      const before = progression([6, 8], k - 1, 'big');
      const now = progression([6, 8], k, 'big');
      const repGain = now.reps[0] - before.reps[0];
      const repsUp = repGain >= 1 && repGain <= 2 && now.loadChangePct === 0;
      const loadUp = now.loadChangePct >= 2 && now.loadChangePct <= 5;
      expect(repsUp !== loadUp, `step ${k}`).toBe(true);
    }
  });

  it('rejects a negative or fractional step', () => {
    expect(() => progression([8, 10], -1, 'big')).toThrow(InputError);
    expect(() => progression([8, 10], 1.5, 'big')).toThrow(/step 1.5: expected a whole number/);
  });
});

describe('liftSize', () => {
  it('calls two-legged squats and hinges big, everything else small', () => {
    expect(liftSize(getExercise('back-squat'))).toBe('big');
    expect(liftSize(getExercise('romanian-deadlift'))).toBe('big');
    expect(liftSize(getExercise('hip-thrust'))).toBe('big');
    expect(liftSize(getExercise('split-squat'))).toBe('small');
    expect(liftSize(getExercise('single-leg-rdl'))).toBe('small');
    expect(liftSize(getExercise('bench-press'))).toBe('small');
    expect(liftSize(getExercise('calf-raise'))).toBe('small');
  });
});
