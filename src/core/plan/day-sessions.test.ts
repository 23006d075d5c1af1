import { describe, expect, it } from 'vitest';
import { REFERENCE_PLAN as PLAN } from '../adapt/plan.fixture.js';
import { InputError } from '../errors.js';
import { dayOf, sessionAt, withDaySessions } from './day-sessions.js';

describe('withDaySessions', () => {
  it('settles the changed days and their weeks, and leaves every other week as it was', () => {
    // Week 2's Tuesday keeps only its lift: no run, so 7.6 km off the week and less fuel.
    const tuesday = dayOf(PLAN, '2027-01-26', 'date');
    const changed = withDaySessions(PLAN, new Map([['2027-01-26', tuesday.sessions.slice(1)]]));
    const after = dayOf(changed, '2027-01-26', 'date');
    expect(after.sessions).toEqual(tuesday.sessions.slice(1));
    expect(after.rest).toBe(false);
    expect(after.fuel.kcal).toBeLessThan(tuesday.fuel.kcal);
    expect(changed.weeks[1]!.runKm).toBe(19.5);
    expect(changed.weeks[1]!.strengthSets).toBe(PLAN.weeks[1]!.strengthSets);
    changed.weeks.forEach((w, i) => {
      if (i !== 1) expect(w).toBe(PLAN.weeks[i]);
    });

    const emptied = withDaySessions(PLAN, new Map([['2027-01-26', []]]));
    expect(dayOf(emptied, '2027-01-26', 'date')).toMatchObject({ rest: true, sessions: [] });
    // The upper-body lift held 4 + 4 + 3 + 3 sets.
    expect(emptied.weeks[1]!.strengthSets).toBe(PLAN.weeks[1]!.strengthSets - 14);
  });
});

describe('sessionAt', () => {
  it('finds a session or names the field at fault', () => {
    expect(sessionAt(PLAN, '2027-01-26', 1, 'date').session.kind).toBe('strength');
    expect(() => sessionAt(PLAN, '2030-01-01', 0, 'from')).toThrow(
      new InputError('from "2030-01-01": expected a date inside the plan', 'from'),
    );
    expect(() => sessionAt(PLAN, '2027-01-26', 2, 'date')).toThrow(
      'index 2: 2027-01-26 holds 2 sessions, expected 0–1',
    );
    expect(() => sessionAt(PLAN, '2027-01-26', 0.5, 'date')).toThrow(/index 0.5/);
  });
});
