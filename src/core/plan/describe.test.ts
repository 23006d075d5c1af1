import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeExercise,
  describeSession,
  describeSteps,
  exerciseLabel,
  exerciseParts,
  formatDay,
  formatShortDuration,
  formatStepDistance,
  mainSet,
  planSpan,
  planTitle,
  sessionFacts,
  sessionTitle,
  summarizeSession,
} from './describe.js';
import type { RunSession, RunStep, StrengthExercise, WorkoutStep } from './types.js';

const EASY: [number, number] = [322, 362];

// Hill sprints as the sample plan has them: warm-up, 8 × (sprint, walk down), cool-down.
const hills: WorkoutStep[] = [
  { intensity: 'warmup', distanceM: 2500, paceSecPerKm: EASY, label: 'easy jog' },
  {
    repeat: 8,
    steps: [
      { intensity: 'active', durationSec: 20, label: 'uphill sprint' },
      { intensity: 'rest', durationSec: 90, label: 'walk back down' },
    ],
  },
  { intensity: 'cooldown', distanceM: 2500, paceSecPerKm: EASY, label: 'easy jog' },
];

const intervals: WorkoutStep[] = [
  { intensity: 'warmup', distanceM: 2000, paceSecPerKm: EASY, label: 'easy jog' },
  {
    repeat: 4,
    steps: [
      { intensity: 'active', distanceM: 800, paceSecPerKm: [252, 258], label: 'hard, even' },
      { intensity: 'rest', durationSec: 120, label: 'easy jog' },
    ],
  },
  { intensity: 'cooldown', distanceM: 1500, paceSecPerKm: EASY, label: 'easy jog' },
];

const easyRun: RunSession = {
  kind: 'run',
  type: 'easy',
  hard: false,
  title: 'Easy run',
  distanceKm: 6,
  durationMin: 34,
  steps: [{ intensity: 'active', distanceM: 6000, paceSecPerKm: EASY, label: 'easy' }],
  why: 'Aerobic base.',
};

const squat: StrengthExercise = {
  id: 'back-squat',
  name: 'Back squat',
  pattern: 'squat',
  sets: 3,
  reps: [6, 8],
  rir: 2,
  restSec: 150,
  loadChangePct: 2.5,
  cue: 'Brace first.',
};

describe('formatDay', () => {
  it('names weekday, day and month from the ISO date alone', () => {
    expect(formatDay('2026-03-02')).toBe('Mon 2 Mar');
    expect(formatDay('2028-02-29', true)).toBe('Tue 29 Feb 2028');
    expect(formatDay('2026-12-31')).toBe('Thu 31 Dec');
  });
});

describe('plan headline', () => {
  it('names the race and the span of the plan', () => {
    expect(planTitle({ race: { distance: 'half', date: '2026-10-04' } })).toBe(
      'Plan for the half marathon on Sun 4 Oct 2026',
    );
    const week = { days: [{ date: '2026-06-01' }] };
    const input = { start: '2026-06-01' };
    expect(planSpan({ weeks: [week], input })).toBe('1 week from Mon 1 Jun 2026');
    expect(planSpan({ weeks: [week, week], input })).toBe('2 weeks from Mon 1 Jun 2026');
  });
});

describe('step amounts', () => {
  it('shows distances under a kilometre, and track repeats, in metres in both unit systems', () => {
    expect(formatStepDistance(800, 'km')).toBe('800 m');
    expect(formatStepDistance(400, 'mi')).toBe('400 m');
    expect(formatStepDistance(1600, 'mi', true)).toBe('1600 m');
    expect(formatStepDistance(1700, 'km')).toBe('1.7 km'); // a cool-down, not a repeat
    expect(formatStepDistance(1600, 'mi')).toBe('1.0 mi'); // 0.994 mi
  });

  it('shows longer stretches in the runner units, whole numbers without decimals', () => {
    expect(formatStepDistance(2500, 'km')).toBe('2.5 km');
    expect(formatStepDistance(10_000, 'km')).toBe('10 km');
    expect(formatStepDistance(10_000, 'mi')).toBe('6.2 mi'); // 10 / 1.609344 = 6.21
    expect(formatStepDistance(1609.344, 'mi')).toBe('1 mi');
  });

  it('shows durations as seconds, whole minutes or m:ss', () => {
    expect(formatShortDuration(20)).toBe('20 s');
    expect(formatShortDuration(90)).toBe('90 s');
    expect(formatShortDuration(1200)).toBe('20 min');
    expect(formatShortDuration(150)).toBe('2:30 min');
  });
});

