// The strength numbers as named constants, so the generator, the validator and the tests quote one
// source. Figures from the seed: 25–40 min sessions, 2–4 sets of 6–12 reps stopping 1–2 reps short
// of failure, progress 1–2 reps or 2–5 % load a week. The rest are our choices, named as such.
import type { Exercise } from '../exercises/exercise.js';

export const STRENGTH_RULES = {
  /** Main sessions (lower, upper, full), minutes. */
  mainMinutes: [25, 40],
  /** The short calves-and-glutes extra, minutes. */
  accessoryMinutes: [10, 40],
  /** Mobility and stretching sessions, minutes. */
  mobilityMinutes: [10, 30],
  mainMinExercises: 3,
  mainMinPatterns: 2,
  accessoryMinExercises: 2,
  /** Duration = warm-up + every set's work and rest. */
  warmupMin: 5,
  /** About 8–12 controlled reps, or one hold or carry. */
  workSecPerSet: 40,
  restSec: [60, 180],
  /** Dose for compound lifts (and any rep-counted squat, hinge, lunge, push or pull). */
  compoundSets: [2, 4],
  compoundReps: [6, 12],
  compoundRir: [1, 2],
  /** Normal-week sets per compound lift: heavy = hypertrophy, light = durability. */
  heavySets: [3, 4],
  lightSets: [2, 3],
  /** Our choice: base ranges low enough that two weekly +1 rep steps stay within 6–12. */
  heavyBaseReps: [6, 8],
  lightBaseReps: [8, 10],
  /** Double progression: the range climbs one rep a week, every third week load goes up instead. */
  repCycleWeeks: 3,
  /** Load step when the range resets: big lower-body lifts vs upper-body and small lifts. */
  loadStepPct: { big: 5, small: 2.5 },
  /** Timed holds climb by this many seconds per step instead of one rep. */
  holdStepSec: 5,
  /** Lighter and taper weeks cut at least this share of working sets (one set per exercise). */
  lighterSetCutMin: 0.15,
  legPatterns: ['squat', 'hinge', 'lunge'],
  upperPatterns: ['push', 'pull'],
  /** Patterns whose rep-counted exercises get the compound dose, as the validator reads it. */
  dosePatterns: ['squat', 'hinge', 'lunge', 'push', 'pull'],
} as const;

/** True when an exercise must follow the compound dose (sets, reps, RIR, progression limits). */
export function takesCompoundDose(e: Exercise): boolean {
  if (e.holdSec) return false;
  return e.compound || (STRENGTH_RULES.dosePatterns as readonly string[]).includes(e.pattern);
}
