import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adaptPlan } from '../adapt/adapt-plan.js';
import { REFERENCE_PLAN as PLAN } from '../adapt/plan.fixture.js';
import { InputError } from '../errors.js';
import { validatePlan } from '../rules/validate.js';
import { applyChange, type ChangeRequest, describeChange, replayChanges } from './changes.js';
import { introducedViolations } from './introduced.js';

// Tuesday 26 January holds an easy run, then the upper-body lift; Thursday 28 the tempo run,
// then the full-body lift with squats (see move.test.ts).
const moveUpper: ChangeRequest = { kind: 'move', date: '2027-01-26', index: 1, to: '2027-01-29' };
const legsBeforeTempo: ChangeRequest = {
  kind: 'move',
  date: '2027-01-28',
  index: 1,
  to: '2027-01-27',
};
const longerTempo: ChangeRequest = {
  kind: 'edit',
  date: '2027-01-28',
  index: 0,
  edit: { change: 'duration', durationMin: 30 },
};

describe('replayChanges', () => {
  it('gives the plan the changes gave when they were made, one after another', () => {
    const changes = [describeChange(PLAN, moveUpper)];
    const afterMove = applyChange(PLAN, moveUpper);
    changes.push(describeChange(afterMove, longerTempo));
    const made = applyChange(afterMove, longerTempo);
    expect(changes.map((c) => c.title)).toEqual(['Upper body push/pull', 'Tempo 3 × 5 min']);
    expect(replayChanges(PLAN, changes)).toEqual({ plan: made, skipped: [] });
  });

  it('leaves out a change that would add a rule break, and still makes the ones after it', () => {
    const changes = [describeChange(PLAN, legsBeforeTempo), describeChange(PLAN, moveUpper)];
    const { plan, skipped } = replayChanges(PLAN, changes);
    expect(skipped).toEqual([changes[0]]);
    expect(plan).toEqual(applyChange(PLAN, moveUpper));
  });

  it('leaves out a change whose session the adaptation replaced, until it is back', () => {
    const change = describeChange(PLAN, longerTempo);
    const knee = { date: '2027-01-25', sleepHours: 8, soreness: 2, motivation: 4, fatigue: 2 };
    const paused = adaptPlan(
      PLAN,
      { checkIns: [{ ...knee, pain: 'knee' }], runLogs: [], liftLogs: [] },
      knee.date,
    ).plan;
    // The pain pause took the tempo run out: the session at that place is another one now.
    expect(replayChanges(paused, [change])).toEqual({ plan: paused, skipped: [change] });
    const fine = adaptPlan(PLAN, { checkIns: [knee], runLogs: [], liftLogs: [] }, knee.date).plan;
    expect(replayChanges(fine, [change]).skipped).toEqual([]);
  });

  it('names the field when the change points at no session', () => {
    const none: ChangeRequest = { ...moveUpper, index: 5 };
    expect(() => describeChange(PLAN, none)).toThrow(InputError);
    expect(() => describeChange(PLAN, { ...moveUpper, date: '2031-01-01' })).toThrow(/^from/);
  });

  it('never adds a rule break, whatever moves are replayed', () => {
    const dates = PLAN.weeks.flatMap((w) => w.days.map((d) => d.date));
    const request = fc.record({
      kind: fc.constant('move' as const),
      date: fc.constantFrom(...dates),
      index: fc.nat(2),
      to: fc.constantFrom(...dates),
    });
    fc.assert(
      fc.property(fc.array(request, { maxLength: 6 }), (requests) => {
        // Titles as if each change had been made to the plan itself.
        const changes = requests.flatMap((r) => {
          try {
            return [describeChange(PLAN, r)];
          } catch {
            return [];
          }
        });
        const { plan, skipped } = replayChanges(PLAN, changes);
        expect(introducedViolations(validatePlan(PLAN), validatePlan(plan))).toEqual([]);
        expect(skipped.every((c) => changes.includes(c))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
