// The training log: runs and lifts the athlete did (or will do: dates may lie ahead).
import { type Actor, authorize } from './access.js';
import { adaptToData } from './adaptation.js';
import { checkedRange } from './date-range.js';
import type { DateRange, LiftLog, RunLog } from './ports.js';
import type { Services } from './services.js';

export type RunLogEntry = { kind: 'run' } & RunLog;
export type LiftLogEntry = { kind: 'strength' } & LiftLog;
export type LogEntry = RunLogEntry | LiftLogEntry;
/** What the athlete sends: an entry without the ids the service gives it. */
export type NewLogEntry =
  | Omit<RunLogEntry, 'id' | 'athleteId'>
  | Omit<LiftLogEntry, 'id' | 'athleteId'>;

export async function addLog(
  s: Services,
  actor: Actor | undefined,
  athleteId: string,
  entry: NewLogEntry,
): Promise<LogEntry> {
  await authorize(s.store.coachLinks, actor, 'write', athleteId);
  const id = s.ids.newId();
  let added: LogEntry;
  if (entry.kind === 'run') {
    const { kind, ...fields } = entry;
    const record: RunLog = { ...fields, id, athleteId };
    await s.store.runLogs.add(record);
    added = { kind, ...record };
  } else {
    const { kind, ...fields } = entry;
    const record: LiftLog = { ...fields, id, athleteId };
    await s.store.liftLogs.add(record);
    added = { kind, ...record };
  }
  await adaptToData(s, athleteId);
  return added;
}

/** Runs and lifts in the range, by date; on one date runs come before lifts. */
export async function listLogs(
  s: Services,
  actor: Actor | undefined,
  athleteId: string,
  range: DateRange,
): Promise<LogEntry[]> {
  await authorize(s.store.coachLinks, actor, 'read', athleteId);
  return logEntries(s, athleteId, checkedRange(range));
}

/** The log entries in any range, unchecked: for callers that have authorized already. */
export async function logEntries(
  s: Services,
  athleteId: string,
  range: DateRange,
): Promise<LogEntry[]> {
  const [runs, lifts] = await Promise.all([
    s.store.runLogs.range(athleteId, range),
    s.store.liftLogs.range(athleteId, range),
  ]);
  const entries: LogEntry[] = [
    ...runs.map((r): LogEntry => ({ kind: 'run', ...r })),
    ...lifts.map((l): LogEntry => ({ kind: 'strength', ...l })),
  ];
  // A stable sort keeps the runs-first order within a date.
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
