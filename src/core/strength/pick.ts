import type { Exercise } from '../exercises/exercise.js';
import { findExercises, getExercise } from '../exercises/library.js';
import { substitute } from '../exercises/substitute.js';
import type { Equipment, Experience } from '../plan/types.js';
import type { Slot } from './templates.js';

export interface Pick {
  slot: Slot;
  exercise: Exercise;
}

// Strict pull-ups in the 6–12 range are out of reach for many new lifters; the pulldown scales.
const BEGINNER_SWAPS: Readonly<Record<string, string>> = { 'pull-up': 'lat-pulldown' };

function unique(list: readonly Exercise[]): Exercise[] {
  return list.filter((e, i) => list.findIndex((x) => x.id === e.id) === i);
}

/**
 * The exercises a slot rotates through for this setup. When substitution folds the options into
 * one (home and bodyweight have fewer tools), the next exercise of the same pattern and main muscle
 * joins the rotation so that variants still differ.
 */
function choices(slot: Slot, equipment: Equipment, experience: Experience, taken: Set<string>) {
  const ids = slot.options.map((id) => (experience === 'beginner' && BEGINNER_SWAPS[id]) || id);
  const own = unique(ids.map((id) => substitute(id, equipment))).filter((e) => !taken.has(e.id));
  if (own.length >= 2) return own;
  const first = getExercise(slot.options[0]!);
  const pool = findExercises({ pattern: first.pattern, equipment }).filter((e) => !taken.has(e.id));
  const kin = pool.filter(
    (e) =>
      e.muscles[0] === first.muscles[0] &&
      e.compound === first.compound &&
      !e.holdSec === !first.holdSec,
  );
  const widened = unique([...own, ...kin]).slice(0, 2);
  return widened.length > 0 ? widened : pool.slice(0, 1);
}

/** One exercise per slot, rotated by variant, never the same exercise twice in a session. */
export function pickExercises(
  slots: readonly Slot[],
  equipment: Equipment,
  experience: Experience,
  variant: number,
): Pick[] {
  const taken = new Set<string>();
  return slots.map((slot) => {
    const list = choices(slot, equipment, experience, taken);
    const exercise = list[variant % list.length]!;
    taken.add(exercise.id);
    return { slot, exercise };
  });
}
