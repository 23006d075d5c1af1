import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { EQUIPMENT } from '../exercises/exercise.js';
import { getExercise } from '../exercises/library.js';
import type {
  Experience,
  Pattern,
  StrengthExercise,
  StrengthFocus,
  StrengthSession,
} from '../plan/types.js';
import { progression } from './progression.js';
import { buildStrengthSession, type StrengthSpec } from './session.js';

const FOCI: StrengthFocus[] = ['lower', 'upper', 'full', 'accessory'];
const EXPERIENCES: Experience[] = ['beginner', 'intermediate', 'advanced'];
const LEGS = new Set<Pattern>(['squat', 'hinge', 'lunge']);
const PRESS_PULL = new Set<Pattern>(['push', 'pull']);

// The rules read straight from the brief, independent of the builder's own helpers.
const isDose = (e: StrengthExercise) =>
  !e.timed && (LEGS.has(e.pattern) || PRESS_PULL.has(e.pattern) || getExercise(e.id).compound);
const totalSets = (s: StrengthSession) => s.exercises.reduce((t, e) => t + e.sets, 0);
const pressPullSets = (s: StrengthSession) =>
  s.exercises.filter((e) => PRESS_PULL.has(e.pattern)).reduce((t, e) => t + e.sets, 0);
const ids = (s: StrengthSession) => s.exercises.map((e) => e.id);
const week = (spec: StrengthSpec) => (spec.taper ? 'taper' : spec.lighter ? 'lighter' : 'normal');

function ruleBreaks(spec: StrengthSpec, s: StrengthSession): string[] {
  const out: string[] = [];
  const main = spec.focus !== 'accessory';
  const [lo, hi] = main ? [25, 40] : [10, 40];
  const cap = Math.max(lo, Math.min(hi, Math.floor(spec.maxMinutes ?? hi)));
  if (s.durationMin < lo || s.durationMin > cap) out.push(`duration ${s.durationMin}, cap ${cap}`);
  const honestSec = 5 * 60 + s.exercises.reduce((t, e) => t + e.sets * (40 + e.restSec), 0);
  if (s.durationMin !== Math.round(honestSec / 60)) out.push('duration does not add up');
  const patterns = new Set(s.exercises.map((e) => e.pattern));
  const legs = [...patterns].some((p) => LEGS.has(p));
  const upper = [...patterns].some((p) => PRESS_PULL.has(p));
  if (main && (s.exercises.length < 3 || patterns.size < 2)) out.push('too few exercises/patterns');
  if (spec.focus === 'upper' && legs) out.push('leg work in an upper session');
  if ((spec.focus === 'lower' || spec.focus === 'full') && !legs) out.push('no leg work');
  if (spec.focus === 'full' && !upper) out.push('full session without upper body');
  if (!main) {
    if (s.exercises.length < 2) out.push('accessory with fewer than 2 exercises');
    if (!patterns.has('calf')) out.push('accessory without calves');
    if (!s.exercises.some((e) => getExercise(e.id).muscles.includes('glutes')))
      out.push('accessory without glutes');
  }
  if (new Set(ids(s)).size !== s.exercises.length) out.push('duplicate exercise');
  for (const e of s.exercises) {
    if (!getExercise(e.id).equipment.includes(spec.equipment)) out.push(`${e.id} needs other kit`);
    if (e.restSec < 60 || e.restSec > 180) out.push(`${e.id} rest ${e.restSec}`);
    if (e.reps[0] > e.reps[1] || e.sets < 1) out.push(`${e.id} bad scheme`);
    if (!isDose(e)) continue;
    if (e.sets < 2 || e.sets > 4) out.push(`${e.id} ${e.sets} sets`);
    if (e.reps[0] < 6 || e.reps[1] > 12) out.push(`${e.id} reps ${e.reps}`);
    if (e.rir < 1 || e.rir > 2) out.push(`${e.id} RIR ${e.rir}`);
    if (week(spec) === 'normal') {
      if (spec.heavy && (e.sets < 3 || e.sets > 4)) out.push(`${e.id} heavy with ${e.sets} sets`);
      if (!spec.heavy && e.sets > 3) out.push(`${e.id} light with ${e.sets} sets`);
    } else if (e.loadChangePct !== 0) out.push(`${e.id} adds load in a ${week(spec)} week`);
  }
  const sentences = s.why.split(/(?<=[.!?])\s+/).filter(Boolean);
  if (sentences.length < 1 || sentences.length > 2)
    out.push(`why has ${sentences.length} sentences`);
  if (!s.title) out.push('no title');
  return out;
}

