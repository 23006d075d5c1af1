import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { summarize } from './summary.js';
import type { Activity, Sample } from './types.js';

/**
 * 10 s running at 3 m/s (HR 120 for 5 s, then 150), a 90 s pause, then 5 s standing at HR 100:
 * recorded 15 s, moving 10 s, elapsed 105 s, device distance 30 m.
 */
function run(): Activity {
  const samples: Sample[] = [];
  for (let t = 0; t <= 10; t++)
    samples.push({
      timeSec: t,
      distanceM: 3 * t,
      speedMps: 3,
      heartRateBpm: t < 5 ? 120 : 150,
      altitudeM: 100 + t,
    });
  for (let t = 100; t <= 105; t++)
    samples.push({ timeSec: t, distanceM: 30, speedMps: 0, heartRateBpm: 100, altitudeM: 110 });
  return { sport: 'run', startTime: '2024-05-01T06:00:00.000Z', samples, laps: [], sets: [] };
}

describe('summarize', () => {
  it('works out distance, times, pace, climb and heart rate by hand', () => {
    const s = summarize(run());
    expect(s.distanceKm).toBe(0.03);
    expect(s.movingTimeSec).toBe(10);
    expect(s.elapsedTimeSec).toBe(105);
    expect(s.paceSecPerKm).toBeCloseTo(10 / 0.03, 6); // 333.3 s/km
    expect(s.elevationGainM).toBe(10);
    // Each reading holds until the next sample: 5 s × 120 + 5 s × 150 + 5 s × 100 over 15 s.
    expect(s.avgHr).toBeCloseTo(1850 / 15, 9);
    expect(s.maxHr).toBe(150);
    expect(s.trimp).toBeUndefined();
    expect(s.srpeLoad).toBeUndefined();
    expect(s.strengthVolumeKg).toBe(0);
  });

  it('adds TRIMP with rest and max HR: 0.25 min × 0.5278 × 0.64 e^(1.92 × 0.5278) = 0.2326', () => {
    // HRr = (123.33 − 60) / (180 − 60) = 0.5278 over the 15 recorded seconds.
    expect(summarize(run(), { restHr: 60, maxHr: 180 }).trimp).toBeCloseTo(0.2326, 4);
    expect(summarize(run(), { restHr: 60, maxHr: 180, sex: 'female' }).trimp).toBeCloseTo(
      0.25 * 0.52778 * 0.86 * Math.exp(1.67 * 0.52778),
      4,
    );
  });

  it('gives session-RPE load as RPE × minutes, using the device timer when there is one', () => {
    expect(summarize(run(), { rpe: 6 }).srpeLoad).toBeCloseTo(6 * 0.25, 9);
    expect(summarize({ ...run(), totals: { timerSec: 3600 } }, { rpe: 6 }).srpeLoad).toBe(360);
  });

  it('prefers the device distance, then cumulative readings, then the GPS track', () => {
    expect(summarize({ ...run(), totals: { distanceM: 42 } }).distanceKm).toBe(0.042);
    const gpsOnly: Activity = {
      sport: 'walk',
      startTime: '2024-05-01T06:00:00.000Z',
      samples: [0, 0.001, 0.002].map((lon, i) => ({ timeSec: i * 100, lat: 0, lon })),
      laps: [],
      sets: [],
    };
    expect(summarize(gpsOnly).distanceKm).toBeCloseTo(0.22239, 5);
  });

  it('adds up strength volume as reps × weight over sets that have both', () => {
    const lift: Activity = {
      sport: 'strength',
      startTime: '2024-05-01T06:00:00.000Z',
      samples: [],
      laps: [],
      sets: [
        { startOffsetSec: 0, exercise: 'squat', reps: 10, weightKg: 50 },
        { startOffsetSec: 120, exercise: 'squat', reps: 10, weightKg: 50 },
        { startOffsetSec: 240, exercise: 'squat', reps: 8, weightKg: 60 },
        { startOffsetSec: 360, exercise: 'push_up', reps: 15 },
      ],
      totals: { timerSec: 1800, elapsedSec: 1900, avgHr: 110, maxHr: 140 },
    };
    const s = summarize(lift, { restHr: 50, maxHr: 190, rpe: 7 });
    expect(s.strengthVolumeKg).toBe(1480);
    expect(s.distanceKm).toBe(0);
    expect(s.paceSecPerKm).toBeUndefined();
    expect([s.movingTimeSec, s.elapsedTimeSec]).toEqual([1800, 1900]);
    expect([s.avgHr, s.maxHr]).toEqual([110, 140]);
    expect(s.srpeLoad).toBe(210);
    // No HR samples: the device average over the 30-minute timer.
    const hrr = 60 / 140;
    expect(s.trimp).toBeCloseTo(30 * hrr * 0.64 * Math.exp(1.92 * hrr), 9);
  });

  it.each([
    [{ restHr: 70, maxHr: 60 }, 'restHr 70 must be below maxHr 60'],
    [{ rpe: 11 }, 'rpe 11: expected 0 to 10 (CR-10 scale)'],
    [{ maxHr: 0 }, 'maxHr 0: expected beats per minute between 1 and 250'],
  ])('rejects %o', (opts, message) => {
    expect(() => summarize(run(), opts)).toThrow(InputError);
    expect(() => summarize(run(), opts)).toThrow(message);
  });
});
