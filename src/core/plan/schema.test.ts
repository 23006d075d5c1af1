import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { parsePlan } from './schema.js';
import type { Plan } from './types.js';

// Tests may read files; the schema itself stays pure.
const sampleText = readFileSync(
  new URL('../../../test/fixtures/sample-plan.json', import.meta.url),
  'utf8',
);
const sample = (): Plan => JSON.parse(sampleText);

/** The InputError parsePlan throws for this JSON (fails the test if it does not throw). */
function problem(json: unknown): InputError {
  try {
    parsePlan(json);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected parsePlan to reject the plan');
}

function firstRun(plan: Plan, weekIndex: number, dayIndex: number) {
  const session = plan.weeks[weekIndex]!.days[dayIndex]!.sessions[0]!;
  if (session.kind !== 'run') throw new Error('fixture changed: expected a run first');
  return session;
}

describe('parsePlan', () => {
  it('accepts the sample plan unchanged', () => {
    expect(parsePlan(sample())).toEqual(sample());
  });

  it('names the JSON path of a malformed date', () => {
    const plan = sample();
    plan.weeks[1]!.days[0]!.date = '2026-3-9';
    const error = problem(plan);
    expect(error.message).toBe('weeks[1].days[0].date: expected YYYY-MM-DD');
    expect(error.field).toBe('weeks[1].days[0].date');
    expect(error.name).toBe('InputError');
  });

  it('rejects a date that is not on the calendar', () => {
    const plan = sample();
    plan.race.date = '2026-02-29';
    expect(problem(plan).message).toBe('race.date: expected YYYY-MM-DD');
  });

  it('rejects a weekday that does not match the date', () => {
    const plan = sample();
    plan.weeks[0]!.days[2]!.weekday = 'tue'; // 2026-03-04 is a Wednesday
    expect(problem(plan).message).toBe('weeks[0].days[2].weekday: expected the weekday of date');
  });

  it('rejects another format version', () => {
    expect(problem({ ...sample(), version: 2 }).message).toMatch(/^version: expected 1\b/);
  });

  it('reports the first problem in document order', () => {
    const plan = sample();
    plan.weeks[0]!.runKm = -1;
    plan.weeks[1]!.days[3]!.fuel.kcal = -5;
    expect(problem(plan).field).toBe('weeks[0].runKm');
  });

  it('names the root when the input is not an object', () => {
    expect(problem(null).message).toMatch(/^plan: /);
    expect(problem('{}').field).toBe('plan');
  });

  it('needs weeks or a race date in the input', () => {
    const plan = sample();
    delete plan.input.raceDate;
    expect(problem(plan).message).toBe('input.weeks: expected weeks or raceDate');
    expect(() => parsePlan({ ...plan, input: { ...plan.input, weeks: 12 } })).not.toThrow();
    expect(problem({ ...plan, input: { ...plan.input, weeks: 30 } }).field).toBe('input.weeks');
  });

  it('needs exactly one of durationSec and distanceM on a step', () => {
    const plan = sample();
    const step = firstRun(plan, 0, 0).steps[0]!;
    Object.assign(step, { durationSec: 600 });
    expect(problem(plan).message).toBe(
      'weeks[0].days[0].sessions[0].steps[0].durationSec: expected exactly one of durationSec or distanceM',
    );
  });

  it('looks inside a repeat for the faulty step', () => {
    const plan = sample();
    const repeat = firstRun(plan, 0, 1).steps[1]!; // hill sprints: 8 × (sprint, walk down)
    if (!('repeat' in repeat)) throw new Error('fixture changed: expected a repeat');
    repeat.steps[1]!.durationSec = -90;
    expect(problem(plan).field).toBe('weeks[0].days[1].sessions[0].steps[1].steps[1].durationSec');
  });

  it('wants pace ranges as [fast, slow]', () => {
    const plan = sample();
    plan.paces.easySecPerKm = [362, 322];
    expect(problem(plan).message).toBe(
      'paces.easySecPerKm: expected [fast, slow]: fast (fewer s/km) first',
    );
  });

  it('wants rep ranges as [low, high]', () => {
    const plan = sample();
    const session = plan.weeks[0]!.days[0]!.sessions[1]!;
    if (session.kind !== 'strength') throw new Error('fixture changed: expected strength');
    session.exercises[2]!.reps = [12, 8];
    expect(problem(plan).field).toBe('weeks[0].days[0].sessions[1].exercises[2].reps');
  });

  it('rejects an unknown session kind at its kind field', () => {
    const plan = sample();
    Object.assign(plan.weeks[0]!.days[6]!.sessions[0]!, { kind: 'yoga' });
    expect(problem(plan).field).toBe('weeks[0].days[6].sessions[0].kind');
  });

  it('ignores fields it does not know, so newer writers stay readable', () => {
    const parsed = parsePlan({ ...sample(), generatedBy: 'a later version' });
    expect(parsed).not.toHaveProperty('generatedBy');
  });

  it('names any corrupted day date by its path', () => {
    const dayCount = sample().weeks.map((w) => w.days.length);
    const notIsoShaped = fc.string({ maxLength: 12 }).filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s));
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: dayCount.length - 1 })
          .chain((w) =>
            fc.tuple(fc.constant(w), fc.integer({ min: 0, max: dayCount[w]! - 1 }), notIsoShaped),
          ),
        ([w, d, date]) => {
          const plan = sample();
          plan.weeks[w]!.days[d]!.date = date;
          expect(problem(plan).message).toBe(`weeks[${w}].days[${d}].date: expected YYYY-MM-DD`);
        },
      ),
    );
  });
});