const specArb: fc.Arbitrary<StrengthSpec> = fc
  .record({
    focus: fc.constantFrom(...FOCI),
    heavy: fc.boolean(),
    equipment: fc.constantFrom(...EQUIPMENT),
    experience: fc.constantFrom(...EXPERIENCES),
    step: fc.nat(60),
    lighter: fc.boolean(),
    taper: fc.boolean(),
    upperEmphasis: fc.boolean(),
    variant: fc.nat(20),
    maxMinutes: fc.option(fc.double({ min: -20, max: 180, noNaN: true }), { nil: undefined }),
  })
  .map(({ maxMinutes, ...rest }) => (maxMinutes === undefined ? rest : { ...rest, maxMinutes }));

const normalOf = (spec: StrengthSpec): StrengthSpec => ({ ...spec, lighter: false, taper: false });

describe('buildStrengthSession: every combination obeys the rules', () => {
  it('holds for every discrete spec at time limits from none to below the minimum', () => {
    const limits = [undefined, 0, 10, 12, 20, 25, 27, 30, 33, 36, 39, 40, 60];
    let checked = 0;
    for (const focus of FOCI)
      for (const heavy of [false, true])
        for (const equipment of EQUIPMENT)
          for (const experience of EXPERIENCES)
            for (const upperEmphasis of [false, true])
              for (const [lighter, taper] of [
                [false, false],
                [true, false],
                [false, true],
              ] as const)
                for (const variant of [0, 1, 2])
                  for (const maxMinutes of limits) {
                    const spec: StrengthSpec = {
                      focus,
                      heavy,
                      equipment,
                      experience,
                      upperEmphasis,
                      lighter,
                      taper,
                      variant,
                      step: variant * 2,
                      ...(maxMinutes !== undefined && { maxMinutes }),
                    };
                    expect(
                      ruleBreaks(spec, buildStrengthSession(spec)),
                      JSON.stringify(spec),
                    ).toEqual([]);
                    checked++;
                  }
    expect(checked).toBe(4 * 2 * 3 * 3 * 2 * 3 * 3 * 13);
  });

  it('holds for random steps, variants and fractional or negative time limits', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        expect(ruleBreaks(spec, buildStrengthSession(spec))).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('builds the shortest valid main session (25 min) when the day allows less', () => {
    fc.assert(
      fc.property(specArb, fc.integer({ min: -5, max: 25 }), (spec, maxMinutes) => {
        fc.pre(spec.focus !== 'accessory');
        expect(buildStrengthSession({ ...spec, maxMinutes }).durationMin).toBe(25);
      }),
    );
  });

  it('uses only bodyweight exercises for a bodyweight runner', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const s = buildStrengthSession({ ...spec, equipment: 'bodyweight' });
        for (const e of s.exercises) expect(getExercise(e.id).equipment).toContain('bodyweight');
      }),
    );
  });
});

