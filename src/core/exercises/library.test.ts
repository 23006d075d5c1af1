import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import type { Pattern } from '../plan/types.js';
import { EQUIPMENT } from './exercise.js';
import { EXERCISES, findExercises, getExercise } from './library.js';

const PATTERNS: Pattern[] = [
  'squat',
  'hinge',
  'lunge',
  'push',
  'pull',
  'carry',
  'calf',
  'core',
  'mobility',
];

describe('EXERCISES', () => {
  it('holds at least 40 exercises with unique ids', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(EXERCISES.map((e) => e.id)).size).toBe(EXERCISES.length);
  });

  it('has every lift the seed names, under its exact id', () => {
    const seed = [
      'back-squat',
      'front-squat',
      'romanian-deadlift',
      'hip-thrust',
      'split-squat',
      'lunge',
      'calf-raise',
      'soleus-raise',
      'pull-up',
      'row',
      'push-up',
      'dumbbell-press',
      'pallof-press',
      'dead-bug',
    ];
    for (const id of seed) expect(getExercise(id).id).toBe(id);
  });

  it('has the mobility, core, carry, single-leg and home versions mobility and home plans need', () => {
    const wanted = {
      'hip-flexor-stretch': 'mobility',
      'worlds-greatest-stretch': 'mobility',
      '90-90-hip-switch': 'mobility',
      'ankle-rock': 'mobility',
      'thoracic-rotation': 'mobility',
      'glute-bridge': 'core',
      'side-plank': 'core',
      'bird-dog': 'core',
      plank: 'core',
      'copenhagen-plank': 'core',
      'farmer-carry': 'carry',
      'suitcase-carry': 'carry',
      'step-up': 'lunge',
      'bulgarian-split-squat': 'lunge',
      'single-leg-rdl': 'hinge',
      'goblet-squat': 'squat',
      'dumbbell-rdl': 'hinge',
      'single-leg-glute-bridge': 'hinge',
      'inverted-row': 'pull',
      'towel-row': 'pull',
      'pike-push-up': 'push',
    } satisfies Record<string, Pattern>;
    for (const [id, pattern] of Object.entries(wanted))
      expect(getExercise(id).pattern).toBe(pattern);
  });

  it('offers every pattern at every equipment level', () => {
    for (const pattern of PATTERNS)
      for (const equipment of EQUIPMENT)
        expect(
          findExercises({ pattern, equipment }).length,
          `${pattern} @ ${equipment}`,
        ).toBeGreaterThan(0);
  });

  it('nests the setups: a gym can do everything, a home setup everything bodyweight', () => {
    for (const e of EXERCISES) {
      expect(e.equipment, e.id).toContain('gym');
      if (e.equipment.includes('bodyweight')) expect(e.equipment, e.id).toContain('home');
    }
  });

  it('gives every exercise muscles and one to three short cues', () => {
    for (const e of EXERCISES) {
      expect(e.muscles.length, e.id).toBeGreaterThan(0);
      expect(e.cues.length, e.id).toBeGreaterThanOrEqual(1);
      expect(e.cues.length, e.id).toBeLessThanOrEqual(3);
      for (const cue of e.cues) expect(cue.length, cue).toBeLessThanOrEqual(110);
    }
  });

  it('times only holds and carries, within the 40 s a set is costed at once progressed', () => {
    for (const e of EXERCISES) {
      if (!e.holdSec) continue;
      expect(['core', 'carry', 'mobility'], e.id).toContain(e.pattern);
      expect(e.holdSec[0]).toBeLessThan(e.holdSec[1]);
      if (e.pattern !== 'mobility') expect(e.holdSec[1] + 10, e.id).toBeLessThanOrEqual(40);
    }
  });
});

describe('getExercise', () => {
  it('finds by id', () => {
    expect(getExercise('soleus-raise').name).toBe('Bent-knee soleus raise');
  });

  it('rejects an unknown id with an InputError that lists valid ids', () => {
    expect(() => getExercise('squatz')).toThrow(InputError);
    expect(() => getExercise('squatz')).toThrow(/"squatz".*back-squat, front-squat/);
  });
});

describe('findExercises', () => {
  it('filters by pattern and equipment together', () => {
    expect(findExercises({ pattern: 'pull', equipment: 'bodyweight' }).map((e) => e.id)).toEqual([
      'inverted-row',
      'towel-row',
      'prone-y-raise',
    ]);
  });

  it('returns the whole library without filters and one pattern with only a pattern', () => {
    expect(findExercises({})).toHaveLength(EXERCISES.length);
    expect(findExercises({ pattern: 'carry' }).map((e) => e.id)).toEqual([
      'farmer-carry',
      'suitcase-carry',
      'backpack-carry',
    ]);
  });
});
