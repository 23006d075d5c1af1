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
            label: 'at goal race pace',
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
      title: 'Race pace 3 blocks',
      distanceKm: 12,
      durationMin: 60,
      hard: true,
    });
    // Step 1 gave 3 × 1.5 km: same count, longer blocks, 1.5 km more in all.
    expect(session.why).toBe(
      'Blocks at your 10K goal pace make that rhythm familiar, so on race day it feels controlled rather than strained. More race-pace running than last time, in 3 longer blocks.',
    );
  });

  it('uses longer blocks for longer goals', () => {
    const marathon = buildRun({
      ...spec,
      goal: 'marathon',
      experience: 'advanced',
      step: 0,
      targetKm: 16,
    });
    expect(marathon.title).toBe('Race pace 2 blocks');
    expect(marathon.steps[1]).toMatchObject({ steps: [{ distanceM: 5000 }, { durationSec: 180 }] });
    const fiveK = buildRun({ ...spec, goal: '5k', step: 0, targetKm: 8 });
    expect(fiveK.title).toBe('Race pace 4 blocks');
    expect(fiveK.steps[1]).toMatchObject({ steps: [{ distanceM: 1000 }, { durationSec: 90 }] });
  });

  it('tells how the blocks grew without naming a distance', () => {
    const whyAt = (change: Partial<RunSpec>) =>
      buildRun({ ...spec, targetKm: 16, ...change }).why.replace(/^.*?\. /, '');
    // 10K, intermediate: step 1 is 3 × 1.5 km after 2 × 2 km (4.5 km after 4 km).
    expect(whyAt({ step: 1 })).toBe('More race-pace running than last time, in 3 shorter blocks.');
    // Step 3 is 2 × 3 km after 3 × 2 km: 6 km both times.
    expect(whyAt({ step: 3 })).toBe('As much race-pace running as last time, in 2 longer blocks.');
    // 5K beginner: 3 × 1 km at steps 0 and 1, 4 × 1 km at step 2.
    expect(whyAt({ goal: '5k', experience: 'beginner', step: 1 })).toBe(
      'Same blocks as last time: hold the pace with a little less effort.',
    );
    expect(whyAt({ goal: '5k', experience: 'beginner', step: 2 })).toBe(
      'One more block at race pace than last time.',
    );
    expect(whyAt({ step: 4, lighter: true })).toBe(
      'Lighter week: a bit less race-pace running than usual, so recent work can settle.',
    );
  });

  it('rehearses race effort in the peak phase', () => {
    expect(buildRun({ ...spec, phase: 'peak' }).why).toMatch(/rehearse the exact 10K effort/);
  });
});
