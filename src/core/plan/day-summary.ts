// The brief form of a planned day, for overviews of many days (the calendar): a month of full
// days is some 45 KB of steps, exercises, reasons and meal timing that a month grid never shows.
import type { PlanDay, PlanDaySummary, Session, SessionSummary } from './types.js';

function summarizeSession(session: Session): SessionSummary {
  const { kind, title, durationMin } = session;
  switch (session.kind) {
    case 'run': {
      const { type, hard, distanceKm } = session;
      return { kind, title, durationMin, type, hard, distanceKm };
    }
    case 'strength':
      return { kind, title, durationMin, focus: session.focus, heavy: session.heavy };
    default:
      return { kind, title, durationMin };
  }
}

export function summarizeDay(day: PlanDay): PlanDaySummary {
  const { dayType, kcal, proteinG, carbsG, fatG } = day.fuel;
  return {
    date: day.date,
    weekday: day.weekday,
    rest: day.rest,
    sessions: day.sessions.map(summarizeSession),
    fuel: { dayType, kcal, proteinG, carbsG, fatG },
  };
}
