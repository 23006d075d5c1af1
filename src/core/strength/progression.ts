import { InputError } from '../errors.js';
import type { Exercise } from '../exercises/exercise.js';
import { STRENGTH_RULES } from './rules.js';

/** Big lifts (squats and hinges on both legs) take the larger load step. */
export type LiftSize = 'big' | 'small';

export function liftSize(e: Exercise): LiftSize {
  const bigPattern = e.pattern === 'squat' || e.pattern === 'hinge';
  return bigPattern && e.body === 'lower' && !e.unilateral ? 'big' : 'small';
}

/** Throws InputError unless step is a whole number of weeks, 0 or more. */
export function checkStep(step: number): void {
  if (!Number.isInteger(step) || step < 0)
    throw new InputError(`step ${step}: expected a whole number of weeks, 0 or more`, 'step');
}

export interface ProgressionStep {
  reps: [number, number];
  loadChangePct: number;
}

/**
 * Double progression from a base range, deterministic in the step (full weeks since the last
 * reset): steps 1 and 2 of each cycle add one unit to both ends of the range at the same load;
 * every third step returns to the base range with more load. One unit is a rep, or repsPerStep
 * seconds for holds. Example, base [8, 10], big lift: [8,10] +0 %, [9,11] +0 %, [10,12] +0 %,
 * [8,10] +5 %, [9,11] +0 % …
 */
export function progression(
  base: readonly [number, number],
  step: number,
  size: LiftSize,
  repsPerStep = 1,
): ProgressionStep {
  checkStep(step);
  const cycle = step % STRENGTH_RULES.repCycleWeeks;
  const shift = cycle * repsPerStep;
  const loadChangePct = step > 0 && cycle === 0 ? STRENGTH_RULES.loadStepPct[size] : 0;
  return { reps: [base[0] + shift, base[1] + shift], loadChangePct };
}
