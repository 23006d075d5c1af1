// The week that adapts: a plan and what the athlete logged up to asOf in, a new plan and the list
// of changes out. asOf is the latest date of the data (never the server's clock); nothing dated
// after it counts. The input plan is never changed. Rules (docs/adaptation.md):
//   1. Missed sessions of the current week are listed, not moved.
//   2. Lagging recovery (readiness.ts) or an acute:chronic load ratio above 1.5 makes the next
//      week lighter (lighten-week.ts).
//   3. Open pain takes hard runs and leg lifting out from asOf on (pause-for-pain.ts).
//   4. Later weeks are trimmed where those changes would break a volume rule (repair.ts).
import { addDays, parseIsoDate } from '../dates/calendar.js';
import { ACWR_SPIKE, acwr } from '../load/acwr.js';
import type { DailyLoad } from '../load/daily-load.js';
import type { Plan, PlanDay } from '../plan/types.js';
import type { CheckInInput } from '../recovery/check-in.js';
import { painActive } from '../recovery/pain.js';
import { readiness } from '../recovery/readiness.js';
import { type Change, changedSummary, type WeekNotes } from './change.js';
import { lightenWeek } from './lighten-week.js';
import { type DoneSession, missedSessions } from './missed.js';
import { pauseForPain } from './pause-for-pain.js';
import { rebuildContext } from './rebuild.js';
import { keepVolumeRules } from './repair.js';
import {
  type ActivityInput,
  type LiftLoadInput,
  loggedDailyLoads,
  type RunLogInput,
} from './training-load.js';

/** What the service passes: plain arrays of the stored records (app/ports.ts fits these shapes). */
export interface AdaptData {
  checkIns: readonly CheckInInput[];
  runLogs: readonly RunLogInput[];
  liftLogs: readonly LiftLoadInput[];
  /** Imported activities not already in the logs. */
  activities?: readonly ActivityInput[];
  /** Daily loads worked out elsewhere; when given they replace the loads from logs and activities. */
  loads?: readonly DailyLoad[];
}

export interface Adapted {
  plan: Plan;
  changes: Change[];
}

const upTo = <T extends { date: string }>(list: readonly T[] | undefined, asOf: string) =>
  (list ?? []).filter((x) => x.date <= asOf);

function loadReason(data: AdaptData, asOf: string): string | undefined {
  const loads = data.loads
    ? upTo(data.loads, asOf)
    : loggedDailyLoads(
        upTo(data.runLogs, asOf),
        upTo(data.liftLogs, asOf),
        upTo(data.activities, asOf),
      );
  if (loads.length === 0) return undefined;
  const ratio = acwr(loads, asOf);
  if (!ratio || ratio.ratio <= ACWR_SPIKE) return undefined;
  return `Your training load over the last 7 days is ${ratio.ratio.toFixed(1)} times your 4-week average (above ${ACWR_SPIKE})`;
}

export function adaptPlan(plan: Plan, data: AdaptData, asOf: string): Adapted {
  parseIsoDate(asOf, 'asOf');
  const ctx = rebuildContext(plan);
  // Weeks are replaced, never changed in place, so unchanged weeks stay the input's own objects.
  const weeks = [...plan.weeks];
  const yesterday = (date: string): PlanDay | undefined => {
    const before = addDays(date, -1);
    for (const w of weeks) for (const d of w.days) if (d.date === before) return d;
    return undefined;
  };
  const changes: Change[] = [];
  const notes: WeekNotes = new Map();
  const pos = weeks.findIndex((w) => w.days[0]!.date <= asOf && asOf <= w.days.at(-1)!.date);

  if (pos >= 0) {
    const done: DoneSession[] = [
      ...upTo(data.runLogs, asOf).map((r) => ({ date: r.date, kind: 'run' as const })),
      ...upTo(data.liftLogs, asOf).map((l) => ({ date: l.date, kind: 'strength' as const })),
      ...upTo(data.activities, asOf).map(
        (a): DoneSession => ({
          date: a.date,
          kind: a.kind === 'run' || a.kind === 'strength' ? a.kind : 'other',
        }),
      ),
    ];
    changes.push(...missedSessions(weeks[pos]!, done, asOf));
  }

  const recovery = readiness(data.checkIns, asOf);
  const reasons = [recovery.laggingReason, loadReason(data, asOf)].filter((r) => r !== undefined);
  if (reasons.length > 0 && pos >= 0 && pos + 1 < weeks.length)
    changes.push(...lightenWeek(ctx, weeks, pos + 1, reasons.join('; '), notes, yesterday));

  const pain = painActive(data.checkIns, asOf);
  const start = weeks[0]!.days[0]!.date;
  if (pain) changes.push(...pauseForPain(ctx, weeks, asOf < start ? start : asOf, pain, notes));

  changes.push(...keepVolumeRules(ctx, weeks, Math.max(pos, 0), notes, yesterday));
  for (const [at, sentences] of notes) {
    const week = weeks[at]!;
    weeks[at] = { ...week, summary: changedSummary(week, at === weeks.length - 1, sentences) };
  }
  return { plan: { ...plan, weeks }, changes };
}
