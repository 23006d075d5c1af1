import type { FuelDayType, Session } from '../plan/types.js';

/**
 * Thresholds for the ACSM/AND/DC 2016 carbohydrate bands, which are set by how long and how
 * hard a day's training is: light, moderate (~1 h), high (1–3 h).
 * Under ~45 min counts as light. A long run or race of an hour or more is high on its own,
 * because an hour of continuous running is where the high band starts; a shorter "long" run
 * (a beginner's 45 min) is treated like any other run.
 */
export const LIGHT_UNDER_MIN = 45;
export const HIGH_OVER_MIN = 90;
export const LONG_RUN_HIGH_FROM_MIN = 60;

/** Sessions that load the body enough to move fuel needs; mobility does not. */
export function trainingSessions(sessions: readonly Session[]): Session[] {
  return sessions.filter((session) => session.kind !== 'mobility');
}

export function trainingMinutes(sessions: readonly Session[]): number {
  return trainingSessions(sessions).reduce((sum, session) => sum + session.durationMin, 0);
}

/** The day's fuel category from its planned sessions. */
export function fuelDayType(sessions: readonly Session[]): FuelDayType {
  const training = trainingSessions(sessions);
  if (training.length === 0) return 'rest';
  // Lifting alone stays light: 25–40 min sessions with long rests drain little glycogen.
  if (training.every((session) => session.kind === 'strength')) return 'light';
  const minutes = trainingMinutes(sessions);
  const longEffort = training.some(
    (session) =>
      session.kind === 'run' &&
      (session.type === 'long' || session.type === 'race') &&
      session.durationMin >= LONG_RUN_HIGH_FROM_MIN,
  );
  if (longEffort || minutes > HIGH_OVER_MIN) return 'high';
  const hardRun = training.some((session) => session.kind === 'run' && session.hard);
  if (hardRun || minutes >= LIGHT_UNDER_MIN) return 'moderate';
  return 'light';
}
