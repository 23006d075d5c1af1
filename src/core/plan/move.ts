// Moving one planned session to another day, as a runner does when life gets in the way. The
// move itself checks nothing beyond its input: the caller runs the validator on the result.
import { InputError } from '../errors.js';
import { dayFuel } from '../fuel/index.js';
import { runKmOf, strengthSetsOf } from '../rules/validate.js';
import type { Plan, PlanDay, PlanWeek } from './types.js';

/**
 * A new plan with session `index` of day `from` moved to the end of day `to`. Both days get
 * their rest flag and fuel again; every week's totals are recounted. The input is not changed.
 */
export function moveSession(plan: Plan, from: string, index: number, to: string): Plan {
  const days = plan.weeks.flatMap((w) => w.days);
  const source = days.find((d) => d.date === from);
  if (!source) throw new InputError(`from "${from}": expected a date inside the plan`, 'from');
  if (!days.some((d) => d.date === to)) {
    throw new InputError(`to "${to}": expected a date inside the plan`, 'to');
  }
  const session = Number.isInteger(index) ? source.sessions[index] : undefined;
  if (!session) {
    throw new InputError(
      `index ${index}: ${from} holds ${source.sessions.length} sessions, expected 0–${source.sessions.length - 1}`,
      'index',
    );
  }
  if (from === to) return plan;

  const settle = (day: PlanDay, sessions: PlanDay['sessions']): PlanDay => ({
    ...day,
    sessions,
    rest: !sessions.some((s) => s.kind === 'run' || s.kind === 'strength'),
    fuel: dayFuel({
      basis: plan.fuelBasis,
      body: plan.input.body,
      focus: plan.input.focus,
      sessions,
      heat: !!plan.input.heat,
    }),
  });
  const moved = (day: PlanDay): PlanDay => {
    if (day.date === from)
      return settle(
        day,
        day.sessions.filter((_, i) => i !== index),
      );
    if (day.date === to) return settle(day, [...day.sessions, session]);
    return day;
  };
  const recount = (week: PlanWeek): PlanWeek => {
    const days = week.days.map(moved);
    const next = { ...week, days };
    // Rounded as the generator rounds, so an untouched week keeps its figure.
    const runKm = Math.round(days.reduce((t, d) => t + runKmOf(d), 0) * 10) / 10;
    return { ...next, runKm, strengthSets: strengthSetsOf(next) };
  };
  return { ...plan, weeks: plan.weeks.map(recount) };
}
