// Fitness, fatigue and form (the Banister impulse-response idea as TrainingPeaks and
// GoldenCheetah chart it): exponentially weighted averages of daily load.
//   CTL_d = CTL_(d−1) + (S_d − CTL_(d−1)) (1 − e^(−1/42))   fitness, 42-day time constant
//   ATL_d = ATL_(d−1) + (S_d − ATL_(d−1)) (1 − e^(−1/7))    fatigue, 7-day time constant
//   TSB_d = CTL_(d−1) − ATL_(d−1)                            form going into day d
// The e^(−1/τ) form (GoldenCheetah's) is the exact daily step of a continuous exponential decay;
// the common 1/τ form only approximates it (1/42 = 0.02381 against 0.02353).
// Form uses yesterday's values, as TrainingPeaks does, so a day's own session does not lower
// that day's form: it reads as how fresh the athlete is before training.
import { fromDayNumber } from '../dates/calendar.js';
import { type DailyLoad, dayRange, loadByDayNumber } from './daily-load.js';

export const CTL_DAYS = 42;
export const ATL_DAYS = 7;

export interface FitnessSeed {
  ctl: number;
  atl: number;
}

export interface FitnessDay {
  date: string;
  /** The day's total load; 0 when nothing was logged. */
  load: number;
  /** Fitness: chronic training load. */
  ctl: number;
  /** Fatigue: acute training load. */
  atl: number;
  /** Form: yesterday's CTL − ATL. */
  tsb: number;
}

const CTL_GAIN = 1 - Math.exp(-1 / CTL_DAYS);
const ATL_GAIN = 1 - Math.exp(-1 / ATL_DAYS);

/**
 * One entry per day from `from` to `to` (both included). Loads outside the range are ignored;
 * `seed` holds CTL and ATL on the day before `from` (0 and 0 when the history starts there).
 */
export function fitnessSeries(
  dailyLoads: readonly DailyLoad[],
  from: string,
  to: string,
  seed: FitnessSeed = { ctl: 0, atl: 0 },
): FitnessDay[] {
  const { first, last } = dayRange(from, to);
  const byDay = loadByDayNumber(dailyLoads);
  let { ctl, atl } = seed;
  const days: FitnessDay[] = [];
  for (let day = first; day <= last; day++) {
    const load = byDay.get(day) ?? 0;
    const tsb = ctl - atl;
    ctl += (load - ctl) * CTL_GAIN;
    atl += (load - atl) * ATL_GAIN;
    days.push({ date: fromDayNumber(day), load, ctl, atl, tsb });
  }
  return days;
}
