import type { Session } from '../plan/types.js';
import { trainingMinutes, trainingSessions } from './day-type.js';
import { roundTo } from './round.js';

/**
 * Fluid for the day. Baseline ~35 ml per kg, a common adult rule of thumb; training adds
 * 0.5–0.8 L an hour (we take 0.6 L, and the top 0.8 L in heat). A hot day adds 0.5 L even
 * without training: a conservative allowance of ours for sweat in daily life.
 */
export const BASELINE_ML_PER_KG = 35;
export const TRAINING_L_PER_HOUR = { normal: 0.6, heat: 0.8 } as const;
export const HEAT_EXTRA_L = 0.5;

/**
 * From about 75 min a run drains enough glycogen to fuel during it and loses enough sodium in
 * sweat to replace, heat or not.
 */
export const LONG_RUN_FROM_MIN = 75;

/** Long by duration, whatever the run's type (a marathon race is long too). */
export function isLongRun(session: Session): boolean {
  return session.kind === 'run' && session.durationMin >= LONG_RUN_FROM_MIN;
}

export function hydration(input: {
  weightKg: number;
  sessions: readonly Session[];
  heat: boolean;
}): {
  waterL: number;
  electrolytes: boolean;
} {
  const { weightKg, sessions, heat } = input;
  const perHourL = heat ? TRAINING_L_PER_HOUR.heat : TRAINING_L_PER_HOUR.normal;
  const waterL =
    (weightKg * BASELINE_ML_PER_KG) / 1000 +
    (trainingMinutes(sessions) / 60) * perHourL +
    (heat ? HEAT_EXTRA_L : 0);
  const trainingDay = trainingSessions(sessions).length > 0;
  return {
    waterL: roundTo(waterL, 0.1),
    electrolytes: (heat && trainingDay) || sessions.some(isLongRun),
  };
}
