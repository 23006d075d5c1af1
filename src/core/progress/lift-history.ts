// One lift's history out of whole-session logs: the storage LiftLog (app/ports.ts) fits
// LiftLogInput, and nextLoad reads the result.
export interface LoggedSet {
  reps: number;
  loadKg: number;
  /** Reps in reserve the lifter reported; absent when not logged. */
  rir?: number;
}

/** The sets of one exercise on one day. */
export interface LiftSessionLog {
  date: string;
  sets: LoggedSet[];
}

export interface LiftLogInput {
  date: string;
  sets: readonly (LoggedSet & { exercise: string })[];
}

/** The sessions that hold the exercise, oldest first (logs of one day keep their given order). */
export function liftHistory(logs: readonly LiftLogInput[], exercise: string): LiftSessionLog[] {
  return logs
    .map((log) => ({
      date: log.date,
      sets: log.sets
        .filter((s) => s.exercise === exercise)
        .map(({ reps, loadKg, rir }) => ({ reps, loadKg, ...(rir !== undefined && { rir }) })),
    }))
    .filter((s) => s.sets.length > 0)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
