// Importing activity files: one file at a time, each in its own transaction, so a damaged file
// or a killed process never leaves half an activity behind, and running the same import again
// adds nothing. The file formats live in adapters (deps.files); this is the bookkeeping.
import { summarize } from '../core/activity/summary.js';
import type { ActivitySport, Activity as CoreActivity } from '../core/activity/types.js';
import { exerciseForFitName } from '../core/exercises/fit-exercises.js';
import { matchSessions } from '../core/progress/index.js';
import {
  type ActivityView,
  activityView,
  doneSessionsOf,
  type LoadContext,
  sessionMin,
} from './activity-data.js';
import type { Activity, Clock, IdGenerator, LiftLog, LiftSet, Store } from './ports.js';

/** One file to import: a name to report it by and a way to read its bytes. */
export interface ImportSource {
  /** As the user would recognise it: a path, or "export.zip/activities/123.fit.gz". */
  name: string;
  open(): Promise<Uint8Array | AsyncIterable<Uint8Array>>;
  /** The sport an export's index gives for this file (Strava's activities.csv); wins over the file's. */
  sport?: ActivitySport;
  /** The name the export's index gives; wins over the file's own. */
  title?: string;
}

/** Reading and fingerprinting files: the adapters do it, the use case only calls. */
export interface ActivityFiles {
  /** Decodes FIT, GPX or TCX (plain or gzip); throws an error naming what is wrong. */
  read(name: string, bytes: Uint8Array): Promise<CoreActivity>;
  /** SHA-256 of the bytes as hex. */
  hash(bytes: Uint8Array): string;
}

export interface ImportDeps {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  files: ActivityFiles;
}

export interface ImportOptions {
  /** IANA time zone the athlete lives in: an activity's date is its local start date. Default UTC. */
  timeZone?: string;
  /** Per-file size limit; a larger file fails with a reason. Default MAX_FILE_BYTES. */
  maxFileBytes?: number;
  /** How loads are estimated in the summary returned; the type table when absent. */
  load?: LoadContext;
}

export type FileStatus = 'imported' | 'partial' | 'duplicate' | 'failed';

export interface FileResult {
  file: string;
  status: FileStatus;
  error?: string;
}

export interface ImportProgress extends FileResult {
  /** Files finished so far, this one included. */
  done: number;
}

export interface ImportSummary {
  /** Files that became activities, partial ones included. */
  imported: number;
  duplicates: number;
  failed: { file: string; error: string }[];
  files: FileResult[];
  /** The activities this run added. */
  activities: ActivityView[];
}

/** Larger than any real activity file (a 24-hour FIT recording is about 10 MB). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Two recordings of one activity (a FIT and its GPX) start within this of each other. */
export const SAME_START_MS = 1000;

