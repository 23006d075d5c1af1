import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeFit } from './decode.js';
import { FitBuilder, fitTime, int, T, text } from './fit-builder.fixture.js';
import { activitySport, fitToActivity } from './to-activity.js';
import { FitError } from './types.js';

const START = '2024-05-01T06:00:00.000Z';
const t0 = fitTime(START);

/** file_id, a running session, two records, a lap and a rest + an active set. */
function runFile(): Uint8Array {
  return new FitBuilder()
    .definition(0, 0, [
      [0, 1, T.enum],
      [1, 2, T.uint16],
      [2, 2, T.uint16],
    ])
    .data(0, [4, ...int(1, 2), ...int(4315, 2)])
    .definition(1, 18, [
      [2, 4, T.uint32],
      [5, 1, T.enum],
      [6, 1, T.enum],
      [7, 4, T.uint32],
      [8, 4, T.uint32],
      [9, 4, T.uint32],
      [16, 1, T.uint8],
      [17, 1, T.uint8],
      [22, 2, T.uint16],
      [11, 2, T.uint16],
    ])
    .data(1, [
      ...int(t0, 4),
      1,
      3,
      ...int(65000, 4),
      ...int(60000, 4),
      ...int(1520, 4),
      140,
      150,
      ...int(7, 2),
      ...int(12, 2),
    ])
    .definition(2, 20, [
      [253, 4, T.uint32],
      [3, 1, T.uint8],
      [4, 1, T.uint8],
      [53, 1, T.uint8],
      [2, 2, T.uint16],
      [78, 4, T.uint32],
      [6, 2, T.uint16],
    ])
    .data(2, [...int(t0, 4), 0, 85, 64, ...int(2600, 2), ...int(2605, 4), ...int(2500, 2)])
    .data(2, [...int(t0 + 1, 4), 140, 86, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, ...int(2600, 2)])
    .definition(3, 19, [
      [2, 4, T.uint32],
      [7, 4, T.uint32],
      [9, 4, T.uint32],
    ])
    .data(3, [...int(t0 + 30, 4), ...int(30000, 4), ...int(100000, 4)])
    .definition(4, 225, [
      [6, 4, T.uint32],
      [5, 1, T.uint8],
      [3, 2, T.uint16],
      [4, 2, T.uint16],
      [7, 2, T.uint16],
    ])
    .data(4, [...int(t0 + 40, 4), 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])
    .data(4, [...int(t0 + 50, 4), 1, ...int(5, 2), ...int(40 * 16, 2), ...int(8, 2)])
    .build();
}

describe('fitToActivity', () => {
  it('maps session, records, laps and sets to the core Activity', () => {
    expect(fitToActivity(decodeFit(runFile()))).toEqual({
      sport: 'run',
      subSport: 'trail',
      startTime: START,
      device: 'garmin 4315',
      samples: [
        // HR 0 means no strap; enhanced altitude wins; running cadence counts both feet:
        // 2 × (85 + 64/128) = 171 steps per minute.
        { timeSec: 0, cadenceSpm: 171, altitudeM: 21, speedMps: 2.5 },
        { timeSec: 1, heartRateBpm: 140, cadenceSpm: 172, speedMps: 2.6 },
      ],
      laps: [{ startOffsetSec: 30, elapsedSec: 30, distanceM: 1000 }],
      sets: [{ startOffsetSec: 50, reps: 5, weightKg: 40, exercise: 'deadlift' }],
      totals: {
        distanceM: 15.2,
        timerSec: 60,
        elapsedSec: 65,
        avgHr: 140,
        maxHr: 150,
        ascentM: 7,
        kcal: 12,
      },
    });
  });

  it('keeps the partial mark of a damaged file', () => {
    const bytes = runFile();
    const activity = fitToActivity(decodeFit(bytes.subarray(0, bytes.length - 5)));
    expect(activity.partial?.reason).toMatch(/^truncated at byte \d+ of \d+$/);
    expect(activity.sets).toEqual([]);
  });

  it('throws FitError when no message carries a time', () => {
    const fit = decodeFit(
      new FitBuilder()
        .definition(0, 0, [[8, 4, T.string]])
        .data(0, text('X', 4))
        .build(),
    );
    expect(() => fitToActivity(fit)).toThrow(FitError);
  });

  it.each([
    ['running', 'generic', 'run'],
    ['running', 'treadmill', 'run'],
    ['cycling', 'road', 'ride'],
    ['fitness_equipment', 'indoor_cycling', 'ride'],
    ['fitness_equipment', 'indoor_rowing', 'row'],
    ['training', 'strength_training', 'strength'],
    ['training', 'yoga', 'other'],
    ['swimming', 'lap_swimming', 'swim'],
    ['walking', undefined, 'walk'],
    ['hiking', undefined, 'hike'],
    [undefined, undefined, 'other'],
  ])('sport %s / %s → %s', (sport, subSport, expected) => {
    expect(activitySport(sport, subSport)).toBe(expected);
  });
});

describe('fitToActivity on real files', () => {
  const fixture = (name: string) =>
    fitToActivity(
      decodeFit(
        new Uint8Array(
          readFileSync(
            fileURLToPath(
              new URL(`../../../../test/fixtures/activities/fit/${name}`, import.meta.url),
            ),
          ),
        ),
      ),
    );

  it('a Forerunner 965 strength session: 14 active sets of 27, exercises and loads', () => {
    const a = fixture('fitanalyzer__20748058539_ACTIVITY.fit');
    expect([a.sport, a.subSport, a.startTime, a.device]).toEqual([
      'strength',
      'strength_training',
      '2025-10-20T17:44:06.000Z',
      'garmin 4315',
    ]);
    expect(a.sets).toHaveLength(14);
    expect(a.sets[0]).toEqual({
      startOffsetSec: 0,
      exercise: 'pull_up',
      reps: 15,
      weightKg: 0,
      durationSec: 75.391,
    });
    expect(a.sets.filter((s) => s.weightKg === 14).map((s) => s.exercise)).toEqual([
      'bench_press',
      undefined,
      'lunge',
      'squat',
      undefined,
    ]);
    expect(a.totals).toMatchObject({ timerSec: 1857.71, avgHr: 88, maxHr: 133, kcal: 141 });
  });

  it('a Fenix 5 run: 21 samples with position, both-feet cadence and one lap', () => {
    const a = fixture('fitparse__garmin-fenix-5-run.fit');
    expect([a.sport, a.startTime, a.samples.length, a.laps.length]).toEqual([
      'run',
      '2017-06-11T14:34:09.000Z',
      21,
      1,
    ]);
    // record 5: cadence 89 + fractional 0.5 strides/min → 179 steps/min
    expect(a.samples[5]).toEqual({
      timeSec: 7,
      lat: 38.22964218445122,
      lon: -122.63382604345679,
      altitudeM: 3.2,
      distanceM: 17.97,
      heartRateBpm: 63,
      cadenceSpm: 179,
      speedMps: 3.378,
    });
  });

  it('a strength + run + strength file is one multisport activity with the sets of both legs', () => {
    const a = fixture('fitanalyzer__20555050352_ACTIVITY.fit');
    expect([a.sport, a.subSport, a.laps.length, a.sets.length]).toEqual([
      'other',
      'multisport',
      3,
      20,
    ]);
  });
});
