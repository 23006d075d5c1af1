import type { Paces, RunStep, WorkoutStep } from '../plan/types.js';
import { midpointSecPerKm } from './pace.js';

/** Walking back after a sprint: about 5 km/h. */
export const WALK_SEC_PER_KM = 720;

/**
 * The pace a step is run at, for converting time to distance and back. A step with a target
 * uses the middle of its range. Without one, an active step is an all-out effort (a hill sprint)
 * and counts at repetition pace; any other step without a pace is a walk.
 */
function estimatedSecPerKm(step: RunStep, paces: Paces): number {
  if (step.paceSecPerKm) return midpointSecPerKm(step.paceSecPerKm);
  return step.intensity === 'active' ? paces.repetitionSecPerKm : WALK_SEC_PER_KM;
}

function isRepeat(step: WorkoutStep): step is Exclude<WorkoutStep, RunStep> {
  return 'repeat' in step;
}

function total(
  steps: readonly WorkoutStep[],
  paces: Paces,
  measure: (step: RunStep, secPerKm: number) => number,
): number {
  let sum = 0;
  for (const step of steps) {
    if (isRepeat(step)) sum += step.repeat * total(step.steps, paces, measure);
    else sum += measure(step, estimatedSecPerKm(step, paces));
  }
  return sum;
}

/** Metres covered by the steps, unrounded. */
export function estimateDistanceM(steps: readonly WorkoutStep[], paces: Paces): number {
  return total(steps, paces, (step, secPerKm) =>
    step.distanceM !== undefined ? step.distanceM : ((step.durationSec ?? 0) / secPerKm) * 1000,
  );
}

/** Seconds the steps take, unrounded. */
export function estimateDurationSec(steps: readonly WorkoutStep[], paces: Paces): number {
  return total(steps, paces, (step, secPerKm) =>
    step.durationSec !== undefined ? step.durationSec : ((step.distanceM ?? 0) / 1000) * secPerKm,
  );
}

/** Session distance as shown to the runner: km to one decimal. */
export function estimateKm(steps: readonly WorkoutStep[], paces: Paces): number {
  return Math.round(estimateDistanceM(steps, paces) / 100) / 10;
}

/** Session duration as shown to the runner: whole minutes. */
export function estimateMin(steps: readonly WorkoutStep[], paces: Paces): number {
  return Math.round(estimateDurationSec(steps, paces) / 60);
}
