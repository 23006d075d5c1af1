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
  type: 'hills',
  targetKm: 6,
  paces,
  racePaceSecPerKm: 270,
  goal: '10k',
  phase: 'build',
  experience: 'intermediate',
  step: 2,
  lighter: false,
};

describe('hill sprints', () => {
  it('builds short uphill sprints with a walk back and no pace target', () => {
    // Intermediate, step 2 → 10 × 10 s. Sprint counted at 225 s/km = 44.4 m, walk 60 s = 83.3 m:
    // 1277.8 m of work. Easy fill 4722.2 m → 2400 m + 2300 m. Total 5977.8 m → 6.0 km.
    // Time: 4700 × 0.33 + 10 × 70 = 2251 s → 38 min.
    const session = buildRun(spec);
    expect(session.steps).toEqual([
      {
        intensity: 'warmup',
        distanceM: 2400,
        paceSecPerKm: [310, 350],
        label: 'easy jog to warm up',
      },
      {
        repeat: 10,
        steps: [
          {
            intensity: 'active',
            durationSec: 10,
            label: 'hill sprint: hard uphill, tall and powerful',
          },
          { intensity: 'rest', durationSec: 60, label: 'walk back down, recover fully' },
        ],
      },
      {
        intensity: 'cooldown',
        distanceM: 2300,
        paceSecPerKm: [310, 350],
        label: 'easy jog to cool down',
      },
    ]);
    expect(session).toMatchObject({
      title: 'Hill sprints 10 × 10 s',
      distanceKm: 6,
      durationMin: 38,
      hard: true,
    });
    expect(session.why).toMatch(/glutes and calves/);
    expect(session.why).toMatch(/Four more sprints than last time: 10 × 10 s\.$/);
  });

  it('lengthens the sprints and walks back six times as long', () => {
    const session = buildRun({ ...spec, step: 3 });
    expect(session.title).toBe('Hill sprints 8 × 15 s');
    expect(session.steps[1]).toMatchObject({
      repeat: 8,
      steps: [{ durationSec: 15 }, { durationSec: 90 }],
    });
    expect(session.why).toMatch(/Each sprint is 5 s longer than last time: 8 × 15 s\.$/);
  });

  it('starts everyone within the seed’s 6–10 sprints of 10–20 s and stops at 10 × 20 s', () => {
    expect(buildRun({ ...spec, experience: 'beginner', step: 0 }).title).toBe(
      'Hill sprints 6 × 10 s',
    );
    expect(buildRun({ ...spec, experience: 'advanced', step: 30 }).title).toBe(
      'Hill sprints 10 × 20 s',
    );
  });

  it('words the base and taper phases differently', () => {
    const base = buildRun({ ...spec, phase: 'base' }).why;
    const taper = buildRun({ ...spec, phase: 'taper' }).why;
    expect(base).toMatch(/power later speed work draws on/);
    expect(taper).toMatch(/without leaving fatigue for race day/);
    expect(base).not.toBe(buildRun(spec).why);
  });
});