describe('buildStrengthSession: weeks relate as the rules say', () => {
  it('is deterministic, and the exercises do not depend on the step', () => {
    fc.assert(
      fc.property(specArb, fc.nat(60), (spec, otherStep) => {
        expect(buildStrengthSession(spec)).toEqual(buildStrengthSession({ ...spec }));
        expect(ids(buildStrengthSession({ ...spec, step: otherStep }))).toEqual(
          ids(buildStrengthSession(spec)),
        );
      }),
    );
  });

  it('progresses each lift by 1–2 reps or 2–5 % load between consecutive full weeks, per the helper', () => {
    fc.assert(
      fc.property(specArb, fc.nat(60), (spec, k) => {
        const before = buildStrengthSession({ ...normalOf(spec), step: k });
        const now = buildStrengthSession({ ...normalOf(spec), step: k + 1 });
        const base = buildStrengthSession({ ...normalOf(spec), step: 0 });
        now.exercises.forEach((e, i) => {
          const p = before.exercises[i]!;
          expect(e.id).toBe(p.id);
          const unit = e.timed ? 5 : 1;
          expect(e.reps).toEqual(progression(base.exercises[i]!.reps, k + 1, 'small', unit).reps);
          expect(e.loadChangePct > 0).toBe((k + 1) % 3 === 0);
          if (!isDose(e)) return;
          const repGain = e.reps[0] - p.reps[0];
          const repsUp = repGain >= 1 && repGain <= 2 && e.loadChangePct === 0;
          const loadUp = e.loadChangePct >= 2 && e.loadChangePct <= 5;
          expect(repsUp || loadUp, `${e.id} step ${k}→${k + 1}`).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the lifts in a lighter week, one set fewer each, at least 15 % fewer sets, base reps, no load change', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const normal = buildStrengthSession(normalOf(spec));
        const base = buildStrengthSession({ ...normalOf(spec), step: 0 });
        const lighter = buildStrengthSession({ ...normalOf(spec), lighter: true });
        expect(ids(lighter)).toEqual(ids(normal));
        lighter.exercises.forEach((e, i) => {
          const n = normal.exercises[i]!;
          expect(e.sets).toBe(Math.max(isDose(e) ? 2 : 1, n.sets - 1));
          expect(e.reps).toEqual(base.exercises[i]!.reps);
          expect(e.loadChangePct).toBe(0);
        });
        if (spec.focus !== 'accessory')
          expect(totalSets(lighter)).toBeLessThanOrEqual(totalSets(normal) * 0.85);
        expect(totalSets(lighter)).toBeLessThan(totalSets(normal));
        expect(lighter.durationMin).toBeLessThanOrEqual(normal.durationMin);
      }),
    );
  });

  it('tapers like a lighter week, never longer and never with more sets', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const lighter = buildStrengthSession({ ...normalOf(spec), lighter: true });
        const taper = buildStrengthSession({ ...normalOf(spec), taper: true });
        expect(ids(taper)).toEqual(ids(lighter));
        taper.exercises.forEach((e, i) => {
          expect(e.sets).toBeLessThanOrEqual(lighter.exercises[i]!.sets);
          expect(e.reps).toEqual(lighter.exercises[i]!.reps);
        });
        expect(taper.durationMin).toBeLessThanOrEqual(lighter.durationMin);
      }),
    );
  });

  it('rotates exercises with the variant', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const a = buildStrengthSession(spec);
        const b = buildStrengthSession({ ...spec, variant: spec.variant + 1 });
        expect(ids(a)).not.toEqual(ids(b));
      }),
    );
  });

  it('gives more press and pull sets with the upper-body emphasis, still inside 40 min', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        fc.pre(spec.focus === 'upper' || spec.focus === 'full');
        const plain = buildStrengthSession({ ...spec, upperEmphasis: false });
        const more = buildStrengthSession({ ...spec, upperEmphasis: true });
        expect(pressPullSets(more)).toBeGreaterThan(pressPullSets(plain));
        expect(more.durationMin).toBeLessThanOrEqual(40);
      }),
    );
  });

  it('uses lower reps and at least as many sets per lift for heavy sessions as for light ones', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        fc.pre(spec.focus !== 'accessory');
        const heavy = buildStrengthSession({ ...normalOf(spec), heavy: true, step: 0 });
        const light = buildStrengthSession({ ...normalOf(spec), heavy: false, step: 0 });
        for (const e of heavy.exercises.filter(isDose)) expect(e.reps).toEqual([6, 8]);
        for (const e of light.exercises.filter(isDose)) expect(e.reps).toEqual([8, 10]);
        for (const e of heavy.exercises.filter(isDose)) {
          const same = light.exercises.find((x) => x.id === e.id);
          if (same) expect(e.sets).toBeGreaterThanOrEqual(same.sets);
        }
      }),
    );
  });
});

