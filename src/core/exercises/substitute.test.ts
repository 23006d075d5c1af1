import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import type { Equipment } from '../plan/types.js';
import { EQUIPMENT } from './exercise.js';
import { EXERCISES, findExercises } from './library.js';
import { substitute } from './substitute.js';

describe('substitute', () => {
  it('keeps an exercise the equipment already allows', () => {
    expect(substitute('back-squat', 'gym').id).toBe('back-squat');
    expect(substitute('push-up', 'bodyweight').id).toBe('push-up');
  });

  it('picks the coach’s obvious stand-in for the big lifts', () => {
    const cases: [string, Equipment, string][] = [
      ['back-squat', 'home', 'goblet-squat'],
      ['back-squat', 'bodyweight', 'bodyweight-squat'],
      ['romanian-deadlift', 'home', 'dumbbell-rdl'],
      ['romanian-deadlift', 'bodyweight', 'single-leg-rdl'],
      ['hip-thrust', 'bodyweight', 'single-leg-glute-bridge'],
      ['bench-press', 'home', 'dumbbell-press'],
      ['dumbbell-press', 'bodyweight', 'push-up'],
      ['overhead-press', 'home', 'dumbbell-shoulder-press'],
      ['overhead-press', 'bodyweight', 'pike-push-up'],
      ['pull-up', 'bodyweight', 'inverted-row'],
      ['dumbbell-row', 'bodyweight', 'inverted-row'],
      ['face-pull', 'home', 'reverse-fly'],
      ['farmer-carry', 'bodyweight', 'backpack-carry'],
      ['pallof-press', 'bodyweight', 'side-plank'],
    ];
    for (const [id, equipment, expected] of cases)
      expect(substitute(id, equipment).id, `${id} @ ${equipment}`).toBe(expected);
  });

  it('always keeps the pattern, fits the equipment and matches body and sidedness when it can', () => {
    for (const from of EXERCISES)
      for (const equipment of EQUIPMENT) {
        const to = substitute(from.id, equipment);
        expect(to.pattern).toBe(from.pattern);
        expect(to.equipment).toContain(equipment);
        const twinExists = findExercises({ pattern: from.pattern, equipment }).some(
          (e) => e.body === from.body && e.unilateral === from.unilateral,
        );
        if (twinExists) {
          expect(to.body, `${from.id} @ ${equipment}`).toBe(from.body);
          expect(to.unilateral, `${from.id} @ ${equipment}`).toBe(from.unilateral);
        }
      }
  });

  it('rejects unknown ids and equipment with InputError', () => {
    expect(() => substitute('nope', 'gym')).toThrow(InputError);
    expect(() => substitute('back-squat', 'pool' as Equipment)).toThrow(
      /equipment "pool": expected gym, home, bodyweight/,
    );
  });
});
