import { describe, expect, it } from 'vitest';
import { pickExercises } from './pick.js';
import type { Slot } from './templates.js';

const slot = (...options: string[]): Slot => ({
  options,
  role: 'support',
  sets: { heavy: 3, light: 3 },
});
const ids = (...args: Parameters<typeof pickExercises>) =>
  pickExercises(...args).map((p) => p.exercise.id);

describe('pickExercises', () => {
  it('rotates through a slot’s options by variant', () => {
    const squat = [slot('back-squat', 'front-squat')];
    expect(ids(squat, 'gym', 'advanced', 0)).toEqual(['back-squat']);
    expect(ids(squat, 'gym', 'advanced', 1)).toEqual(['front-squat']);
    expect(ids(squat, 'gym', 'advanced', 2)).toEqual(['back-squat']);
  });

  it('substitutes for the equipment and widens a folded rotation with a kindred exercise', () => {
    const squat = [slot('back-squat', 'front-squat')];
    // Both barbell squats become the bodyweight squat; the single-leg box squat joins the rotation.
    expect(ids(squat, 'bodyweight', 'advanced', 0)).toEqual(['bodyweight-squat']);
    expect(ids(squat, 'bodyweight', 'advanced', 1)).toEqual(['box-pistol-squat']);
  });

  it('never repeats an exercise within a session', () => {
    const pulls = [slot('pull-up', 'row'), slot('row', 'pull-up'), slot('dumbbell-row')];
    const picked = ids(pulls, 'bodyweight', 'intermediate', 0);
    expect(picked).toEqual(['inverted-row', 'towel-row', 'prone-y-raise']);
  });

  it('gives beginners the lat pulldown instead of pull-ups', () => {
    expect(ids([slot('pull-up')], 'gym', 'beginner', 0)).toEqual(['lat-pulldown']);
    expect(ids([slot('pull-up')], 'gym', 'intermediate', 0)).toEqual(['pull-up']);
  });
});
