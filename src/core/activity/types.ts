// The normalised activity: every imported file (FIT, GPX, TCX) and every hand-logged session
// becomes this shape. Metric units throughout; times are seconds from startTime.

export type ActivitySport =
  | 'run'
  | 'ride'
  | 'swim'
  | 'strength'
  | 'walk'
  | 'hike'
  | 'row'
  | 'other';

/** One point of the recording. Every measurement is optional: devices record what they have. */
export interface Sample {
  /** Seconds since Activity.startTime. */
  timeSec: number;
  lat?: number;
  lon?: number;
  altitudeM?: number;
  /** Cumulative distance reported by the device. */
  distanceM?: number;
  heartRateBpm?: number;
  /** Running: steps per minute counting both feet. Other sports: the device's cadence (rpm). */
  cadenceSpm?: number;
  powerW?: number;
  speedMps?: number;
}

export interface Lap {
  startOffsetSec: number;
  elapsedSec: number;
  timerSec?: number;
  distanceM?: number;
  avgHr?: number;
  maxHr?: number;
}

export interface StrengthSet {
  /** The exercise as the file names it, e.g. FIT "squat" or "squat/12" (category/name number). */
  exercise?: string;
  reps?: number;
  weightKg?: number;
  durationSec?: number;
  startOffsetSec: number;
}

/** Session totals as the device reported them (not recomputed). */
export interface ActivityTotals {
  distanceM?: number;
  timerSec?: number;
  elapsedSec?: number;
  avgHr?: number;
  maxHr?: number;
  ascentM?: number;
  kcal?: number;
}

export interface Activity {
  sport: ActivitySport;
  subSport?: string;
  /** The name the runner or their app gave it, such as "Parkrun" or "Morning Run". */
  title?: string;
  /** ISO 8601, UTC. */
  startTime: string;
  samples: Sample[];
  laps: Lap[];
  sets: StrengthSet[];
  device?: string;
  totals?: ActivityTotals;
  /** Set when the source file was damaged and only part of it could be read. */
  partial?: { reason: string };
}
