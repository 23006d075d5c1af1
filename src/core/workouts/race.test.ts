import { describe, expect, it } from 'vitest';
import type { Paces } from '../plan/types.js';
import { buildRun } from './build.js';
import { RACE_DISTANCE_M } from './race.js';
import type { RunSpec } from './spec.js';

const paces: Paces = {
  vdot: 45,
  easySecPerKm: [310, 350],
  marathonSecPerKm: 284,
  thresholdSecPerKm: 265,
  intervalSecPerKm: 243,
  repetitionSecPerKm: 225,
};
const spec: RunSpec = {
  type: 'race',
  targetKm: 10,
  paces,
  racePaceSecPerKm: 270,
  goal: '10k',
  phase: 'taper',
  experience: 'intermediate',
  step: 0,
  lighter: false,
};

describe('race', () => {
  it('wraps a 10K in a timed warm-up and cool-down jog', () => {
    // 900 s + 600 s of jogging at 330 s/km = 4545.5 m; total 14545.5 m → 14.5 km.
    // 900 + 10 × 270 + 600 = 4200 s = 70 min.
    const session = buildRun(spec);
    expect(session.steps).toEqual([
      {
        intensity: 'warmup',
        durationSec: 900,
        paceSecPerKm: [310, 350],
        label: 'easy jog, then a few relaxed strides',
      },
      {
        intensity: 'active',
        distanceM: 10000,
        paceSecPerKm: [265, 275],
        label: 'race the 10K at goal pace',
      },
      {
        intensity: 'cooldown',
        durationSec: 600,
        paceSecPerKm: [310, 350],
        label: 'easy jog to cool down',
      },
    ]);
    expect(session).toMatchObject({
      title: 'Race: 10K',
      distanceKm: 14.5,
      durationMin: 70,
      hard: true,
    });
    expect(session.why).toBe(
      'Race day for your 10K: settle at goal pace for the first half, then press on if you feel strong.',
    );
  });

  it('runs a half marathon without a warm-up and walks afterwards', () => {
    // 21097.5 m + 600 s walking at 720 s/km (833.3 m) = 21930.8 m → 21.9 km.
    // 21.0975 × 270 + 600 = 6296.3 s → 105 min.
    const session = buildRun({ ...spec, goal: 'half' });
    expect(session.steps).toEqual([
      {
        intensity: 'active',
        distanceM: 21097.5,
        paceSecPerKm: [265, 275],
        label: 'race the half marathon at goal pace',
      },
      { intensity: 'cooldown', durationSec: 600, label: 'walk to cool down, then refuel' },
    ]);
    expect(session).toMatchObject({
      title: 'Race: half marathon',
      distanceKm: 21.9,
      durationMin: 105,
    });
  });

  it('races exactly the goal distance whatever target the generator passes', () => {
    expect(RACE_DISTANCE_M).toEqual({ '5k': 5000, '10k': 10000, half: 21097.5, marathon: 42195 });
    for (const goal of ['5k', '10k', 'half', 'marathon'] as const) {
      const short = buildRun({ ...spec, goal, targetKm: 1 });
      expect(short).toEqual(buildRun({ ...spec, goal, targetKm: 50 }));
      expect(short.steps.find((s) => 'distanceM' in s)).toMatchObject({
        distanceM: RACE_DISTANCE_M[goal],
      });
    }
  });

  it('gives each distance its own race-day advice', () => {
    const whys = new Set(
      (['5k', '10k', 'half', 'marathon'] as const).map((goal) => buildRun({ ...spec, goal }).why),
    );
    expect(whys.size).toBe(4);
  });
});
