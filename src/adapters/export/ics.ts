// The plan as an iCalendar file: one all-day event per session, described in the runner's units.
// UIDs come from the date and the session's place in the day, so importing a regenerated or
// adapted plan again updates the same events instead of adding copies.
import ical, { escape as escapeText, ICalEventTransparency } from 'ical-generator';
import { addDays } from '../../core/dates/calendar.js';
import {
  describeSession,
  planTitle,
  sessionFacts,
  sessionTitle,
} from '../../core/plan/describe.js';
import type { Plan, Session, Units } from '../../core/plan/types.js';

export interface IcsOptions {
  /** Calendar name shown by calendar apps; defaults to the plan title. */
  name?: string;
  /**
   * When this export was made (DTSTAMP), as an ISO date-time. The caller passes its clock in;
   * without it the plan's first day is used, so the same plan always gives the same file.
   */
  stamp?: string;
}

/** Stable per (date, position in the day): '2026-03-03-2@runstrong'. */
export function sessionUid(date: string, sessionIndex: number): string {
  return `${date}-${sessionIndex + 1}@runstrong`;
}

function description(session: Session, units: Units): string {
  const structure = describeSession(session, units);
  return [sessionFacts(session, units), ...structure, '', `Why: ${session.why}`].join('\n');
}

/** The plan as the text of a .ics file. */
export function renderPlanIcs(plan: Plan, units: Units, opts: IcsOptions = {}): string {
  const firstDay = plan.weeks[0]?.days[0]?.date ?? plan.input.start;
  const stamp = new Date(opts.stamp ?? `${firstDay}T00:00:00Z`);
  if (Number.isNaN(stamp.getTime())) {
    throw new RangeError(`stamp "${opts.stamp}": expected an ISO date-time`);
  }
  // ical-generator writes the calendar name as given; escape it like any other text value.
  const calendar = ical({
    name: escapeText(opts.name ?? planTitle(plan), false),
    prodId: { company: 'runstrong', product: 'plan', language: 'EN' },
  });
  for (const week of plan.weeks) {
    for (const day of week.days) {
      for (const [index, session] of day.sessions.entries()) {
        calendar.createEvent({
          id: sessionUid(day.date, index),
          stamp,
          // Date-only values are written from the UTC calendar date, so midnight UTC is that day.
          start: new Date(`${day.date}T00:00:00Z`),
          end: new Date(`${addDays(day.date, 1)}T00:00:00Z`),
          allDay: true,
          summary: sessionTitle(session, units),
          description: description(session, units),
          // A training session should not mark the whole day as busy.
          transparency: ICalEventTransparency.TRANSPARENT,
        });
      }
    }
  }
  return calendar.toString();
}
