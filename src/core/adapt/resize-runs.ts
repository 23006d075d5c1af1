// Scaling a week's running to a new size: easy, recovery, long and strides runs are rebuilt
// shorter through the workout library; workouts and the race keep their shape.
import type { PlanDay, PlanWeek, Session } from '../plan/types.js';
import { runKmOf } from '../rules/validate.js';
import {
  afterLegDay,
  FLEXIBLE_RUNS,
  isFullWeek,
  type Rebuild,
  runAgain,
  settleDay,
  settleTotals,
  withWhy,
} from './rebuild.js';

/** The shortest easy or long run the library builds; shorter easy runs are left out. */
const SHORTEST_STEADY_KM = 3;
const TRIES = 6;
/** Kept clear of the ceiling so rounding the week's total cannot cross it. */
const MARGIN_KM = 0.2;

const isFlexible = (s: Session) => s.kind === 'run' && FLEXIBLE_RUNS.has(s.type);

/**
 * The week with its easy and long running scaled towards targetKm and never above maxKm, each
 * rebuilt run's why ending with the note. Undefined when even the shortest easy running leaves the
 * week above maxKm. `yesterday` finds the day before a date (across weeks), for the leg-day cue.
 */
export function resizeRuns(
  ctx: Rebuild,
  pos: number,
  week: PlanWeek,
  targetKm: number,
  maxKm: number,
  note: string,
  yesterday: (date: string) => PlanDay | undefined,
): PlanWeek | undefined {
  const runsKm = (keep: (s: Session) => boolean) =>
    week.days.reduce((t, d) => t + runKmOf({ ...d, sessions: d.sessions.filter(keep) }), 0);
  const fixedKm = runsKm((s) => !isFlexible(s));
  const flexKm = runsKm(isFlexible);
  if (flexKm === 0) return fixedKm <= maxKm ? week : undefined;

  let scale = Math.min(1, Math.max(0, (targetKm - fixedKm) / flexKm));
  for (let i = 0; i < TRIES; i++) {
    const days = week.days.map((day) => {
      if (!day.sessions.some(isFlexible)) return day;
      const sessions = day.sessions.flatMap((s): Session[] => {
        if (s.kind !== 'run' || !isFlexible(s)) return [s];
        // Only a full week needs its long run (the long-run rule); elsewhere it may go like any other.
        const keep = s.type === 'long' && isFullWeek(week);
        const km = Math.max(s.distanceKm * scale, keep ? SHORTEST_STEADY_KM : 0);
        const run = runAgain(ctx, pos, week, s.type, km);
        return run ? [afterLegDay(withWhy(run, note), yesterday(day.date))] : [];
      });
      return settleDay(ctx, { ...day, sessions });
    });
    const resized = settleTotals({ ...week, days });
    if (resized.runKm <= maxKm) return resized;
    const builtFlexKm = resized.runKm - fixedKm;
    if (builtFlexKm <= 0 || scale === 0) return undefined;
    scale = Math.max(0, (scale * (maxKm - fixedKm - MARGIN_KM)) / builtFlexKm);
  }
  return undefined;
}
