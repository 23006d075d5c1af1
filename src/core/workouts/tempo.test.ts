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
  type: 'tempo',
  targetKm: 10,
  paces,
  racePaceSecPerKm: 270,
  goal: '10k',
  phase: 'build',
  experience: 'intermediate',
  step: 2,
  lighter: false,
};

describe('tempo', () => {
  it('runs even-numbered tempos as one steady block at threshold', () => {
    // Intermediate, step 2 → 24 min = 1440 s at 265 s/km = 5434.0 m.
    // Easy fill 4566.0 m → warm-up 2300 m, cool-down 2300 m. Total 10034 m → 10.0 km;
    // 4600 m × 0.33 s/m + 1440 s = 2958 s → 49 min.
    const session = buildRun(spec);
    expect(session.steps).toEqual([
      {
        intensity: 'warmup',
        distanceM: 2300,
        paceSecPerKm: [310, 350],
        label: 'easy jog to warm up',
      },
      {
        intensity: 'active',
        durationSec: 1440,
        paceSecPerKm: [260, 270],
        label: 'steady at threshold: comfortably hard',
      },
      {
        intensity: 'cooldown',
        distanceM: 2300,
        paceSecPerKm: [310, 350],
        label: 'easy jog to cool down',
      },
    ]);
    expect(session).toMatchObject({
      title: 'Tempo 24 min',
      distanceKm: 10,
      durationMin: 49,
      hard: true,
    });
    expect(session.why).toBe(
      'A steady block at threshold teaches you to hold a hard pace longer before fatigue builds fast, and gives legs and core a moderate strength stimulus. Three more minutes at threshold than last time, in one block.',
    );
  });

  it('runs odd-numbered tempos as cruise intervals with jog recoveries', () => {
    // Step 3 → 27 min as 3 × 9 min, 2 min jogs: 3 × (2037.7 + 363.6) = 7204.1 m.
    // Easy fill 2795.9 m → 1400 m + 1400 m. Total 10004 m; 2800 × 0.33 + 3 × 660 = 2904 s → 48 min.
    const session = buildRun({ ...spec, step: 3 });
    expect(session.steps).toEqual([
      {
        intensity: 'warmup',
        distanceM: 1400,
        paceSecPerKm: [310, 350],
        label: 'easy jog to warm up',
      },
      {
        repeat: 3,
        steps: [
          {
            intensity: 'active',
            durationSec: 540,
            paceSecPerKm: [260, 270],
            label: 'at threshold, even effort',
          },
          { intensity: 'rest', durationSec: 120, paceSecPerKm: [310, 350], label: 'easy jog' },
        ],
      },
      {
        intensity: 'cooldown',
        distanceM: 1400,
        paceSecPerKm: [310, 350],
        label: 'easy jog to cool down',
      },
    ]);
    expect(session).toMatchObject({ title: 'Tempo 3 × 9 min', distanceKm: 10, durationMin: 48 });
    expect(session.why).toMatch(/^Cruise intervals/);
    expect(session.why).toMatch(
      /Three more minutes at threshold than last time, split into 3 × 9 min\./,
    );
  });

  it('starts beginners shorter and says it is the first one', () => {
    const session = buildRun({ ...spec, experience: 'beginner', step: 0 });
    expect(session.title).toBe('Tempo 15 min');
    expect(session.why).toMatch(/The first tempo of the plan/);
  });

  it('shortens the block to fit a small target', () => {
    // Sized as cruise intervals: 3 × 5 min + 1 min jogs = 3941.7 m + 2 km ≤ 6 km; 3 × 6 min is 6621 m.
    expect(buildRun({ ...spec, targetKm: 6 }).title).toBe('Tempo 15 min');
  });

  it('cuts two rungs in a lighter week and names the usual size', () => {
    // Step 4 wants 28 min; lighter → 24 min.
    const session = buildRun({ ...spec, step: 4, lighter: true });
    expect(session.title).toBe('Tempo 24 min');
    expect(session.why).toMatch(/Lighter week: 24 min at threshold instead of 28\./);
  });

  it('tops out at 30 minutes of threshold, the upper end of the seed’s steady tempo', () => {
    expect(buildRun({ ...spec, experience: 'advanced', step: 40, targetKm: 14 }).title).toBe(
      'Tempo 30 min',
    );
    expect(buildRun({ ...spec, experience: 'advanced', step: 41, targetKm: 14 }).title).toBe(
      'Tempo 3 × 10 min',
    );
  });

  it('speaks of keeping sharp in the taper', () => {
    expect(buildRun({ ...spec, phase: 'taper' }).why).toMatch(/taper drains fatigue/);
  });
});
