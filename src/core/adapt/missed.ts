// Missed sessions: planned runs and lifts of the current week, before asOf, with nothing of that
// kind logged that day. Nothing is moved: squeezing a missed session into the days left would
// stack hard days and break the spacing rules, so the rest of the week stays as planned.
import type { PlanWeek } from '../plan/types.js';
import type { Change } from './change.js';

/** What a done session needs for matching: the storage logs and imported activities fit. */
export interface DoneSession {
  date: string;
  kind: 'run' | 'strength' | 'other';
}

export function missedSessions(
  week: PlanWeek,
  done: readonly DoneSession[],
  asOf: string,
): Change[] {
  const doneOn = new Set(done.map((d) => `${d.date}|${d.kind}`));
  return week.days
    .filter((day) => day.date < asOf)
    .flatMap((day) =>
      day.sessions
        .filter(
          (s) =>
            (s.kind === 'run' || s.kind === 'strength') && !doneOn.has(`${day.date}|${s.kind}`),
        )
        .map(
          (s): Change => ({
            date: day.date,
            kind: 'missed',
            what: `Missed: ${s.title}`,
            why: 'Not moved to another day: fitting it into the days left would stack hard work. The rest of the week stays as planned; pick up from the next session.',
          }),
        ),
    );
}
