// The daily check-in as core reads it: the storage record (app/ports.ts CheckIn) satisfies this
// shape. Scales run 1 (low) to 5 (high); pain is the athlete's own words, absent when nothing hurts.
import { parseIsoDate } from '../dates/calendar.js';
import { InputError } from '../errors.js';

export interface CheckInInput {
  date: string;
  sleepHours: number;
  soreness: number;
  motivation: number;
  fatigue: number;
  restingHr?: number;
  pain?: string;
}

const SCALE: readonly [number, number] = [1, 5];
const SLEEP_HOURS: readonly [number, number] = [0, 24];
/** Resting heart rates outside this are almost surely a typing slip. */
const RESTING_HR_BPM: readonly [number, number] = [25, 220];

function inRange(value: number, [lo, hi]: readonly [number, number], field: string, unit: string) {
  if (!Number.isFinite(value) || value < lo || value > hi)
    throw new InputError(`${field} ${value}: expected ${lo}–${hi}${unit}`, field);
}

/** Throws InputError naming the first field of the first check-in that is out of range. */
export function assertCheckIns(checkIns: readonly CheckInInput[]): void {
  for (const c of checkIns) {
    parseIsoDate(c.date, 'check-in date');
    inRange(c.sleepHours, SLEEP_HOURS, 'sleepHours', ' hours');
    inRange(c.soreness, SCALE, 'soreness', ' (1 none, 5 very sore)');
    inRange(c.motivation, SCALE, 'motivation', ' (1 low, 5 high)');
    inRange(c.fatigue, SCALE, 'fatigue', ' (1 fresh, 5 exhausted)');
    if (c.restingHr !== undefined) inRange(c.restingHr, RESTING_HR_BPM, 'restingHr', ' bpm');
  }
}

/** A check-in reports pain when its pain text holds anything but spaces. */
export function reportsPain(c: Pick<CheckInInput, 'pain'>): boolean {
  return c.pain !== undefined && c.pain.trim().length > 0;
}

/**
 * Check-ins dated on or before the given day, oldest first, one per day (the last given wins):
 * data from after the day never counts.
 */
export function checkInsUpTo<T extends { date: string }>(
  checkIns: readonly T[],
  onDate: string,
): T[] {
  const byDate = new Map<string, T>();
  for (const c of checkIns) if (c.date <= onDate) byDate.set(c.date, c);
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}
