import type { Paces, WorkoutStep } from '../plan/types.js';
import { estimateDistanceM } from './estimate.js';

/** Shortest warm-up and cool-down: about 5–7 minutes of jogging each. */
export const MIN_WARMUP_M = 1000;

function roundTo100M(distanceM: number): number {
  return Math.round(distanceM / 100) * 100;
}

/** Metres the work needs with the shortest warm-up and cool-down around it. */
export function minimumFramedM(work: readonly WorkoutStep[], paces: Paces): number {
  return estimateDistanceM(work, paces) + 2 * MIN_WARMUP_M;
}

/**
 * Wraps the work in an easy warm-up and cool-down that fill the session up to targetM,
 * split evenly and rounded to 100 m, never shorter than MIN_WARMUP_M each.
 */
export function frameWorkout(
  work: readonly WorkoutStep[],
  targetM: number,
  paces: Paces,
): WorkoutStep[] {
  const easyM = Math.max(targetM - estimateDistanceM(work, paces), 2 * MIN_WARMUP_M);
  const warmupM = Math.max(MIN_WARMUP_M, roundTo100M(easyM / 2));
  const cooldownM = Math.max(MIN_WARMUP_M, roundTo100M(easyM - warmupM));
  return [
    {
      intensity: 'warmup',
      distanceM: warmupM,
      paceSecPerKm: paces.easySecPerKm,
      label: 'easy jog to warm up',
    },
    ...work,
    {
      intensity: 'cooldown',
      distanceM: cooldownM,
      paceSecPerKm: paces.easySecPerKm,
      label: 'easy jog to cool down',
    },
  ];
}
