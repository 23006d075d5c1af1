// Which stretches of a recording count as moving. Between two samples the athlete either
// paused the recording (a gap longer than PAUSE_GAP_SEC: smart recording leaves a few seconds
// between points, a stopped timer leaves much more), stood still (speed below
// STANDING_SPEED_MPS: waiting at a crossing, resting between sets of a run drill), or moved.
import { haversineM } from './distance.js';
import type { Sample } from './types.js';

export const PAUSE_GAP_SEC = 30;
export const STANDING_SPEED_MPS = 0.5;

export interface RecordingTimes {
  /** Time between samples, pauses left out. */
  recordedSec: number;
  /** Recorded time when moving at STANDING_SPEED_MPS or faster (or with no way to tell). */
  movingSec: number;
}

/** Speed over the interval ending at `b`: the device's own, else from distance, else from GPS. */
function intervalSpeedMps(a: Sample, b: Sample, dtSec: number): number | undefined {
  if (b.speedMps !== undefined) return b.speedMps;
  if (a.distanceM !== undefined && b.distanceM !== undefined)
    return (b.distanceM - a.distanceM) / dtSec;
  if (a.lat !== undefined && a.lon !== undefined && b.lat !== undefined && b.lon !== undefined) {
    return haversineM(a.lat, a.lon, b.lat, b.lon) / dtSec;
  }
  return undefined;
}

/**
 * Calls `visit` for every interval between consecutive samples that is not a pause, with its
 * length and whether it counts as moving.
 */
export function forEachRecordedInterval(
  samples: readonly Sample[],
  visit: (from: Sample, to: Sample, dtSec: number, moving: boolean) => void,
): void {
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1]!;
    const b = samples[i]!;
    const dt = b.timeSec - a.timeSec;
    if (!(dt > 0) || dt > PAUSE_GAP_SEC) continue;
    const speed = intervalSpeedMps(a, b, dt);
    visit(a, b, dt, speed === undefined || speed >= STANDING_SPEED_MPS);
  }
}

export function recordingTimes(samples: readonly Sample[]): RecordingTimes {
  let recordedSec = 0;
  let movingSec = 0;
  forEachRecordedInterval(samples, (_a, _b, dt, moving) => {
    recordedSec += dt;
    if (moving) movingSec += dt;
  });
  return { recordedSec, movingSec };
}
