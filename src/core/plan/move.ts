// Moving one planned session to another day, as a runner does when life gets in the way. The
// move itself checks nothing beyond its input: the caller runs the validator on the result.
import { dayOf, sessionAt, withDaySessions } from './day-sessions.js';
import type { Plan } from './types.js';

/**
 * A new plan with session `index` of day `from` moved to the end of day `to`. Both days get
 * their rest flag and fuel again; their weeks' totals are recounted. The input is not changed.
 */
export function moveSession(plan: Plan, from: string, index: number, to: string): Plan {
  const { day: source, session } = sessionAt(plan, from, index, 'from');
  const target = dayOf(plan, to, 'to');
  if (from === to) return plan;
  return withDaySessions(
    plan,
    new Map([
      [from, source.sessions.filter((_, i) => i !== index)],
      [to, [...target.sessions, session]],
    ]),
  );
}
