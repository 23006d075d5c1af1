// Weekly training volume per ISO week (Monday to Sunday), counted the same way for planned
// sessions and for done ones, so planned and done can be charted side by side.
import { fromDayNumber, parseIsoDate, toDayNumber, weekdayIndex } from '../dates/calendar.js';
import { InputError } from '../errors.js';
import type { PlanDay } from '../plan/types.js';
import { dayRange } from './daily-load.js';
import { SESSION_KINDS, type SessionKind } from './session-load.js';

/** One session, planned or done, reduced to what volume counts. */
export interface VolumeEntry {
  date: string;
  kind: SessionKind;
  durationMin: number;
  /** Runs. */
  distanceKm?: number;
  /** Strength: sets done or planned. */
  sets?: number;
  /** Strength: Σ reps × kg. Absent when the weights are unknown, as in a plan. */
  tonnageKg?: number;
}

export interface WeekVolume {
  /** The Monday. */
  weekStart: string;
  /** ISO 8601 week label, e.g. 2026-W09. */
  isoWeek: string;
  runKm: number;
  runMin: number;
  strengthSets: number;
  /** Absent when no strength entry of the week carried a tonnage. */
  strengthTonnageKg?: number;
  sessions: Record<SessionKind, number>;
}

/** Monday of the week holding the day. */
const mondayOf = (day: number) => day - weekdayIndex(fromDayNumber(day));

/** ISO 8601: a week belongs to the year of its Thursday and week 1 holds the first Thursday. */
export function isoWeekLabel(isoDate: string): string {
  const thursday = mondayOf(toDayNumber(isoDate)) + 3;
  const year = fromDayNumber(thursday).slice(0, 4);
  const week = Math.floor((thursday - toDayNumber(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function emptyWeek(monday: number): WeekVolume {
  const weekStart = fromDayNumber(monday);
  const sessions = Object.fromEntries(SESSION_KINDS.map((k) => [k, 0])) as Record<
    SessionKind,
    number
  >;
  return {
    weekStart,
    isoWeek: isoWeekLabel(weekStart),
    runKm: 0,
    runMin: 0,
    strengthSets: 0,
    sessions,
  };
}

function checkEntry(e: VolumeEntry): void {
  if (!SESSION_KINDS.includes(e.kind)) {
    throw new InputError(`kind "${e.kind}": expected one of ${SESSION_KINDS.join(', ')}`, 'kind');
  }
  for (const field of ['durationMin', 'distanceKm', 'sets', 'tonnageKg'] as const) {
    const value = e[field];
    if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
      throw new InputError(`${field} ${value} on ${e.date}: expected a number, 0 or more`, field);
    }
  }
}

/**
 * Every ISO week that touches `from`..`to`, oldest first, empty weeks included. Whole weeks are
 * counted: an entry outside the range but inside one of those weeks still counts.
 */
export function weeklyVolume(
  entries: readonly VolumeEntry[],
  from: string,
  to: string,
): WeekVolume[] {
  const { first, last } = dayRange(from, to);
  const firstMonday = mondayOf(first);
  const weeks: WeekVolume[] = [];
  for (let monday = firstMonday; monday <= last; monday += 7) weeks.push(emptyWeek(monday));
  for (const e of entries) {
    checkEntry(e);
    const week = weeks[(mondayOf(toDayNumber(parseIsoDate(e.date))) - firstMonday) / 7];
    if (week === undefined) continue;
    week.sessions[e.kind]++;
    if (e.kind === 'run') {
      week.runKm += e.distanceKm ?? 0;
      week.runMin += e.durationMin;
    }
    if (e.kind === 'strength') {
      week.strengthSets += e.sets ?? 0;
      if (e.tonnageKg !== undefined) {
        week.strengthTonnageKg = (week.strengthTonnageKg ?? 0) + e.tonnageKg;
      }
    }
  }
  return weeks;
}

/**
 * A plan's sessions as volume entries. Races count as running (the plan's weekly runKm leaves
 * them out); strength counts every set, the short accessory sessions included.
 */
export function plannedVolumeEntries(days: readonly PlanDay[]): VolumeEntry[] {
  return days.flatMap((day) =>
    day.sessions.map((s): VolumeEntry => {
      const base = { date: day.date, kind: s.kind, durationMin: s.durationMin };
      if (s.kind === 'run') return { ...base, distanceKm: s.distanceKm };
      if (s.kind === 'strength') {
        return { ...base, sets: s.exercises.reduce((n, e) => n + e.sets, 0) };
      }
      return base;
    }),
  );
}

/** A logged lifting session as a volume entry: its sets and Σ reps × kg. */
export function liftVolumeEntry(lift: {
  date: string;
  durationMin: number;
  sets: readonly { reps: number; loadKg: number }[];
}): VolumeEntry {
  return {
    date: lift.date,
    kind: 'strength',
    durationMin: lift.durationMin,
    sets: lift.sets.length,
    tonnageKg: lift.sets.reduce((kg, s) => kg + s.reps * s.loadKg, 0),
  };
}
