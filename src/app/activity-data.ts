// Imported activities in the shapes the load and progress cores read, next to the logs. Plumbing
// only: which field goes where; every figure is computed in the core.
//
// A Garmin strength activity is also stored as a lift log under the same id (import-files.ts);
// wherever logs and activities are counted together, such an activity counts once, as its log.
import { type ActivityInput, loggedDailyLoads } from '../core/adapt/training-load.js';
import type { DailyLoad, SessionKind, VolumeEntry } from '../core/load/index.js';
import { sessionLoad } from '../core/load/index.js';
import type { Sex } from '../core/plan/types.js';
import type { DoneSession } from '../core/progress/index.js';
import type { ActivityHeader, CalendarRange, LiftSet } from './ports.js';
import { doneSessions, doneVolumeEntries } from './training-data.js';

/** What the load estimate may use when an activity has no RPE. */
export interface LoadContext {
  restHr?: number;
  maxHr?: number;
  sex?: Sex;
}

/** One activity as lists show it (`runstrong activities --json`, GET …/activities). */
export interface ActivityView {
  id: string;
  sport: string;
  /** The name it was given, when the file or its export had one. */
  title?: string;
  /** ISO 8601 UTC. */
  start: string;
  date: string;
  distanceKm: number;
  movingTimeSec: number;
  elapsedTimeSec: number;
  avgHr?: number;
  maxHr?: number;
  elevationGainM: number;
  /** Session-RPE units (docs/load.md). */
  load: number;
  partial: boolean;
  partialReason?: string;
  plannedDate?: string;
  sets: LiftSet[];
}

/**
 * The session kind an activity counts as: runs and strength as themselves; every other sport
 * (rides, swims, walks, unnamed tracks) as cross-training.
 */
export function activityKind(sport: string): SessionKind {
  if (sport === 'run') return 'run';
  if (sport === 'strength') return 'strength';
  return 'cross';
}

/**
 * Minutes the session counts for: moving time, except where nothing moves (lifting, or a file
 * without speed or distance), which counts its elapsed time.
 */
export function sessionMin(a: Pick<ActivityHeader, 'sport' | 'summary'>): number {
  const { movingTimeSec, elapsedTimeSec } = a.summary;
  return (a.sport === 'strength' || movingTimeSec === 0 ? elapsedTimeSec : movingTimeSec) / 60;
}

/** RPE × minutes when the file's summary has one, else heart rate, else the type table. */
export function activityLoad(a: ActivityHeader, context: LoadContext = {}): number {
  const kind = activityKind(a.sport);
  if (a.summary.srpeLoad !== undefined) return a.summary.srpeLoad;
  const { restHr, maxHr, sex } = context;
  const avgHr = a.summary.avgHr;
  const hrUsable =
    avgHr !== undefined &&
    restHr !== undefined &&
    maxHr !== undefined &&
    avgHr > restHr &&
    avgHr <= maxHr;
  return sessionLoad({
    kind,
    durationMin: sessionMin(a),
    ...(hrUsable && { avgHr, restHr, maxHr }),
    ...(sex !== undefined && { sex }),
  }).load;
}

export function activityView(
  a: ActivityHeader,
  sets: readonly LiftSet[],
  context?: LoadContext,
): ActivityView {
  const s = a.summary;
  return {
    id: a.id,
    sport: a.sport,
    ...(a.title !== undefined && { title: a.title }),
    start: a.startTime,
    date: a.date,
    distanceKm: s.distanceKm,
    movingTimeSec: s.movingTimeSec,
    elapsedTimeSec: s.elapsedTimeSec,
    ...(s.avgHr !== undefined && { avgHr: s.avgHr }),
    ...(s.maxHr !== undefined && { maxHr: s.maxHr }),
    elevationGainM: s.elevationGainM,
    load: activityLoad(a, context),
    partial: a.partialReason !== undefined,
    ...(a.partialReason !== undefined && { partialReason: a.partialReason }),
    ...(a.plannedDate !== undefined && { plannedDate: a.plannedDate }),
    sets: [...sets],
  };
}

/** The activities not already counted as a lift log. */
function ownActivities(range: Pick<CalendarRange, 'lifts' | 'activities'>): ActivityHeader[] {
  const logged = new Set(range.lifts.map((l) => l.id));
  return range.activities.filter((a) => !logged.has(a.id));
}

/** Logs and activities as done sessions for planned-vs-done matching. */
export function doneSessionsOf(range: Omit<CalendarRange, 'planned'>): DoneSession[] {
  return [
    ...doneSessions(range),
    ...ownActivities(range).map(
      (a): DoneSession => ({
        id: a.id,
        date: a.date,
        kind: activityKind(a.sport),
        durationMin: sessionMin(a),
      }),
    ),
  ];
}

/** The activities not already logged, as the adaptation and the load cores read them. */
export function activityInputs(
  range: Pick<CalendarRange, 'lifts' | 'activities'>,
  context: LoadContext = {},
): ActivityInput[] {
  return ownActivities(range).map((a) => ({
    date: a.date,
    kind: activityKind(a.sport),
    durationMin: sessionMin(a),
    load: activityLoad(a, context),
  }));
}

/** One load per session, logs and activities alike, on the session-RPE scale. */
export function allSessionLoads(
  range: Omit<CalendarRange, 'planned'>,
  context: LoadContext = {},
): DailyLoad[] {
  return loggedDailyLoads(range.runs, range.lifts, activityInputs(range, context));
}

/** Logs and activities as volume entries: runs by km and minutes, lifts by sets and tonnage. */
export function allVolumeEntries(range: Omit<CalendarRange, 'planned'>): VolumeEntry[] {
  return [
    ...doneVolumeEntries(range),
    ...ownActivities(range).map(
      (a): VolumeEntry => ({
        date: a.date,
        kind: activityKind(a.sport),
        durationMin: sessionMin(a),
        ...(a.sport === 'run' && { distanceKm: a.summary.distanceKm }),
      }),
    ),
  ];
}
