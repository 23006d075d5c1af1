import { describe, expect, it } from 'vitest';
import { REFERENCE_PLAN as PLAN } from '../adapt/plan.fixture.js';
import { type Violation, validatePlan } from '../rules/validate.js';
import { editSession } from './edit.js';
import { introducedViolations } from './introduced.js';
import { moveSession } from './move.js';

const v = (rule: Violation['rule'], week?: number, date?: string, message = 'x'): Violation => ({
  rule,
  message,
  ...(week !== undefined && { week }),
  ...(date !== undefined && { date }),
});

describe('introducedViolations', () => {
  it('finds nothing new when nothing changed', () => {
    const same = [v('long-run', 2), v('why', 3, '2027-02-01')];
    expect(introducedViolations(same, same)).toEqual([]);
    expect(introducedViolations([], [])).toEqual([]);
  });

  it('returns a break at a rule, week or day that had none', () => {
    const before = [v('long-run', 2)];
    expect(introducedViolations(before, [v('long-run', 2), v('long-run', 3)])).toEqual([
      v('long-run', 3),
    ]);
    expect(introducedViolations(before, [v('volume-ramp', 2)])).toEqual([v('volume-ramp', 2)]);
    expect(introducedViolations([v('why', 2, '2027-01-25')], [v('why', 2, '2027-01-26')])).toEqual([
      v('why', 2, '2027-01-26'),
    ]);
  });

  it('counts breaks per place: a second one where there was one is new', () => {
    const one = v('strength-dose', 2, '2027-01-25', 'Back squat');
    const two = v('strength-dose', 2, '2027-01-25', 'Bench press');
    expect(introducedViolations([one], [one, two])).toEqual([two]);
  });

  it('ignores a changed message at the same place, and breaks that went away', () => {
    const before = [v('volume-cap', 5, undefined, '41 km planned'), v('taper', 11)];
    expect(introducedViolations(before, [v('volume-cap', 5, undefined, '42 km planned')])).toEqual(
      [],
    );
  });

  it('lets a plan that already breaks a rule be edited elsewhere', () => {
    // The long run moved off Saturday breaks the long-run rule on Sunday.
    const broken = moveSession(PLAN, '2027-01-30', 0, '2027-01-31');
    const before = validatePlan(broken);
    expect(before.map((x) => [x.rule, x.week, x.date])).toEqual([['long-run', 2, '2027-01-31']]);
    // A lift in week 3 loses a set: still broken in week 2, nothing new.
    const edited = editSession(broken, '2027-02-01', 1, {
      change: 'sets',
      sets: { 'calf-raise': 2 },
    });
    expect(validatePlan(edited)).toEqual(before);
    expect(introducedViolations(before, validatePlan(edited))).toEqual([]);
    // Skipping week 3's long run adds a break of its own.
    const worse = editSession(broken, '2027-02-06', 0, { change: 'skip' });
    expect(
      introducedViolations(before, validatePlan(worse)).map((x) => [x.rule, x.week]),
    ).toContainEqual(['long-run', 3]);
  });
});
