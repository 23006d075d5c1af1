// Reading imported activities and the training load: lists, one activity with its track (privacy
// zones cut out for anyone but the athlete), and load, fitness, fatigue, form and volume.
import { hidePrivatePoints } from '../core/activity/privacy.js';
import { addDays } from '../core/dates/calendar.js';
import {
  type Acwr,
  acwr,
  type FitnessDay,
  fitnessSeries,
  type WeekVolume,
  weeklyVolume,
} from '../core/load/index.js';
import type { Plan } from '../core/plan/types.js';
import { type Actor, authorize } from './access.js';
import {
  type ActivityView,
  activityView,
  allSessionLoads,
  allVolumeEntries,
  type LoadContext,
} from './activity-data.js';
import { adaptToData } from './adaptation.js';
import { checkedRange } from './date-range.js';
import { NotFoundError } from './errors.js';
import {
  type ImportDeps,
  type ImportProgress,
  type ImportSource,
  type ImportSummary,
  importFiles,
} from './import-files.js';
import { loadContext } from './load-context.js';
import type { ActivitySample, DateRange, LiftLog, Store } from './ports.js';
import type { Services } from './services.js';

type Reader = Pick<Services, 'store'>;

/**
 * History read before the first day shown so fitness starts warm: five 42-day time constants
 * leave under 1 % of the missing start.
 */
export const LOAD_WARMUP_DAYS = 210;
/** Days shown by default, ending on the given date. */
export const LOAD_DAYS = 42;

function setsById(lifts: readonly LiftLog[]): Map<string, LiftLog['sets']> {
  return new Map(lifts.map((l) => [l.id, l.sets]));
}

/** The athlete's activities in the range, by start time. No authorization: callers check. */
export async function activityViews(
  store: Store,
  athleteId: string,
  range: DateRange,
  context: LoadContext,
): Promise<ActivityView[]> {
  const [headers, lifts] = await Promise.all([
    store.activities.range(athleteId, range),
    store.liftLogs.range(athleteId, range),
  ]);
  const sets = setsById(lifts);
  return headers.map((h) => activityView(h, sets.get(h.id) ?? [], context));
}

export async function listActivities(
  s: Reader,
  actor: Actor | undefined,
  athleteId: string,
  range: DateRange,
): Promise<ActivityView[]> {
  await authorize(s.store.coachLinks, actor, 'read', athleteId);
  checkedRange(range);
  return activityViews(s.store, athleteId, range, await loadContext(s.store, athleteId, range.to));
}

export interface ActivityDetail extends ActivityView {
  subSport?: string;
  /** Positions inside the athlete's privacy zones are removed unless the athlete is asking. */
  samples: ActivitySample[];
}

/** One activity with its samples; the privacy zones apply to everyone but the athlete. */
export async function getActivity(
  s: Reader,
  actor: Actor | undefined,
  athleteId: string,
  activityId: string,
): Promise<ActivityDetail> {
  const viewer = await authorize(s.store.coachLinks, actor, 'read', athleteId);
  const activity = await s.store.activities.get(athleteId, activityId);
  if (!activity) throw new NotFoundError('activity');
  const [context, lift, zones] = await Promise.all([
    loadContext(s.store, athleteId, activity.date),
    s.store.liftLogs.get(athleteId, activityId),
    viewer.userId === athleteId ? [] : s.store.privacyZones.list(athleteId),
  ]);
  return {
    ...activityView(activity, lift?.sets ?? [], context),
    ...(activity.subSport !== undefined && { subSport: activity.subSport }),
    samples: hidePrivatePoints(activity.samples, zones),
  };
}

export interface LoadReport {
  from: string;
  to: string;
  /** Daily load with fitness (CTL, 42 days), fatigue (ATL, 7 days) and form (TSB). */
  days: FitnessDay[];
  /** Acute:chronic ratio on `to`; absent with under 28 days of history. */
  acwr?: Acwr;
  /** Per ISO week touching the range: run km and minutes, strength sets and tonnage, sessions by kind. */
  weeks: WeekVolume[];
  /** What the heart-rate estimate used. */
  context: LoadContext;
}

/** Load from every log and activity; the history before `from` warms fitness and fatigue up. */
export async function loadReportFor(
  store: Store,
  athleteId: string,
  range: DateRange,
): Promise<LoadReport> {
  checkedRange(range);
  const historyFrom = addDays(range.from, -LOAD_WARMUP_DAYS);
  const [cal, context] = await Promise.all([
    store.calendar(athleteId, { from: historyFrom, to: range.to }),
    loadContext(store, athleteId, range.to),
  ]);
  const loads = allSessionLoads(cal, context);
  const series = fitnessSeries(loads, historyFrom, range.to);
  // The history starts at the first session: days before it are unknown, not rest.
  const ratio = acwr(loads, range.to);
  return {
    from: range.from,
    to: range.to,
    days: series.filter((d) => d.date >= range.from),
    ...(ratio && { acwr: ratio }),
    weeks: weeklyVolume(allVolumeEntries(cal), range.from, range.to),
    context,
  };
}

/** onDate: the last day shown; the LOAD_DAYS before it are shown too. */
export async function loadReport(
  s: Reader,
  actor: Actor | undefined,
  athleteId: string,
  onDate: string,
): Promise<LoadReport> {
  await authorize(s.store.coachLinks, actor, 'read', athleteId);
  return loadReportFor(s.store, athleteId, { from: addDays(onDate, -(LOAD_DAYS - 1)), to: onDate });
}

/**
 * Imports files for an athlete the actor may write for (nothing is read before that check),
 * then adapts the plan once to what came in, as after any logged session.
 */
export async function importForAthlete(
  s: Services & Pick<ImportDeps, 'files'>,
  actor: Actor | undefined,
  athleteId: string,
  sources: AsyncIterable<ImportSource>,
  options: { onDate: string; timeZone?: string; onProgress?: (p: ImportProgress) => void },
): Promise<ImportSummary> {
  await authorize(s.store.coachLinks, actor, 'write', athleteId);
  const load = await loadContext(s.store, athleteId, options.onDate);
  const summary = await importFiles(s, athleteId, sources, options.onProgress, {
    load,
    ...(options.timeZone !== undefined && { timeZone: options.timeZone }),
  });
  if (summary.imported > 0) await adaptToData(s, athleteId);
  return summary;
}

export interface WorkoutDownload {
  name: string;
  bytes: Uint8Array;
}

/**
 * The current plan's runs as watch workout files. The encoder is an adapter, passed in;
 * workouts carry no positions, so the privacy zones have nothing to cut here.
 */
export async function planWorkouts(
  s: Reader,
  actor: Actor | undefined,
  athleteId: string,
  encode: (plan: Plan) => WorkoutDownload[],
): Promise<WorkoutDownload[]> {
  await authorize(s.store.coachLinks, actor, 'read', athleteId);
  const current = await s.store.plans.getCurrent(athleteId);
  if (!current) throw new NotFoundError('plan');
  return encode(current.plan);
}
