// Calendar dates as ISO strings (YYYY-MM-DD). Arithmetic goes through a day number (days since
// 1970-01-01, UTC) so time zones and daylight saving never shift a training day.
import { InputError } from '../errors.js';
import type { Weekday } from '../plan/types.js';

export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Validates a calendar date such as 2027-02-29 (rejected: 2027 is not a leap year). */
export function parseIsoDate(text: string, field = 'date'): string {
  const m = ISO_DATE.exec(text.trim());
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = Date.UTC(year, month - 1, day);
    const d = new Date(ms);
    if (d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day) {
      return `${m[1]}-${m[2]}-${m[3]}`;
    }
  }
  throw new InputError(`${field} "${text}": expected a real calendar date as YYYY-MM-DD`, field);
}

export function toDayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  return fromDayNumber(toDayNumber(isoDate) + days);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 1970-01-01 was a Thursday; Monday is index 0. */
export function weekdayIndex(isoDate: string): number {
  return (((toDayNumber(isoDate) + 3) % 7) + 7) % 7;
}

export function weekdayOf(isoDate: string): Weekday {
  return WEEKDAYS[weekdayIndex(isoDate)]!;
}

export function parseWeekday(text: string, field = 'day'): Weekday {
  const key = text.trim().toLowerCase().slice(0, 3) as Weekday;
  if (WEEKDAYS.includes(key) && text.trim().length >= 3) return key;
  throw new InputError(`${field} "${text}": expected one of ${WEEKDAYS.join(', ')}`, field);
}
