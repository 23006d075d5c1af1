import { describe, expect, it } from 'vitest';
import { exerciseForFitName, FIT_CATEGORY_EXERCISE } from './fit-exercises.js';
import { getExercise } from './library.js';

describe('exerciseForFitName', () => {
  it('maps a category, with or without the number within it', () => {
    expect(exerciseForFitName('pull_up')).toBe('pull-up');
    expect(exerciseForFitName('squat/12')).toBe('back-squat');
    expect(exerciseForFitName('bench_press/0')).toBe('bench-press');
  });

  it('leaves categories that span several lifts, and unknown names, unmapped', () => {
    expect(exerciseForFitName('deadlift/3')).toBeUndefined();
    expect(exerciseForFitName('triceps_extension/0')).toBeUndefined();
    expect(exerciseForFitName('shrug')).toBeUndefined();
    expect(exerciseForFitName('')).toBeUndefined();
  });

  it('points only at exercises the library has', () => {
    for (const id of Object.values(FIT_CATEGORY_EXERCISE)) expect(getExercise(id).id).toBe(id);
  });
});
