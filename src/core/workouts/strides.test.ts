import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import type { Paces } from '../plan/types.js';
import { buildRun, minTargetKm } from './build.js';
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
  type: 'strides',
  targetKm: 7,
  paces,
  racePaceSecPerKm: 270,
  goal: '5k',
  phase: 'build',
  experience: 'intermediate',
  step: 0,
  lighter: false,
};

describe('strides', () => {
  it('is an easy run then strides at repetition pace with a walk back', () => {
    // One stride: 20 s at 225 s/km = 88.9 m, walk 60 s at 720 s/km = 83.3 m; 5 of them = 861.1 m.
    // Easy part: 7000 − 861.1 = 6138.9 m × 0.33 s/m = 2025.8 s → 34 min = 2040 s (6181.8 m).
    // Total 7042.9 m → 7.0 km; 2040 + 5 × 80 = 2440 s → 41 min.
    const session = buildRun(spec);
    expect(session.steps).toEqual([
      {
        intensity: 'active',
        durationSec: 2040,
        paceSecPerKm: [310, 350],
        label: 'easy, conversational pace',
      },
      {
        repeat: 5,
        steps: [
          {
            intensity: 'active',
            durationSec: 20,
            paceSecPerKm: [220, 230],
            label: 'stride: quick and relaxed, not a sprint',
          },
          { intensity: 'rest', durationSec: 60, label: 'walk back to the start' },
        ],
      },
    ]);
    expect(session).toMatchObject({
      title: 'Easy 34 min + 5 × 20 s strides',
      distanceKm: 7,
      durationMin: 41,
      hard: false,
    });
  });

  it('adds a stride every second session and says so', () => {
    const session = buildRun({ ...spec, step: 2 });
    expect(session.title).toMatch(/6 × 20 s strides$/);
    expect(session.why).toMatch(/One more stride than last time\./);
    expect(buildRun({ ...spec, step: 3 }).why).not.toMatch(/more stride/);
  });

  it('drops two strides in a lighter week', () => {
    const session = buildRun({ ...spec, step: 4, lighter: true });
    expect(session.title).toMatch(/5 × 20 s strides$/);
    expect(session.why).toMatch(/Lighter week: 5 strides instead of 7/);
  });

  it('keeps 2 km of easy running before the strides when the target is tight', () => {
    // Advanced, step 6 wants 8; 3 km leaves room for 1000 m of strides: 5 (861 m), not 6 (1033 m).
    expect(buildRun({ ...spec, experience: 'advanced', step: 6, targetKm: 3 }).title).toMatch(
      /5 × 20 s strides$/,
    );
  });

  it('refuses a target too short for 2 km of easy running and four strides', () => {
    // 4 × 172.2 m + 2000 m = 2688.9 m → 2.7 km.
    expect(minTargetKm(spec)).toBe(2.7);
    expect(buildRun({ ...spec, targetKm: 2.7 }).title).toMatch(/4 × 20 s/);
    expect(() => buildRun({ ...spec, targetKm: 2.6 })).toThrow(InputError);
  });
});