describe('buildStrengthSession: worked examples', () => {
  const spec: StrengthSpec = {
    focus: 'lower',
    heavy: true,
    equipment: 'gym',
    experience: 'intermediate',
    step: 0,
    lighter: false,
    taper: false,
    upperEmphasis: false,
    variant: 0,
  };

  it('builds the seed’s lower-body day: squat, RDL, split squat and calves in 39 min', () => {
    const s = buildStrengthSession(spec);
    expect(s.title).toBe('Lower body — strength');
    expect(
      s.exercises.map((e) => [e.id, e.sets, e.reps, e.rir, e.restSec, e.loadChangePct]),
    ).toEqual([
      ['back-squat', 4, [6, 8], 1, 150, 0],
      ['romanian-deadlift', 3, [6, 8], 1, 120, 0],
      ['split-squat', 3, [6, 8], 1, 120, 0],
      ['calf-raise', 3, [10, 12], 2, 60, 0],
    ]);
    // 5 + (4 × 190 + 3 × 160 + 3 × 160 + 3 × 100) / 60 = 5 + 2020 / 60 = 38.7
    expect(s.durationMin).toBe(39);
    expect(s.why).toMatch(/^Back squat, Romanian deadlift and split squat /);
  });

  it('adds 5 % to the big lifts and 2.5 % to the rest in week 4 of a cycle', () => {
    const s = buildStrengthSession({ ...spec, step: 3 });
    expect(s.exercises.map((e) => [e.id, e.reps, e.loadChangePct])).toEqual([
      ['back-squat', [6, 8], 5],
      ['romanian-deadlift', [6, 8], 5],
      ['split-squat', [6, 8], 2.5],
      ['calf-raise', [10, 12], 2.5],
    ]);
    expect(s.why).toMatch(/add a little weight/i);
  });

  it('swaps to dumbbells at home and to bodyweight moves with nothing', () => {
    expect(ids(buildStrengthSession({ ...spec, equipment: 'home' }))).toEqual([
      'goblet-squat',
      'dumbbell-rdl',
      'split-squat',
      'calf-raise',
    ]);
    expect(ids(buildStrengthSession({ ...spec, equipment: 'bodyweight' }))).toEqual([
      'bodyweight-squat',
      'single-leg-rdl',
      'split-squat',
      'calf-raise',
    ]);
  });

  it('rotates to front squat, hip thrust and Bulgarian split squat on the second variant', () => {
    expect(ids(buildStrengthSession({ ...spec, variant: 1 })).slice(0, 3)).toEqual([
      'front-squat',
      'hip-thrust',
      'bulgarian-split-squat',
    ]);
  });

  it('keeps upper sessions to press, pull and core', () => {
    const s = buildStrengthSession({ ...spec, focus: 'upper' });
    expect(s.exercises.map((e) => e.pattern)).toEqual(['push', 'pull', 'core', 'pull']);
  });

  it('gives beginners three sets and a spare rep more', () => {
    const s = buildStrengthSession({ ...spec, experience: 'beginner' });
    expect(s.exercises[0]).toMatchObject({ id: 'back-squat', sets: 3, rir: 2 });
  });
});

describe('buildStrengthSession: bad input', () => {
  const spec: StrengthSpec = {
    focus: 'full',
    heavy: false,
    equipment: 'home',
    experience: 'advanced',
    step: 0,
    lighter: false,
    taper: false,
    upperEmphasis: false,
    variant: 0,
  };

  it('names the field and what is accepted', () => {
    expect(() => buildStrengthSession({ ...spec, focus: 'legs' as StrengthFocus })).toThrow(
      /focus "legs": expected lower, upper, full, accessory/,
    );
    expect(() => buildStrengthSession({ ...spec, equipment: 'pool' as never })).toThrow(InputError);
    expect(() => buildStrengthSession({ ...spec, experience: 'pro' as never })).toThrow(InputError);
    expect(() => buildStrengthSession({ ...spec, step: -1 })).toThrow(/step -1/);
    expect(() => buildStrengthSession({ ...spec, variant: 0.5 })).toThrow(/variant 0.5/);
    expect(() => buildStrengthSession({ ...spec, maxMinutes: Number.NaN })).toThrow(/maxMinutes/);
  });
});
