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
  type: 'intervals',
  targetKm: 9,
  paces,
  racePaceSecPerKm: 255,
  goal: '5k',
  phase: 'build',
  experience: 'intermediate',
  step: 1,
  lighter: false,
};

describe('intervals', () => {
  it('builds repeats at interval pace with jogs as long as the rep', () => {
    // Intermediate, step 1 → 4 × 800 m. Rep 0.8 × 243 = 194.4 s → jog 195 s (590.9 m at 330).
    // Work 4 × 1390.9 = 5563.6 m; easy fill 3436.4 m → 1700 m + 1700 m. Total 8963.6 m → 9.0 km.
    // Time: 3400 × 0.33 + 4 × (194.4 + 195) = 1122 + 1557.6 = 2679.6 s → 45 min.
    const session = buildRun(spec);
    expect(session.steps).toEqual([
      {
        intensity: 'warmup',
        distanceM: 1700,
        paceSecPerKm: [310, 350],
        label: 'easy jog to warm up',
      },
      {
        repeat: 4,
        steps: [
          {
            intensity: 'active',
            distanceM: 800,
            paceSecPerKm: [238, 248],
            label: 'hard at interval pace',
          },
          {
            intensity: 'rest',
            durationSec: 195,
            paceSecPerKm: [310, 350],
            label: 'easy jog, about as long as the rep',
          },
        ],
      },
      {
        intensity: 'cooldown',
        distanceM: 1700,
        paceSecPerKm: [310, 350],
        label: 'easy jog to cool down',
      },
    ]);
    expect(session).toMatchObject({
      title: 'Intervals 4 × 800 m',
      distanceKm: 9,
      durationMin: 45,
      hard: true,
    });
    expect(session.why).toBe(
      'Repeats at interval pace push your VO2max up, which is what lets you hold a faster race pace; quads and hamstrings get a real growth stimulus too. Longer reps than last time: 800 m instead of 600 m.',
    );
  });

  it('adds a rep when the length stays', () => {
    const session = buildRun({ ...spec, step: 2, targetKm: 10 });
    expect(session.title).toBe('Intervals 5 × 800 m');
    expect(session.why).toMatch(/One more rep than last time: 5 × 800 m\.$/);
  });

  it('climbs every second session for beginners and stops them at 5 × 800 m', () => {
    const titles = [0, 1, 2, 3, 4, 5, 20].map(
      (step) => buildRun({ ...spec, experience: 'beginner', step, targetKm: 12 }).title,
    );
    expect(titles).toEqual([
      'Intervals 5 × 400 m',
      'Intervals 5 × 400 m',
      'Intervals 6 × 400 m',
      'Intervals 6 × 400 m',
      'Intervals 5 × 600 m',
      'Intervals 5 × 600 m',
      'Intervals 5 × 800 m',
    ]);
  });

  it('lets advanced runners reach 6 × 1000 m', () => {
    expect(buildRun({ ...spec, experience: 'advanced', step: 30, targetKm: 14 }).title).toBe(
      'Intervals 6 × 1000 m',
    );
  });

  it('cuts two rungs in a lighter week', () => {
    const session = buildRun({ ...spec, step: 3, lighter: true, targetKm: 12 });
    expect(session.title).toBe('Intervals 4 × 800 m');
    expect(session.why).toMatch(/Lighter week: 4 × 800 m instead of 4 × 1000 m, so/);
  });
});