describe('describeSteps', () => {
  it('reads hill sprints step by step, in km', () => {
    expect(describeSteps(hills, 'km')).toEqual([
      'Warm-up: 2.5 km easy jog @ 5:22–6:02/km',
      '8 × 20 s uphill sprint; 90 s walk back down',
      'Cool-down: 2.5 km easy jog @ 5:22–6:02/km',
    ]);
  });

  it('converts distances and paces for a runner in miles', () => {
    // 2.5 km = 1.55 mi; 322 s/km × 1.609344 = 518 s/mi (8:38), 362 → 583 s/mi (9:43).
    expect(describeSteps(hills, 'mi')[0]).toBe('Warm-up: 1.6 mi easy jog @ 8:38–9:43/mi');
  });

  it('reads a repeat as count × work; recovery', () => {
    expect(describeSteps(intervals, 'km')[1]).toBe(
      '4 × 800 m hard, even @ 4:12–4:18/km; 2 min easy jog',
    );
  });

  const runStep: fc.Arbitrary<RunStep> = fc
    .record(
      {
        intensity: fc.constantFrom('warmup', 'active', 'rest', 'cooldown'),
        amount: fc.oneof(
          fc.record({ durationSec: fc.integer({ min: 1, max: 10_800 }) }),
          fc.record({ distanceM: fc.integer({ min: 1, max: 50_000 }) }),
        ),
        pace: fc.option(
          fc
            .tuple(fc.integer({ min: 150, max: 600 }), fc.integer({ min: 0, max: 60 }))
            .map(([fast, spread]): [number, number] => [fast, fast + spread]),
          { nil: undefined },
        ),
        label: fc.constantFrom('easy jog', 'hard', 'walk'),
      },
      { requiredKeys: ['intensity', 'amount', 'label'] },
    )
    .map(({ intensity, amount, pace, label }) => ({
      intensity,
      ...amount,
      ...(pace ? { paceSecPerKm: pace } : {}),
      label,
    }));
  const workoutStep: fc.Arbitrary<WorkoutStep> = fc.oneof(
    runStep,
    fc.record({
      repeat: fc.integer({ min: 1, max: 20 }),
      steps: fc.array(runStep, { minLength: 1, maxLength: 3 }),
    }),
  );

  it('gives one clean line per step for any valid steps, in either units', () => {
    fc.assert(
      fc.property(
        fc.array(workoutStep, { maxLength: 6 }),
        fc.constantFrom('km', 'mi'),
        (steps, units) => {
          const lines = describeSteps(steps, units);
          expect(lines).toHaveLength(steps.length);
          for (const line of lines) expect(line).not.toMatch(/undefined|NaN|null/);
          for (const [i, step] of steps.entries()) {
            if ('repeat' in step) expect(lines[i]!.startsWith(`${step.repeat} × `)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('mainSet and summarizeSession', () => {
  it('keeps only the work: no warm-up, cool-down or recoveries', () => {
    expect(mainSet(hills, 'km')).toBe('8 × 20 s');
    expect(mainSet(intervals, 'km')).toBe('4 × 800 m @ 4:12–4:18/km');
  });

  it('sums up a steady run as distance and pace', () => {
    expect(summarizeSession(easyRun, 'km')).toBe('Easy run 6.0 km @ 5:22–6:02/km');
    expect(summarizeSession(easyRun, 'mi')).toBe('Easy run 3.7 mi @ 8:38–9:43/mi');
    expect(sessionFacts(easyRun, 'km')).toBe('6.0 km · about 34 min · easy');
  });

  it('sums up a structured run with its main set', () => {
    const run: RunSession = {
      ...easyRun,
      type: 'intervals',
      hard: true,
      title: 'Intervals 4 × 800 m', // a title's own numbers are not repeated
      distanceKm: 7.5,
      steps: intervals,
    };
    expect(summarizeSession(run, 'km')).toBe('Intervals 7.5 km: 4 × 800 m @ 4:12–4:18/km');
    expect(summarizeSession(run, 'mi')).toBe('Intervals 4.7 mi: 4 × 800 m @ 6:46–6:55/mi');
  });

  it('sums up lifting by focus and minutes', () => {
    const lift = {
      kind: 'strength' as const,
      focus: 'lower' as const,
      heavy: true,
      title: 'Lower body',
      durationMin: 40,
      exercises: [squat],
      why: '',
    };
    expect(summarizeSession(lift, 'km')).toBe('Lower body (lower, heavy, 40 min)');
    expect(summarizeSession({ ...lift, heavy: false }, 'km')).toBe('Lower body (lower, 40 min)');
  });
});

describe('sessionTitle', () => {
  const run = (type: RunSession['type'], distanceKm: number, steps: WorkoutStep[]): RunSession => ({
    ...easyRun,
    type,
    title: 'Title of the plan',
    distanceKm,
    steps,
  });
  const mp: [number, number] = [279, 289];

  it('names a steady run by its distance in the runner units', () => {
    const long = run('long', 14, [
      { intensity: 'active', distanceM: 14_000, paceSecPerKm: EASY, label: 'easy' },
    ]);
    expect(sessionTitle(long, 'km')).toBe('Long run 14.0 km');
    expect(sessionTitle(long, 'mi')).toBe('Long run 8.7 mi'); // 14 / 1.609344 = 8.70
    expect(sessionTitle(easyRun, 'mi')).toBe('Easy run 3.7 mi'); // 6 / 1.609344 = 3.73
  });

  it('adds a faster finish by its label, without its numbers', () => {
    const long = run('long', 20, [
      { intensity: 'active', distanceM: 16_000, paceSecPerKm: EASY, label: 'easy' },
      { intensity: 'active', distanceM: 4000, paceSecPerKm: mp, label: 'finish at marathon pace' },
    ]);
    expect(sessionTitle(long, 'km')).toBe('Long run 20.0 km, finish at marathon pace');
    // 20 / 1.609344 = 12.43
    expect(sessionTitle(long, 'mi')).toBe('Long run 12.4 mi, finish at marathon pace');
  });

  it('names a workout by its main set: repeats in the runner units, track reps in metres', () => {
    const racePace = run('race-pace', 12, [
      { intensity: 'warmup', distanceM: 2500, paceSecPerKm: EASY, label: 'easy jog' },
      {
        repeat: 3,
        steps: [
          { intensity: 'active', distanceM: 2000, paceSecPerKm: [265, 275], label: 'goal pace' },
          { intensity: 'rest', durationSec: 120, paceSecPerKm: EASY, label: 'easy jog' },
        ],
      },
      { intensity: 'cooldown', distanceM: 2400, paceSecPerKm: EASY, label: 'easy jog' },
    ]);
    expect(sessionTitle(racePace, 'km')).toBe('Race pace 3 × 2 km');
    expect(sessionTitle(racePace, 'mi')).toBe('Race pace 3 × 1.2 mi'); // 2 / 1.609344 = 1.24
    const sixBy800 = structuredClone(intervals);
    sixBy800[1] = { ...(sixBy800[1] as { repeat: number; steps: RunStep[] }), repeat: 6 };
    for (const units of ['km', 'mi'] as const) {
      expect(sessionTitle(run('intervals', 9, sixBy800), units)).toBe('Intervals 6 × 800 m');
      expect(sessionTitle(run('hills', 7, hills), units)).toBe('Hill sprints 8 × 20 s');
    }
    const tempo = run('tempo', 8, [
      { intensity: 'warmup', distanceM: 2000, paceSecPerKm: EASY, label: 'easy jog' },
      { intensity: 'active', durationSec: 1200, paceSecPerKm: [273, 281], label: 'steady' },
      { intensity: 'cooldown', distanceM: 1700, paceSecPerKm: EASY, label: 'easy jog' },
    ]);
    expect(sessionTitle(tempo, 'mi')).toBe('Tempo run 20 min');
  });

  it('names easy running with strides by its distance', () => {
    const strides = run('strides', 5, [
      { intensity: 'active', distanceM: 4400, paceSecPerKm: EASY, label: 'easy' },
      {
        repeat: 6,
        steps: [
          { intensity: 'active', durationSec: 20, paceSecPerKm: [233, 243], label: 'stride' },
          { intensity: 'rest', durationSec: 60, label: 'walk back' },
        ],
      },
    ]);
    expect(sessionTitle(strides, 'km')).toBe('Easy run + strides 5.0 km');
    expect(sessionTitle(strides, 'mi')).toBe('Easy run + strides 3.1 mi'); // 5 / 1.609344 = 3.11
  });

  it('keeps the title of a race and of any session that is not a run', () => {
    const race = run('race', 14.5, [
      { intensity: 'active', distanceM: 10_000, paceSecPerKm: [265, 275], label: 'race' },
    ]);
    expect(sessionTitle({ ...race, title: 'Race: 10K' }, 'mi')).toBe('Race: 10K');
    expect(
      sessionTitle({ kind: 'cross', title: 'Easy cycling', durationMin: 40, why: '' }, 'mi'),
    ).toBe('Easy cycling');
  });
});

describe('exercises', () => {
  it('words sets, reps, rest and load change', () => {
    expect(exerciseParts(squat)).toEqual({
      setsReps: '3 × 6–8',
      rir: '2',
      rest: '2:30 min',
      loadChange: '+2.5 % weight',
    });
    expect(describeExercise(squat)).toBe(
      'Back squat: 3 × 6–8, RIR 2, rest 2:30 min, +2.5 % weight. Brace first.',
    );
  });

  it('marks timed work in seconds and a kept weight as reps to chase', () => {
    const carry = { ...squat, reps: [30, 40] as [number, number], timed: true, loadChangePct: 0 };
    expect(exerciseParts(carry).setsReps).toBe('3 × 30–40 s');
    expect(exerciseParts(carry).loadChange).toBe('same weight, more reps');
    expect(exerciseParts({ ...squat, reps: [8, 8], loadChangePct: -10 })).toMatchObject({
      setsReps: '3 × 8',
      loadChange: '−10 % weight',
    });
  });

  it('names mobility items from the exercise library, unknown ids as words', () => {
    expect(exerciseLabel('hip-flexor-stretch')).toBe('Half-kneeling hip flexor stretch');
    expect(exerciseLabel('ankle-circles-x')).toBe('Ankle circles x');
    expect(
      describeSession(
        { kind: 'mobility', title: 'Mobility', durationMin: 15, items: ['dead-bug'], why: '' },
        'km',
      ),
    ).toEqual(['Dead bug']);
    expect(
      describeSession({ kind: 'cross', title: 'Easy cycling', durationMin: 40, why: '' }, 'km'),
    ).toEqual([]);
  });
});
