import { describe, expect, it } from 'vitest';
import type { Paces } from '../plan/types.js';
import { buildRun } from './build.js';
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
  type: 'race-pace',
  targetKm: 12,
  paces,
  racePaceSecPerKm: 270,
  goal: '10k',
  phase: 'build',
  experience: 'intermediate',
  step: 2,
  lighter: false,
};

describe('race pace', () => {
  it('builds blocks at goal race pace with jog recoveries', () => {
    // 10K, intermediate, step 2 → 3 × 2 km with 2 min jogs (363.6 m): 7090.9 m of work.
    // Easy fill 4909.1 m → 2500 m + 2400 m. Total 11990.9 m → 12.0 km.
    // Time: 4900 × 0.33 + 3 × (540 + 120) = 1617 + 1980 = 3597 s → 60 min.
    const session = buildRun(spec);
    expect(session.steps).toEqual([
      {
        intensity: 'warmup',
        distanceM: 2500,
        paceSecPerKm: [310, 350],
        label: 'easy jog to warm up',
      },
      {
        repeat: 3,
        steps: [
          {
            intensity: 'active',
            distanceM: 2000,
            paceSecPerKm: [265, 275],
            label: '2 km at goal race pace',
          },
          { intensity: 'rest', durationSec: 120, paceSecPerKm: [310, 350], label: 'easy jog' },
        ],
      },
      {
        intensity: 'cooldown',
        distanceM: 2400,
        paceSecPerKm: [310, 350],
        label: 'easy jog to cool down',
      },
    ]);
    expect(session).toMatchObject({
      title: 'Race pace 3 × 2 km',
      distanceKm: 12,
      durationMin: 60,
      hard: true,
    });
    expect(session.why).toMatch(/your 10K goal pace of 4:30\/km/);
    expect(session.why).toMatch(/1.5 km more at race pace than last time, as 3 × 2 km\.$/);
  });

  it('uses longer blocks for longer goals', () => {
    const marathon = buildRun({
      ...spec,
      goal: 'marathon',
      experience: 'advanced',
      step: 0,
      targetKm: 16,
    });
    expect(marathon.title).toBe('Race pace 2 × 5 km');
    expect(marathon.steps[1]).toMatchObject({ steps: [{ distanceM: 5000 }, { durationSec: 180 }] });
    const fiveK = buildRun({ ...spec, goal: '5k', step: 0, targetKm: 8 });
    expect(fiveK.title).toBe('Race pace 4 × 1 km');
    expect(fiveK.steps[1]).toMatchObject({ steps: [{ distanceM: 1000 }, { durationSec: 90 }] });
  });

  it('rehearses race effort in the peak phase', () => {
    expect(buildRun({ ...spec, phase: 'peak' }).why).toMatch(/rehearse the exact 10K effort/);
  });
});
