// The summary of one activity, computed by the core from the normalised Activity so that
// every file format (and a hand-logged session) is summarised the same way.
import { InputError } from '../errors.js';
import type { Sex } from '../plan/types.js';
import { type TrackPoint, trackDistanceM } from './distance.js';
import { elevationGainM } from './elevation-gain.js';
import { forEachRecordedInterval, recordingTimes } from './moving-time.js';
import { banisterTrimp } from './trimp.js';
import type { Activity } from './types.js';

export interface SummaryOptions {
  restHr?: number;
  maxHr?: number;
  /** Picks the TRIMP weighting; the men's form (Banister's original) when not given. */
  sex?: Sex;
  /** Session RPE on Foster's CR-10 scale (0–10). */
  rpe?: number;
}

export interface ActivitySummary {
  distanceKm: number;
  movingTimeSec: number;
  elapsedTimeSec: number;
  /** Moving time over distance; absent without distance. */
  paceSecPerKm?: number;
  /** Hysteresis-filtered ascent (elevation-gain.ts); the device's total when no altitude was recorded. */
  elevationGainM: number;
  avgHr?: number;
  maxHr?: number;
  /** Banister TRIMP; needs heart rate plus restHr and maxHr. */
  trimp?: number;
  /** Foster session-RPE load: RPE × session minutes; needs rpe. */
  srpeLoad?: number;
  /** Σ reps × weight over the strength sets that have both. */
  strengthVolumeKg: number;
}

function checkOptions(opts: SummaryOptions): void {
  const { restHr, maxHr, rpe } = opts;
  if (restHr !== undefined && !(restHr > 0 && restHr < 150)) {
    throw new InputError(`restHr ${restHr}: expected beats per minute between 1 and 149`, 'restHr');
  }
  if (maxHr !== undefined && !(maxHr > 0 && maxHr <= 250)) {
    throw new InputError(`maxHr ${maxHr}: expected beats per minute between 1 and 250`, 'maxHr');
  }
  if (restHr !== undefined && maxHr !== undefined && restHr >= maxHr) {
    throw new InputError(`restHr ${restHr} must be below maxHr ${maxHr}`, 'restHr');
  }
  if (rpe !== undefined && !(rpe >= 0 && rpe <= 10)) {
    throw new InputError(`rpe ${rpe}: expected 0 to 10 (CR-10 scale)`, 'rpe');
  }
}

/** Device distance first (session total, else the last cumulative reading), else the GPS track. */
function distanceM(activity: Activity): number {
  if (activity.totals?.distanceM !== undefined) return activity.totals.distanceM;
  let lastDeviceM: number | undefined;
  const points: TrackPoint[] = [];
  for (const s of activity.samples) {
    if (s.distanceM !== undefined) lastDeviceM = Math.max(lastDeviceM ?? 0, s.distanceM);
    if (s.lat !== undefined && s.lon !== undefined) points.push({ lat: s.lat, lon: s.lon });
  }
  return lastDeviceM ?? trackDistanceM(points);
}

interface HeartRateStats {
  avgHr?: number;
  maxHr?: number;
  /** Recorded time covered by heart-rate readings. */
  hrSec: number;
}

/** Time-weighted: each reading holds until the next sample; pauses are left out. */
function heartRate(activity: Activity): HeartRateStats {
  let weighted = 0;
  let hrSec = 0;
  forEachRecordedInterval(activity.samples, (from, _to, dt) => {
    if (from.heartRateBpm === undefined) return;
    weighted += from.heartRateBpm * dt;
    hrSec += dt;
  });
  let maxHr: number | undefined;
  let sum = 0;
  let count = 0;
  for (const s of activity.samples) {
    if (s.heartRateBpm === undefined) continue;
    maxHr = Math.max(maxHr ?? 0, s.heartRateBpm);
    sum += s.heartRateBpm;
    count++;
  }
  const avgHr = hrSec > 0 ? weighted / hrSec : count > 0 ? sum / count : activity.totals?.avgHr;
  return { avgHr, maxHr: maxHr ?? activity.totals?.maxHr, hrSec };
}

export function summarize(activity: Activity, opts: SummaryOptions = {}): ActivitySummary {
  checkOptions(opts);
  const totals = activity.totals ?? {};
  const samples = activity.samples;
  const times = recordingTimes(samples);
  const lastOffsetSec = samples.length > 0 ? samples[samples.length - 1]!.timeSec : 0;
  const elapsedTimeSec = totals.elapsedSec ?? lastOffsetSec;
  const hasIntervals = times.recordedSec > 0;
  const movingTimeSec = hasIntervals ? times.movingSec : (totals.timerSec ?? elapsedTimeSec);
  const sessionSec = totals.timerSec ?? (hasIntervals ? times.recordedSec : elapsedTimeSec);

  const distanceKm = distanceM(activity) / 1000;
  const altitudes = samples.flatMap((s) => (s.altitudeM === undefined ? [] : [s.altitudeM]));
  const hr = heartRate(activity);

  const summary: ActivitySummary = {
    distanceKm,
    movingTimeSec,
    elapsedTimeSec,
    elevationGainM: altitudes.length > 0 ? elevationGainM(altitudes) : (totals.ascentM ?? 0),
    strengthVolumeKg: activity.sets.reduce((sum, s) => sum + (s.reps ?? 0) * (s.weightKg ?? 0), 0),
  };
  if (distanceKm > 0 && movingTimeSec > 0) summary.paceSecPerKm = movingTimeSec / distanceKm;
  if (hr.avgHr !== undefined) summary.avgHr = hr.avgHr;
  if (hr.maxHr !== undefined) summary.maxHr = hr.maxHr;
  if (hr.avgHr !== undefined && opts.restHr !== undefined && opts.maxHr !== undefined) {
    const minutes = (hr.hrSec > 0 ? hr.hrSec : sessionSec) / 60;
    summary.trimp = banisterTrimp(minutes, hr.avgHr, opts.restHr, opts.maxHr, opts.sex ?? 'male');
  }
  if (opts.rpe !== undefined) summary.srpeLoad = opts.rpe * (sessionSec / 60);
  return summary;
}
