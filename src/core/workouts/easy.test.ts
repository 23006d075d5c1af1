import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
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
  type: 'easy',
  targetKm: 8,
  paces,
  racePaceSecPerKm: 270,
  goal: '10k',
  phase: 'build',
  experience: 'intermediate',
  step: 0,
  lighter: false,
};

describe('easy run', () => {
  it('is one steady step by time at the easy range', () => {
    // 8 km at the 330 s/km midpoint = 2640 s = 44 min.
    const session = buildRun(spec);
    expect(session.steps).toEqual([
      {
        intensity: 'active',
        durationSec: 2640,
        paceSecPerKm: [310, 350],
        label: 'easy, conversational pace',
      },
    ]);
    expect(session).toMatchObject({
      title: 'Easy run 44 min',
      distanceKm: 8,
      durationMin: 44,
      hard: false,
    });
  });

  it('words its why by phase and alternates wording from one easy run to the next', () => {
    const whys = new Set(
      (['base', 'build', 'peak', 'taper'] as const).flatMap((phase) =>
        [0, 1].map((step) => buildRun({ ...spec, phase, step }).why),
      ),
    );
    expect(whys.size).toBe(8);
  });

  it('refuses a run shorter than 3 km', () => {
    expect(() => buildRun({ ...spec, targetKm: 2.9 })).toThrow(InputError);
  });
});

describe('recovery run', () => {
  it('runs in the slow half of the easy range', () => {
    // Range [330, 350], midpoint 340: 5 km = 1700 s = 28.3 min → 28 min = 1680 s = 4.94 km.
    const session = buildRun({ ...spec, type: 'recovery', targetKm: 5 });
    expect(session.steps).toEqual([
      { intensity: 'active', durationSec: 1680, paceSecPerKm: [330, 350], label: 'very easy jog' },
    ]);
    expect(session).toMatchObject({
      title: 'Recovery run 28 min',
      distanceKm: 4.9,
      durationMin: 28,
    });
    expect(session.why).not.toBe(buildRun({ ...spec, targetKm: 5 }).why);
  });
});