async function readAll(source: ImportSource, maxBytes: number): Promise<Uint8Array> {
  const opened = await source.open();
  if (opened instanceof Uint8Array) {
    if (opened.length > maxBytes) throw new Error(`file over ${maxBytes} bytes`);
    return opened;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of opened) {
    total += chunk.length;
    if (total > maxBytes) throw new Error(`file over ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/** The calendar date of an instant in a time zone (en-CA formats as YYYY-MM-DD). */
export function localDate(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}

/** The reason without the file name the adapters put in front (the report names the file). */
function reasonOf(error: unknown, name: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith(`${name}: `) ? message.slice(name.length + 2) : message;
}

/** Garmin strength sets as a lift log: sets with a rep count, exercises mapped where possible. */
function liftLogOf(activity: Activity): LiftLog | undefined {
  const sets: LiftSet[] = activity.sets.flatMap((s) => {
    if (s.reps === undefined || s.reps <= 0) return [];
    const name = s.exercise ?? 'unknown';
    const exercise = exerciseForFitName(name) ?? name;
    return [{ exercise, reps: s.reps, loadKg: s.weightKg ?? 0 }];
  });
  if (activity.sport !== 'strength' || sets.length === 0) return undefined;
  return {
    // The lift log shares the activity's id: loads and volume count the session once.
    id: activity.id,
    athleteId: activity.athleteId,
    date: activity.date,
    durationMin: sessionMin(activity),
    sets,
  };
}

/**
 * Another activity of the same sport that started at the same moment (the same run, exported
 * again or in another format). A file without times (a planned route) is never one.
 */
async function sameStart(store: Store, a: Activity): Promise<boolean> {
  if (a.summary.elapsedTimeSec === 0) return false;
  const sameDay = await store.activities.range(a.athleteId, { from: a.date, to: a.date });
  const startMs = Date.parse(a.startTime);
  return sameDay.some(
    (h) => h.sport === a.sport && Math.abs(Date.parse(h.startTime) - startMs) <= SAME_START_MS,
  );
}

/** Links the new activity to the planned session it did, if one is left on its day. */
async function matchPlanned(store: Store, a: Activity): Promise<string | undefined> {
  const day = await store.calendar(a.athleteId, { from: a.date, to: a.date });
  if (day.planned.length === 0) return undefined;
  const match = matchSessions(day.planned, doneSessionsOf(day)).find(
    (m) => m.status === 'done' && m.done.id === a.id,
  );
  if (match?.status !== 'done') return undefined;
  await store.activities.setPlannedDate(a.athleteId, a.id, match.planned.date);
  return match.planned.date;
}

type Stored = { status: 'added'; activity: Activity } | { status: 'duplicate' };

/** Everything one file writes, in one transaction: all of it lands or none of it. */
function storeActivity(deps: ImportDeps, activity: Activity): Promise<Stored> {
  return deps.store.transaction(async (tx) => {
    if (await sameStart(tx, activity)) return { status: 'duplicate' };
    const { created } = await tx.activities.add(activity);
    if (!created) return { status: 'duplicate' };
    const lifts = liftLogOf(activity);
    if (lifts) await tx.liftLogs.add(lifts);
    const plannedDate = await matchPlanned(tx, activity);
    return { status: 'added', activity: plannedDate ? { ...activity, plannedDate } : activity };
  });
}

async function importOne(
  deps: ImportDeps,
  athleteId: string,
  source: ImportSource,
  options: ImportOptions,
): Promise<{ result: FileResult; activity?: Activity }> {
  const file = source.name;
  let activity: Activity;
  try {
    const bytes = await readAll(source, options.maxFileBytes ?? MAX_FILE_BYTES);
    const contentHash = deps.files.hash(bytes);
    if (await deps.store.activities.findByHash(athleteId, contentHash)) {
      return { result: { file, status: 'duplicate' } };
    }
    const decoded = await deps.files.read(file, bytes);
    const sport = source.sport ?? decoded.sport;
    const core = sport === decoded.sport ? decoded : { ...decoded, sport };
    const title = source.title ?? core.title;
    activity = {
      id: deps.ids.newId(),
      athleteId,
      contentHash,
      sport,
      ...(core.subSport !== undefined && { subSport: core.subSport }),
      ...(title && { title }),
      startTime: core.startTime,
      date: localDate(core.startTime, options.timeZone ?? 'UTC'),
      summary: summarize(core),
      ...(core.partial && { partialReason: core.partial.reason }),
      importedAt: deps.clock.now(),
      samples: core.samples,
      sets: core.sets,
    };
  } catch (error) {
    return { result: { file, status: 'failed', error: reasonOf(error, file) } };
  }
  const stored = await storeActivity(deps, activity);
  if (stored.status === 'duplicate') return { result: { file, status: 'duplicate' } };
  const result: FileResult = activity.partialReason
    ? { file, status: 'partial', error: activity.partialReason }
    : { file, status: 'imported' };
  return { result, activity: stored.activity };
}

/**
 * Imports every source for the athlete, one after the other. A file that cannot be read is
 * reported and the rest go on; errors of the store itself (disk full, database gone) stop the
 * import and are thrown, since every file after would fail the same way.
 */
export async function importFiles(
  deps: ImportDeps,
  athleteId: string,
  sources: AsyncIterable<ImportSource> | Iterable<ImportSource>,
  onProgress?: (progress: ImportProgress) => void,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const summary: ImportSummary = {
    imported: 0,
    duplicates: 0,
    failed: [],
    files: [],
    activities: [],
  };
  for await (const source of sources) {
    const { result, activity } = await importOne(deps, athleteId, source, options);
    summary.files.push(result);
    if (result.status === 'duplicate') summary.duplicates++;
    else if (result.status === 'failed') {
      summary.failed.push({ file: result.file, error: result.error ?? 'failed' });
    } else summary.imported++;
    if (activity) {
      const lifts = liftLogOf(activity);
      summary.activities.push(activityView(activity, lifts?.sets ?? [], options.load));
    }
    onProgress?.({ ...result, done: summary.files.length });
  }
  return summary;
}
