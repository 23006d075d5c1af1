import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REFERENCE_PLAN as PLAN } from '../adapt/plan.fixture.js';
import { InputError } from '../errors.js';
import { validatePlan } from '../rules/validate.js';
import { STRENGTH_RULES } from '../strength/index.js';
import { estimateKm } from '../workouts/index.js';
import { editSession } from './edit.js';
import type { Plan, RunSession, StrengthSession } from './types.js';

// Week 2 of the reference plan (27.1 km, 39 sets): Monday hills + lower body, Tuesday easy 7.6 km
// + upper body, Thursday tempo + full body, Friday accessory, Saturday long 8.4 km.
const day = (plan: Plan, date: string) =>
  plan.weeks.flatMap((w) => w.days).find((d) => d.date === date)!;
const rules = (plan: Plan) => validatePlan(plan).map((v) => v.rule);

describe('editSession', () => {
  it('rebuilds a run at the new distance with the library, and the week and fuel follow', () => {
    const edited = editSession(PLAN, '2027-01-26', 0, { change: 'distance', distanceKm: 7 });
    const run = day(edited, '2027-01-26').sessions[0] as RunSession;
    expect(run).toMatchObject({ kind: 'run', type: 'easy', distanceKm: 7, durationMin: 41 });
    // Steps and totals agree: the run was built again, not just relabelled.
    expect(estimateKm(run.steps, PLAN.paces)).toBe(7);
    expect(edited.weeks[1]!.runKm).toBe(26.5);
    expect(day(edited, '2027-01-26').fuel.kcal).toBeLessThan(day(PLAN, '2027-01-26').fuel.kcal);
    expect(validatePlan(edited)).toEqual([]);
    // Other weeks and the input plan are untouched.
    expect(edited.weeks[2]).toBe(PLAN.weeks[2]);
    expect((day(PLAN, '2027-01-26').sessions[0] as RunSession).distanceKm).toBe(7.6);
  });

  it('leaves the verdict to the validator: a longer run here ramps week 2 past +10 %', () => {
    const edited = editSession(PLAN, '2027-01-26', 0, { change: 'distance', distanceKm: 8.5 });
    expect(edited.weeks[1]!.runKm).toBe(28);
    expect(rules(edited)).toEqual(['volume-ramp']);
  });

  it('turns minutes into distance at the run’s own pace', () => {
    // 49 min for 8.4 km; 40 min at that pace is 6.9 km.
    const edited = editSession(PLAN, '2027-01-30', 0, { change: 'duration', durationMin: 40 });
    const run = day(edited, '2027-01-30').sessions[0] as RunSession;
    expect(run).toMatchObject({ type: 'long', distanceKm: 6.9, durationMin: 41 });
  });

  it('changes a lift’s sets and its minutes with them', () => {
    const edited = editSession(PLAN, '2027-01-25', 1, {
      change: 'sets',
      sets: { 'back-squat': 3 },
    });
    const lift = day(edited, '2027-01-25').sessions[1] as StrengthSession;
    const squat = lift.exercises.find((e) => e.id === 'back-squat')!;
    expect(squat.sets).toBe(3);
    // One set fewer: its work and the rest after it come off, to the whole minute.
    const before = day(PLAN, '2027-01-25').sessions[1] as StrengthSession;
    const secPerSet = STRENGTH_RULES.workSecPerSet + squat.restSec;
    expect(before.durationMin - lift.durationMin).toBe(Math.round(secPerSet / 60));
    expect(lift.durationMin).toBe(36);
    expect(edited.weeks[1]!.strengthSets).toBe(38);
    expect(validatePlan(edited)).toEqual([]);
  });

  it('lets the dose and duration rules judge a lift given too much', () => {
    const edited = editSession(PLAN, '2027-01-25', 1, {
      change: 'sets',
      sets: { 'back-squat': 5 },
    });
    expect(rules(edited).sort()).toEqual(['strength-dose', 'strength-duration']);
  });

  it('skips a session: the day may become a rest day, the week recounts', () => {
    const noLift = editSession(PLAN, '2027-01-28', 1, { change: 'skip' });
    expect(day(noLift, '2027-01-28').sessions.map((s) => s.kind)).toEqual(['run']);
    expect(noLift.weeks[1]!.strengthSets).toBe(27);
    expect(validatePlan(noLift)).toEqual([]);

    const noAccessory = editSession(PLAN, '2027-01-29', 0, { change: 'skip' });
    expect(day(noAccessory, '2027-01-29')).toMatchObject({ rest: true, sessions: [] });
    expect(day(noAccessory, '2027-01-29').fuel.dayType).toBe('rest');

    const noLongRun = editSession(PLAN, '2027-01-30', 0, { change: 'skip' });
    expect(noLongRun.weeks[1]!.runKm).toBe(18.7);
    expect(rules(noLongRun)).toContain('long-run');
  });

  it('names the field when the change does not fit the session', () => {
    const fails = (date: string, index: number, edit: Parameters<typeof editSession>[3]) => {
      try {
        editSession(PLAN, date, index, edit);
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        return [(e as InputError).field, (e as InputError).message];
      }
      throw new Error('no error');
    };
    expect(fails('2027-01-26', 1, { change: 'distance', distanceKm: 5 })[0]).toBe('distanceKm');
    expect(fails('2027-01-26', 0, { change: 'sets', sets: { row: 3 } })[0]).toBe('sets');
    expect(fails('2027-01-26', 1, { change: 'sets', sets: { squat: 3 } })).toEqual([
      'sets',
      'sets.squat: not in Upper body push/pull; its exercises are bench-press, row, dead-bug, dumbbell-shoulder-press',
    ]);
    expect(fails('2027-01-26', 1, { change: 'sets', sets: { row: 0 } })[0]).toBe('sets');
    expect(fails('2027-01-26', 1, { change: 'sets', sets: { row: 2.5 } })[0]).toBe('sets');
    expect(fails('2027-01-26', 0, { change: 'distance', distanceKm: 1 })).toEqual([
      'distanceKm',
      'distanceKm: 1.0 km is too short for this easy run, with its warm-up and cool-down',
    ]);
    expect(fails('2027-01-26', 0, { change: 'distance', distanceKm: 61 })[0]).toBe('distanceKm');
    expect(fails('2027-01-26', 0, { change: 'duration', durationMin: 0 })[0]).toBe('durationMin');
    const raceDay = PLAN.race.date;
    expect(fails(raceDay, 0, { change: 'distance', distanceKm: 12 })).toEqual([
      'distanceKm',
      'distanceKm: the race keeps its distance',
    ]);
    expect(fails('2027-01-27', 0, { change: 'skip' })).toEqual([
      'index',
      'index 0: 2027-01-27 holds no sessions',
    ]);
    expect(fails('2020-01-01', 0, { change: 'skip' })[0]).toBe('date');
  });

  it('skipping any session removes exactly it and keeps every week’s totals true', () => {
    const all = PLAN.weeks.flatMap((w) =>
      w.days.flatMap((d) => d.sessions.map((_, index) => ({ date: d.date, index }))),
    );
    const count = (p: Plan) => p.weeks.flatMap((w) => w.days).flatMap((d) => d.sessions).length;
    fc.assert(
      fc.property(fc.constantFrom(...all), ({ date, index }) => {
        const edited = editSession(PLAN, date, index, { change: 'skip' });
        expect(count(edited)).toBe(count(PLAN) - 1);
        expect(day(edited, date).sessions).toEqual(
          day(PLAN, date).sessions.filter((_, i) => i !== index),
        );
        // The week totals the validator recounts still agree with the days.
        expect(rules(edited)).not.toContain('calendar');
        for (const w of edited.weeks) {
          const km = w.days
            .flatMap((d) => d.sessions)
            .reduce((t, s) => t + (s.kind === 'run' && s.type !== 'race' ? s.distanceKm : 0), 0);
          expect(w.runKm).toBeCloseTo(km, 1);
        }
      }),
      { numRuns: 60 },
    );
  });
});
