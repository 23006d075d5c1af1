// Changing what a day holds after the plan was made (a move, an edit, a skip): the day's rest
// flag and fuel, and its week's totals, must follow its sessions as when the plan was generated.
import { InputError } from '../errors.js';
import { dayFuel } from '../fuel/index.js';
import { runKmOf, strengthSetsOf } from '../rules/validate.js';
import type { Plan, PlanDay, PlanWeek, Session } from './types.js';

/** Session `index` of the plan's day `date`; InputError naming `dateField` or 'index' if none. */
export function sessionAt(
  plan: Plan,
  date: string,
  index: number,
  dateField: string,
): { day: PlanDay; session: Session } {
  const day = dayOf(plan, date, dateField);
  const session = Number.isInteger(index) ? day.sessions[index] : undefined;
  if (!session) {
    const held = day.sessions.length;
    throw new InputError(
      held === 0
        ? `index ${index}: ${date} holds no sessions`
        : `index ${index}: ${date} holds ${held} sessions, expected 0–${held - 1}`,
      'index',
    );
  }
  return { day, session };
}

/** The plan's day `date`; InputError naming `field` when the plan has no such day. */
export function dayOf(plan: Plan, date: string, field: string): PlanDay {
  for (const week of plan.weeks) for (const day of week.days) if (day.date === date) return day;
  throw new InputError(`${field} "${date}": expected a date inside the plan`, field);
}

/**
 * A new plan in which each date of `sessionsByDate` holds those sessions. Those days get their
 * rest flag and fuel again and their weeks their totals; everything else is kept as it is, and
 * the input plan is not changed. Dates outside the plan are ignored: callers check them first.
 */
export function withDaySessions(plan: Plan, sessionsByDate: ReadonlyMap<string, Session[]>): Plan {
  const settle = (day: PlanDay, sessions: Session[]): PlanDay => ({
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
  const recount = (week: PlanWeek): PlanWeek => {
    if (!week.days.some((d) => sessionsByDate.has(d.date))) return week;
    const days = week.days.map((d) => {
      const sessions = sessionsByDate.get(d.date);
      return sessions ? settle(d, sessions) : d;
    });
    // Rounded as the generator rounds.
    const runKm = Math.round(days.reduce((t, d) => t + runKmOf(d), 0) * 10) / 10;
    return { ...week, days, runKm, strengthSets: strengthSetsOf({ ...week, days }) };
  };
  return { ...plan, weeks: plan.weeks.map(recount) };
}
