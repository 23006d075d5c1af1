// FIT strength sets name their exercise by category ("squat", "pull_up") and a number within the
// category. Where a category means one of our library exercises, the imported set is logged
// under that exercise so its history (e1RM, volume) joins the sets logged by hand. Categories
// that cover too many different lifts (deadlift: conventional, sumo, Romanian…; curl; flye) stay
// as the file names them.
import { getExercise } from './library.js';

/** FIT exercise category → library exercise id. */
export const FIT_CATEGORY_EXERCISE: Readonly<Record<string, string>> = {
  bench_press: 'bench-press',
  calf_raise: 'calf-raise',
  carry: 'farmer-carry',
  hip_raise: 'glute-bridge',
  hip_swing: 'dumbbell-swing',
  lunge: 'lunge',
  plank: 'plank',
  pull_up: 'pull-up',
  push_up: 'push-up',
  row: 'row',
  shoulder_press: 'overhead-press',
  squat: 'back-squat',
};

/**
 * The library exercise for a set's FIT name ("squat" or "squat/12"), or undefined when the
 * category has no single library equivalent.
 */
export function exerciseForFitName(fitName: string): string | undefined {
  const category = fitName.split('/', 1)[0]!;
  const id = FIT_CATEGORY_EXERCISE[category];
  return id === undefined ? undefined : getExercise(id).id;
}
