// Estimated one-rep max (e1RM) from a logged set, and its best value per lift and day.
//
// A set is read as "reps to failure" r = reps + RIR (RIR absent: taken as 0, an all-out set,
// which can only understate the max). Then the share of 1RM that r reps to failure need:
//   r ≤ 7        the RTS chart (SCIENCE.md), one sequence in half-rep steps from r = 1
//                (its 1-rep row at RPE 10, 9.5, 9 … equals 1, 1.5, 2 … reps to failure)
//   7 < r ≤ 10   Epley, 1RM = w (1 + r/30)
//   r > 10       Brzycki, 1RM = w × 36 / (37 − r)
// The pieces meet: at 7 the chart says 81.1 % and Epley 81.08 %, and Epley and Brzycki agree
// exactly at 10, so the share falls steadily with r. The chart is preferred where it exists
// because Epley overstates a heavy single (103 % at r = 1); it stops at 7 because Epley at 7.5
// (80.0 %) would sit above the chart's last entry (79.9 %). Brzycki beyond 10 because it falls
// off faster, as the full RTS chart does. Sets above 12 reps, or more than 15 reps from failure,
// say little about the max and are left out, as are sets without load (bodyweight) or reps.
import { parseIsoDate } from '../dates/calendar.js';
import { InputError } from '../errors.js';

/** %1RM by reps to failure 1, 1.5, 2 … 7.5 (Reactive Training Systems' RPE chart, as published). */
export const RTS_PERCENT_1RM: readonly number[] = [
  100, 97.8, 95.5, 93.9, 92.2, 90.7, 89.2, 87.8, 86.3, 85.0, 83.7, 82.4, 81.1, 79.9,
];

const CHART_TOP_REPS = 7;
const EPLEY_TOP_REPS = 10;
export const MAX_REPS = 12;
export const MAX_REPS_TO_FAILURE = 15;

export const epley1rmKg = (loadKg: number, reps: number) => loadKg * (1 + reps / 30);
export const brzycki1rmKg = (loadKg: number, reps: number) => (loadKg * 36) / (37 - reps);

/** The percentage of 1RM that can be lifted for r reps to failure (1 ≤ r ≤ 15). */
export function percentOf1rm(repsToFailure: number): number {
  const r = repsToFailure;
  if (!(r >= 1 && r <= MAX_REPS_TO_FAILURE)) {
    throw new InputError(
      `reps to failure ${r}: expected 1 to ${MAX_REPS_TO_FAILURE}`,
      'repsToFailure',
    );
  }
  if (r <= CHART_TOP_REPS) {
    // Linear between half-rep steps, for a logged RIR such as 1.5.
    const at = (r - 1) * 2;
    const below = RTS_PERCENT_1RM[Math.floor(at)]!;
    const above = RTS_PERCENT_1RM[Math.ceil(at)]!;
    return below + (above - below) * (at - Math.floor(at));
  }
  return 100 / (r <= EPLEY_TOP_REPS ? epley1rmKg(1, r) : brzycki1rmKg(1, r));
}

export interface E1rmSetInput {
  exercise: string;
  reps: number;
  loadKg: number;
  /** Reps in reserve: how many more reps the set had in it. */
  rir?: number;
}

/** Undefined for sets the estimate leaves out (see the top of this file). */
export function estimate1rmKg(set: Omit<E1rmSetInput, 'exercise'>): number | undefined {
  const { reps, loadKg, rir = 0 } = set;
  if (!(Number.isInteger(reps) && reps >= 0)) {
    throw new InputError(`reps ${reps}: expected a whole number, 0 or more`, 'reps');
  }
  if (!(Number.isFinite(loadKg) && loadKg >= 0)) {
    throw new InputError(`loadKg ${loadKg}: expected kilograms, 0 or more`, 'loadKg');
  }
  if (!(Number.isFinite(rir) && rir >= 0)) {
    throw new InputError(`rir ${rir}: expected reps in reserve, 0 or more`, 'rir');
  }
  const repsToFailure = reps + rir;
  if (reps < 1 || reps > MAX_REPS || loadKg === 0 || repsToFailure > MAX_REPS_TO_FAILURE) {
    return undefined;
  }
  return loadKg * (100 / percentOf1rm(repsToFailure));
}

/** The storage LiftLog (app/ports.ts) fits this shape. */
export interface E1rmLogInput {
  date: string;
  sets: readonly E1rmSetInput[];
}

export interface E1rmPoint {
  date: string;
  e1rmKg: number;
  /** The set behind the estimate. */
  reps: number;
  loadKg: number;
  rir?: number;
}

export interface ExerciseE1rm {
  exercise: string;
  /** One point per date with a usable set, oldest first. */
  points: E1rmPoint[];
}

/** Per exercise (by name as logged, sorted), per date: the best e1RM of that day's sets. */
export function e1rmHistory(liftLogs: readonly E1rmLogInput[]): ExerciseE1rm[] {
  const best = new Map<string, Map<string, E1rmPoint>>();
  for (const log of liftLogs) {
    const date = parseIsoDate(log.date);
    for (const set of log.sets) {
      const e1rmKg = estimate1rmKg(set);
      if (e1rmKg === undefined) continue;
      const byDate = best.get(set.exercise) ?? new Map<string, E1rmPoint>();
      best.set(set.exercise, byDate);
      const current = byDate.get(date);
      if (current !== undefined && current.e1rmKg >= e1rmKg) continue;
      const point: E1rmPoint = { date, e1rmKg, reps: set.reps, loadKg: set.loadKg };
      if (set.rir !== undefined) point.rir = set.rir;
      byDate.set(date, point);
    }
  }
  return [...best.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([exercise, byDate]) => ({
      exercise,
      points: [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1)),
    }));
}
