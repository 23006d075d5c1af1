// Session loads summed per calendar day: the input of fitness, fatigue, form and ACWR.
import { parseIsoDate, toDayNumber } from '../dates/calendar.js';
import { InputError } from '../errors.js';

/** Load of one day, or of one session on that day (several per date are summed). */
export interface DailyLoad {
  date: string;
  load: number;
}

/** Validates dates and loads, then sums the loads of each day, keyed by day number. */
export function loadByDayNumber(loads: readonly DailyLoad[]): Map<number, number> {
  const byDay = new Map<number, number>();
  for (const { date, load } of loads) {
    if (!(Number.isFinite(load) && load >= 0)) {
      throw new InputError(`load ${load} on ${date}: expected a number, 0 or more`, 'load');
    }
    const day = toDayNumber(parseIsoDate(date));
    byDay.set(day, (byDay.get(day) ?? 0) + load);
  }
  return byDay;
}

/** Checks both dates and that from is not after to; returns their day numbers. */
export function dayRange(from: string, to: string): { first: number; last: number } {
  const first = toDayNumber(parseIsoDate(from, 'from'));
  const last = toDayNumber(parseIsoDate(to, 'to'));
  if (first > last) throw new InputError(`from ${from} is after to ${to}`, 'from');
  return { first, last };
}
