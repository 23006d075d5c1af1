// How much running a week holds: start where the runner is, build towards a peak that suits the
// focus and the distance, never faster than the ramp rule allows, lighter weeks and taper below.
import { LIMITS, volumeCapKm } from '../rules/rules.js';
import type { Experience, Focus, GoalDistance, PlanInput } from './types.js';

/** Peak weekly km we aim for (our choice inside the seed's bands), before the experience factor. */
const PEAK_KM: Readonly<Record<Focus, Record<GoalDistance, number>>> = {
  muscle: { '5k': 28, '10k': 32, half: 36, marathon: 48 },
  balanced: { '5k': 35, '10k': 40, half: 45, marathon: 55 },
  endurance: { '5k': 45, '10k': 50, half: 58, marathon: 68 },
};

const EXPERIENCE_FACTOR: Readonly<Record<Experience, number>> = {
  beginner: 0.8,
  intermediate: 1,
  advanced: 1.1,
};

/** Weekly growth we plan with: below the 10 % ceiling so rounding never crosses it. */
export const PLANNED_RAMP = 1.08;
/** Lighter weeks run 80 % of the last full week: a clear cut, beyond the 10–15 % minimum. */
export const LIGHTER_FRACTION = 0.8;

/** Share of the last full week's volume in each taper week, the race week last (Bosquet 2007: cut 41–60 %). */
export function taperFractions(count: number): number[] {
  if (count >= 3) return [0.75, 0.6, 0.45];
  if (count === 2) return [0.7, 0.5];
  return [0.55];
}

export interface VolumeFrame {
  capKm: number;
  startKm: number;
  peakKm: number;
  /** Week 1 must land inside this window (the volume-start rule). */
  weekOneKm: [number, number];
}

export function volumeFrame(input: PlanInput): VolumeFrame {
  const cap = volumeCapKm(input.focus, input.distance);
  const current = input.weeklyKm;
  const tol = LIMITS.weekOneTolerance;
  const lo = Math.min(current * (1 - tol), cap * (1 - tol));
  const hi = Math.min(Math.max(current * (1 + tol), LIMITS.startFloorKm), cap);
  const startKm = Math.min(Math.max(current, LIMITS.startFloorKm), cap);
  const aim = PEAK_KM[input.focus][input.distance] * EXPERIENCE_FACTOR[input.experience];
  return {
    capKm: cap,
    startKm,
    peakKm: Math.max(startKm, Math.min(cap, aim)),
    weekOneKm: [lo, hi],
  };
}
