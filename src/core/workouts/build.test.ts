import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import type { Experience, Paces, Phase, RunStep, RunType, WorkoutStep } from '../plan/types.js';
import { buildRun, minTargetKm } from './build.js';
import { estimateDurationSec, estimateKm, estimateMin } from './estimate.js';
import { HARD_RUN_TYPES } from './hard.js';
import { RACE_DISTANCE_M } from './race.js';
import type { RunSpec } from './spec.js';

const RUN_TYPES: RunType[] = [
  'easy',
  'recovery',
  'long',
  'tempo',
  'intervals',
  'hills',
  'strides',
  'race-pace',
  'race',
];
const STEADY: ReadonlySet<RunType> = new Set(['easy', 'recovery', 'long', 'strides']);
const WORKOUTS: RunType[] = ['tempo', 'intervals', 'hills', 'race-pace'];

/** Paces shaped like Daniels' table, from about VDOT 30 to 85 (threshold 6:30 to 2:45 per km). */
const realisticPaces: fc.Arbitrary<{ paces: Paces; racePaceSecPerKm: number }> = fc
  .record({
    thresholdSecPerKm: fc.double({ min: 165, max: 390, noNaN: true }),
    easyFactor: fc.double({ min: 1.15, max: 1.3, noNaN: true }),
    easyWidthSec: fc.integer({ min: 15, max: 60 }),
    marathonFactor: fc.double({ min: 1.03, max: 1.1, noNaN: true }),
    intervalFactor: fc.double({ min: 0.89, max: 0.95, noNaN: true }),
    repetitionGapSec: fc.double({ min: 8, max: 20, noNaN: true }),
    raceShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map((r) => {
    const easyFast = Math.round(r.thresholdSecPerKm * r.easyFactor);
    const intervalSecPerKm = r.thresholdSecPerKm * r.intervalFactor;
    const marathonSecPerKm = r.thresholdSecPerKm * r.marathonFactor;
    return {
      paces: {
        vdot: 50,
        easySecPerKm: [easyFast, easyFast + r.easyWidthSec] as [number, number],
        marathonSecPerKm,
        thresholdSecPerKm: r.thresholdSecPerKm,
        intervalSecPerKm,
        repetitionSecPerKm: intervalSecPerKm - r.repetitionGapSec,
      },
      // Goal pace somewhere between interval pace (5K) and marathon pace.
      racePaceSecPerKm: intervalSecPerKm + r.raceShare * (marathonSecPerKm - intervalSecPerKm),
    };
  });

/** Any paces validation lets through, sensible or not. */
const anyPaces: fc.Arbitrary<{ paces: Paces; racePaceSecPerKm: number }> = fc
  .record({
    easy: fc.tuple(fc.integer({ min: 120, max: 1200 }), fc.integer({ min: 120, max: 1200 })),
    others: fc.array(fc.double({ min: 120, max: 1200, noNaN: true }), {
      minLength: 5,
      maxLength: 5,
    }),
  })
  .map(({ easy, others }) => ({
    paces: {
      vdot: 40,
      easySecPerKm: [Math.min(...easy), Math.max(...easy)] as [number, number],
      marathonSecPerKm: others[0]!,
      thresholdSecPerKm: others[1]!,
      intervalSecPerKm: others[2]!,
      repetitionSecPerKm: others[3]!,
    },
    racePaceSecPerKm: others[4]!,
  }));

function specs(
  paces: fc.Arbitrary<{ paces: Paces; racePaceSecPerKm: number }>,
  types: RunType[] = RUN_TYPES,
): fc.Arbitrary<RunSpec> {
  return fc
    .record({
      type: fc.constantFrom(...types),
      pace: paces,
      goal: fc.constantFrom('5k' as const, '10k' as const, 'half' as const, 'marathon' as const),
      phase: fc.constantFrom('base' as const, 'build' as const, 'peak' as const, 'taper' as const),
      experience: fc.constantFrom(
        'beginner' as const,
        'intermediate' as const,
        'advanced' as const,
      ),
      step: fc.integer({ min: 0, max: 30 }),
      lighter: fc.boolean(),
      targetShare: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ pace, targetShare, ...rest }) => {
      const withoutTarget = { ...rest, ...pace };
      const lowKm = Math.max(minTargetKm(withoutTarget), 0.1);
      return { ...withoutTarget, targetKm: lowKm + targetShare * Math.max(0, 45 - lowKm) };
    });
}

function runSteps(steps: WorkoutStep[]): RunStep[] {
  return steps.flatMap((step) => ('repeat' in step ? step.steps : [step]));
}

function expectValidSteps(steps: WorkoutStep[]): void {
  expect(steps.length).toBeGreaterThan(0);
  for (const step of steps) {
    if ('repeat' in step) {
      expect(Number.isInteger(step.repeat) && step.repeat >= 1).toBe(true);
      expect(step.steps.length).toBeGreaterThan(0);
    }
  }
  for (const step of runSteps(steps)) {
    expect((step.durationSec === undefined) !== (step.distanceM === undefined)).toBe(true);
    const amount = step.durationSec ?? step.distanceM ?? 0;
    expect(Number.isFinite(amount) && amount > 0).toBe(true);
    if (step.paceSecPerKm) {
      const [fast, slow] = step.paceSecPerKm;
      expect(fast > 0 && fast <= slow).toBe(true);
    }
    expect(step.label.length).toBeGreaterThan(0);
  }
}

/** Time at work pace (the active steps, repeats counted): what a workout's progression grows. */
function workSec(spec: RunSpec): number {
  const isActive = (step: RunStep) => step.intensity === 'active';
  const work = buildRun(spec).steps.flatMap((step): WorkoutStep[] => {
    if ('repeat' in step) return [{ repeat: step.repeat, steps: step.steps.filter(isActive) }];
    return isActive(step) ? [step] : [];
  });
  return estimateDurationSec(work, spec.paces);
}

describe('buildRun over all specs', () => {
  it('gives valid steps, honest totals, the right hard flag and keeps to the target', () => {
    fc.assert(
      fc.property(specs(realisticPaces), (spec) => {
        const session = buildRun(spec);
        expectValidSteps(session.steps);
        expect(session.kind).toBe('run');
        expect(session.type).toBe(spec.type);
        expect(session.hard).toBe(HARD_RUN_TYPES.has(spec.type));
        expect(session.distanceKm).toBe(estimateKm(session.steps, spec.paces));
        expect(session.durationMin).toBe(estimateMin(session.steps, spec.paces));
        if (spec.type === 'race') {
          const race = session.steps.find((s) => 'distanceM' in s && s.intensity === 'active');
          expect(race).toMatchObject({ distanceM: RACE_DISTANCE_M[spec.goal] });
        } else {
          const tolerance = STEADY.has(spec.type) ? 0.1 : 0.25;
          expect(Math.abs(session.distanceKm - spec.targetKm)).toBeLessThanOrEqual(
            spec.targetKm * tolerance + 1e-9,
          );
        }
        expect(session.title.length).toBeGreaterThan(0);
        expect(session.title.length).toBeLessThanOrEqual(50);
        const sentences = session.why.match(/[.!?](\s|$)/g) ?? [];
        expect(sentences.length).toBeGreaterThanOrEqual(1);
        expect(sentences.length).toBeLessThanOrEqual(2);
      }),
      { numRuns: 1000 },
    );
  });

  it('writes no pace or km/mile figure into text, so it reads right in either unit system', () => {
    // Paces (4:30/km) and distances in km or miles belong to the renderers; metres stay.
    const metric = /\d:\d\d|\d\s*(km|mi)\b|kilomet|\bmiles?\b/i;
    fc.assert(
      fc.property(specs(realisticPaces), (spec) => {
        const session = buildRun(spec);
        const labels = runSteps(session.steps).map((step) => step.label);
        for (const text of [session.title, session.why, ...labels]) {
          expect(text).not.toMatch(metric);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps to the target and builds valid steps even for odd paces', () => {
    fc.assert(
      fc.property(specs(anyPaces), (spec) => {
        fc.pre(spec.targetKm <= 60);
        const session = buildRun(spec);
        expectValidSteps(session.steps);
        if (spec.type !== 'race') {
          const tolerance = STEADY.has(spec.type) ? 0.1 : 0.25;
          expect(Math.abs(session.distanceKm - spec.targetKm)).toBeLessThanOrEqual(
            spec.targetKm * tolerance + 1e-9,
          );
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never gives a smaller workout for a later step outside lighter weeks', () => {
    fc.assert(
      fc.property(specs(realisticPaces, WORKOUTS), (spec) => {
        const normal = { ...spec, lighter: false };
        const next = { ...normal, step: spec.step + 1 };
        expect(workSec(normal)).toBeGreaterThan(0);
        expect(workSec(next)).toBeGreaterThanOrEqual(workSec(normal) - 1e-6);
      }),
      { numRuns: 1000 },
    );
  });

  it('never gives more work in a lighter week than in a normal one', () => {
    fc.assert(
      fc.property(specs(realisticPaces, WORKOUTS), (spec) => {
        const normal = { ...spec, lighter: false };
        expect(workSec({ ...normal, lighter: true })).toBeLessThanOrEqual(workSec(normal) + 1e-6);
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(specs(realisticPaces), (spec) => {
        expect(buildRun(spec)).toEqual(buildRun(structuredClone(spec)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('why', () => {
  const spec: RunSpec = {
    type: 'easy',
    targetKm: 10,
    paces: {
      vdot: 45,
      easySecPerKm: [310, 350],
      marathonSecPerKm: 284,
      thresholdSecPerKm: 265,
      intervalSecPerKm: 243,
      repetitionSecPerKm: 225,
    },
    racePaceSecPerKm: 270,
    goal: 'marathon',
    phase: 'build',
    experience: 'intermediate',
    step: 3,
    lighter: false,
  };

  it('differs between every session type', () => {
    const whys = new Set(RUN_TYPES.map((type) => buildRun({ ...spec, type }).why));
    expect(whys.size).toBe(RUN_TYPES.length);
  });

  it('differs from one workout to the next of the same type', () => {
    for (const type of WORKOUTS) {
      expect(buildRun({ ...spec, type, targetKm: 16, step: 1 }).why).not.toBe(
        buildRun({ ...spec, type, targetKm: 16, step: 2 }).why,
      );
    }
  });
});

describe('minTargetKm', () => {
  it('is the smallest target each workout accepts', () => {
    fc.assert(
      fc.property(specs(realisticPaces), (spec) => {
        const { targetKm: _, ...withoutTarget } = spec;
        const lowKm = minTargetKm(withoutTarget);
        if (spec.type === 'race') {
          expect(lowKm).toBe(0);
          return;
        }
        expect(() => buildRun({ ...spec, targetKm: lowKm })).not.toThrow();
        expect(() => buildRun({ ...spec, targetKm: lowKm - 0.1 })).toThrow(InputError);
      }),
      { numRuns: 500 },
    );
  });

  it('depends on the type, goal and paces only, not on step, phase, experience or a lighter week', () => {
    fc.assert(
      fc.property(
        specs(realisticPaces),
        fc.nat(40),
        fc.constantFrom<Phase[]>('base', 'build', 'peak', 'taper'),
        fc.constantFrom<Experience[]>('beginner', 'intermediate', 'advanced'),
        fc.boolean(),
        (spec, step, phase, experience, lighter) => {
          const { targetKm: _, ...withoutTarget } = spec;
          expect(minTargetKm({ ...withoutTarget, step, phase, experience, lighter })).toBe(
            minTargetKm(withoutTarget),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('asks a fast runner for more room for a tempo than a slow one', () => {
    const { targetKm: _, ...spec } = {
      type: 'tempo' as const,
      targetKm: 0,
      paces: {
        vdot: 70,
        easySecPerKm: [240, 270] as [number, number],
        marathonSecPerKm: 205,
        thresholdSecPerKm: 195,
        intervalSecPerKm: 180,
        repetitionSecPerKm: 168,
      },
      racePaceSecPerKm: 190,
      goal: '10k' as const,
      phase: 'build' as const,
      experience: 'beginner' as const,
      step: 0,
      lighter: false,
    };
    // 3 × (300 s at 195 + 60 s at 255) = 3 × (1538.5 + 235.3) = 5321.3 m; + 2 km = 7321.3 m;
    // / 1.2 = 6101 m → 6.2 km.
    expect(minTargetKm(spec)).toBe(6.2);
    expect(() => buildRun({ ...spec, targetKm: 6.1 })).toThrow(/at least 6.2 km/);
  });
});
