import type { Exercise } from '../exercises/exercise.js';
import { findExercises, getExercise } from '../exercises/library.js';
import { substitute } from '../exercises/substitute.js';
import type { Equipment, Experience, Pattern } from '../plan/types.js';
import type { Slot } from './templates.js';

export interface Pick {
  slot: Slot;
  exercise: Exercise;
}

// Strict pull-ups in the 6–12 range are out of reach for many new lifters; the pulldown scales.
const BEGINNER_SWAPS: Readonly<Record<string, string>> = { 'pull-up': 'lat-pulldown' };

/**
 * substitute() and findExercises() search the whole library on every call, and every strength
 * session asks them again. Their answers depend only on an exercise or pattern and the equipment,
 * all from the fixed library, so each answer is kept once found: bounded tables (at most one
 * entry per library exercise, or pattern, and equipment) of pure functions.
 */
const SUBSTITUTES = new Map<string, Exercise>();
const BY_PATTERN = new Map<string, Exercise[]>();

function substituteOnce(id: string, equipment: Equipment): Exercise {
  const key = `${equipment} ${id}`;
  let found = SUBSTITUTES.get(key);
  if (!found) {
    found = substitute(id, equipment);
    SUBSTITUTES.set(key, found);
  }
  return found;
}

function findOnce(pattern: Pattern, equipment: Equipment): readonly Exercise[] {
  const key = `${equipment} ${pattern}`;
  let found = BY_PATTERN.get(key);
  if (!found) {
    found = findExercises({ pattern, equipment });
    BY_PATTERN.set(key, found);
  }
  return found;
}

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
  const own = unique(ids.map((id) => substituteOnce(id, equipment))).filter(
    (e) => !taken.has(e.id),
  );
  if (own.length >= 2) return own;
  const first = getExercise(slot.options[0]!);
  const pool = findOnce(first.pattern, equipment).filter((e) => !taken.has(e.id));
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
