import { InputError } from '../errors.js';
import type { Equipment } from '../plan/types.js';
import { EQUIPMENT, type Exercise } from './exercise.js';
import { EXERCISES, getExercise } from './library.js';

/**
 * How close a candidate is to the original, compared left to right: same body region first, then
 * one side vs both, then compound vs isolation, then the same main muscle, then muscle overlap.
 */
function closeness(from: Exercise, to: Exercise): number[] {
  const shared = to.muscles.filter((m) => from.muscles.includes(m)).length;
  return [
    Number(to.body === from.body),
    Number(to.unilateral === from.unilateral),
    Number(to.compound === from.compound),
    Number(to.muscles[0] === from.muscles[0]),
    shared / from.muscles.length,
    Number((to.holdSec === undefined) === (from.holdSec === undefined)),
  ];
}

function closer(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return false;
}

/**
 * The closest exercise of the same movement pattern that this equipment allows: the exercise itself
 * when it is allowed, otherwise the nearest match (ties go to the earlier library entry).
 */
export function substitute(id: string, equipment: Equipment): Exercise {
  const from = getExercise(id);
  if (!EQUIPMENT.includes(equipment))
    throw new InputError(`equipment "${equipment}": expected ${EQUIPMENT.join(', ')}`, 'equipment');
  if (from.equipment.includes(equipment)) return from;
  let best: Exercise | undefined;
  let bestScore: number[] = [];
  for (const e of EXERCISES) {
    if (e.pattern !== from.pattern || !e.equipment.includes(equipment)) continue;
    const score = closeness(from, e);
    if (!best || closer(score, bestScore)) {
      best = e;
      bestScore = score;
    }
  }
  // The library test guarantees every pattern at every equipment level.
  if (!best) throw new Error(`library has no ${from.pattern} exercise for ${equipment}`);
  return best;
}
