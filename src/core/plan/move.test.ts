import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REFERENCE_PLAN as PLAN } from '../adapt/plan.fixture.js';
import { InputError } from '../errors.js';
import { validatePlan } from '../rules/validate.js';
import { moveSession } from './move.js';

const week2 = PLAN.weeks[1]!;
const day = (plan: typeof PLAN, date: string) =>
  plan.weeks.flatMap((w) => w.days).find((d) => d.date === date)!;

describe('moveSession', () => {
  it('starts from a plan that passes the validator', () => {
    expect(validatePlan(PLAN)).toEqual([]);
  });

  it("refuses, through the validator, leg work the day before Thursday's tempo", () => {
    // Thursday 28 January holds the tempo run, then the full-body lift with squats.
    const thu = day(PLAN, '2027-01-28');
    expect(thu.sessions.map((s) => s.kind)).toEqual(['run', 'strength']);
    const moved = moveSession(PLAN, '2027-01-28', 1, '2027-01-27');
    const broken = validatePlan(moved).map((v) => v.rule);
    expect(broken).toContain('legs-before-hard');
  });

  it('moves the upper-body lift from Tuesday to Friday and the plan still passes', () => {
    const moved = moveSession(PLAN, '2027-01-26', 1, '2027-01-29');
    expect(validatePlan(moved)).toEqual([]);
    const tue = day(moved, '2027-01-26');
    const fri = day(moved, '2027-01-29');
    expect(tue.sessions.map((s) => s.kind)).toEqual(['run']);
    expect(fri.sessions.at(-1)).toEqual(day(PLAN, '2027-01-26').sessions[1]);
    // Less training on Tuesday, more on Friday: the fuel follows.
    expect(tue.fuel.kcal).toBeLessThan(day(PLAN, '2027-01-26').fuel.kcal);
    expect(fri.fuel.kcal).toBeGreaterThan(day(PLAN, '2027-01-29').fuel.kcal);
    // The input plan is untouched.
    expect(day(PLAN, '2027-01-26').sessions).toHaveLength(2);
  });

  it('marks a day emptied of training as rest and recounts the week', () => {
    // Saturday's long run onto Sunday: Saturday rests, the week keeps its kilometres.
    const moved = moveSession(PLAN, '2027-01-30', 0, '2027-01-31');
    expect(day(moved, '2027-01-30').rest).toBe(true);
    expect(day(moved, '2027-01-31').rest).toBe(false);
    expect(moved.weeks[1]!.runKm).toBe(week2.runKm);
    expect(validatePlan(moved).map((v) => v.rule)).toContain('long-run');
  });

  it('names the field at fault for a date outside the plan or a missing session', () => {
    expect(() => moveSession(PLAN, '2020-01-01', 0, '2027-01-29')).toThrow(InputError);
    expect(() => moveSession(PLAN, '2027-01-26', 0, '2030-01-01')).toThrow(/to "2030-01-01"/);
    expect(() => moveSession(PLAN, '2027-01-27', 0, '2027-01-29')).toThrow(/index 0/);
  });

  it('keeps the session count and total kilometres whatever moves where', () => {
    const dates = PLAN.weeks.flatMap((w) => w.days.map((d) => d.date));
    const count = (p: typeof PLAN) => p.weeks.flatMap((w) => w.days).flatMap((d) => d.sessions);
    const km = (p: typeof PLAN) => p.weeks.reduce((t, w) => t + w.runKm, 0);
    fc.assert(
      fc.property(
        fc.constantFrom(...dates.filter((d) => day(PLAN, d).sessions.length > 0)),
        fc.constantFrom(...dates),
        (from, to) => {
          const moved = moveSession(PLAN, from, 0, to);
          expect(count(moved)).toHaveLength(count(PLAN).length);
          expect(km(moved)).toBeCloseTo(km(PLAN), 0);
        },
      ),
      { numRuns: 50 },
    );
  });
});
