import type { StrengthExercise } from '../plan/types.js';
import { STRENGTH_RULES } from './rules.js';

/** Session length: warm-up plus, for every set, the work and the rest after it; whole minutes. */
export function sessionMinutes(
  exercises: readonly Pick<StrengthExercise, 'sets' | 'restSec'>[],
): number {
  let sec = STRENGTH_RULES.warmupMin * 60;
  for (const e of exercises) sec += e.sets * (STRENGTH_RULES.workSecPerSet + e.restSec);
  return Math.round(sec / 60);
}
