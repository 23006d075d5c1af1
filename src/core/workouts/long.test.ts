import { describe, expect, it } from 'vitest';
import type { Paces } from '../plan/types.js';
import { buildRun } from './build.js';
import { marathonPaceFinishKm } from './long.js';
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
  type: 'long',
  targetKm: 20,
  paces,
  racePaceSecPerKm: 284,
  goal: 'marathon',
  phase: 'build',
  experience: 'intermediate',
  step: 3,
  lighter: false,
};

describe('long run', () => {
  it('is one easy step by distance when there is no marathon-pace finish', () => {
    // 16 km × 330 s/km = 5280 s = 88 min.
    const session = buildRun({ ...spec, phase: 'base', targetKm: 16 });
    expect(session.steps).toEqual([
      {
        intensity: 'active',
        distanceM: 16000,
        paceSecPerKm: [310, 350],
        label: 'easy, conversational pace',
      },
    ]);
    expect(session).toMatchObject({ title: 'Long run 88 min', distanceKm: 16, durationMin: 88 });
    expect(session.why).toMatch(/aerobic endurance/);
    expect(session.why).toMatch(/little muscle/);
  });

  it('ends some build-phase marathon long runs at marathon pace, still not hard', () => {
    // Step 3 → the second rung of the marathon finish ladder, 4 km.
    // 16 km × 330 + 4 km × 284 = 5280 + 1136 = 6416 s = 107 min.
    const session = buildRun(spec);
    expect(session.steps).toEqual([
      {
        intensity: 'active',
        distanceM: 16000,
        paceSecPerKm: [310, 350],
        label: 'easy, conversational pace',
      },
      {
        intensity: 'active',
        distanceM: 4000,
        paceSecPerKm: [279, 289],
        label: 'finish at marathon pace',
      },
    ]);
    expect(session).toMatchObject({
      title: 'Long run 107 min, marathon-pace finish',
      distanceKm: 20,
      durationMin: 107,
      hard: false,
    });
    // Step 1 finished with 3 km at marathon pace.
    expect(session.why).toBe(
      'A finish at marathon pace teaches you to hold a steady race rhythm on tired legs, while the easy running before it builds endurance. It is a longer marathon-pace finish than last time.',
    );
  });

  it('rounds the distance to 100 m', () => {
    expect(buildRun({ ...spec, phase: 'base', targetKm: 14.26 }).steps).toMatchObject([
      { distanceM: 14300 },
    ]);
  });
});

describe('marathonPaceFinishKm', () => {
  it('adds a finish only on every second long run of build and peak for half and marathon', () => {
    expect(marathonPaceFinishKm({ ...spec, step: 1 })).toBe(3);
    expect(marathonPaceFinishKm({ ...spec, step: 2 })).toBe(0);
    expect(marathonPaceFinishKm({ ...spec, phase: 'peak', step: 5 })).toBe(5);
    expect(marathonPaceFinishKm({ ...spec, phase: 'base' })).toBe(0);
    expect(marathonPaceFinishKm({ ...spec, phase: 'taper' })).toBe(0);
    expect(marathonPaceFinishKm({ ...spec, lighter: true })).toBe(0);
    expect(marathonPaceFinishKm({ ...spec, goal: '10k' })).toBe(0);
    expect(marathonPaceFinishKm({ ...spec, goal: 'half', step: 3 })).toBe(3);
  });

  it('grows half as fast for beginners and stops at the top of the ladder', () => {
    expect(marathonPaceFinishKm({ ...spec, experience: 'beginner', step: 3 })).toBe(3);
    expect(marathonPaceFinishKm({ ...spec, experience: 'beginner', step: 5 })).toBe(4);
    expect(marathonPaceFinishKm({ ...spec, targetKm: 40, step: 31 })).toBe(10);
  });

  it('keeps the finish to at most 35 % of the run and drops it below 2 km', () => {
    expect(marathonPaceFinishKm({ ...spec, targetKm: 8, step: 9 })).toBe(2); // 2.8 → 2
    expect(marathonPaceFinishKm({ ...spec, targetKm: 5, step: 9 })).toBe(0); // 1.75 → none
  });
});
