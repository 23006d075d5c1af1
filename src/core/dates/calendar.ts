// Calendar dates as ISO strings (YYYY-MM-DD). Arithmetic goes through a day number (days since
// 1970-01-01, UTC) so time zones and daylight saving never shift a training day.
import { InputError } from '../errors.js';
import type { Weekday } from '../plan/types.js';

export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Validates a calendar date such as 2027-02-29 (rejected: 2027 is not a leap year). */
export function parseIsoDate(text: string, field = 'date'): string {
  const iso = text.trim();
  // A day number that maps back to the same text is a real date (2027-02-29 comes back as 03-01).
  if (ISO_DATE.test(iso) && fromDayNumber(toDayNumber(iso)) === iso) return iso;
  throw new InputError(`${field} "${text}": expected a real calendar date as YYYY-MM-DD`, field);
}

// Howard Hinnant's days-from-civil and civil-from-days: plain integer arithmetic, no Date objects,
// because plan generation converts dates thousands of times.
export function toDayNumber(isoDate: string): number {
  const y0 = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

export function fromDayNumber(dayNumber: number): string {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
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
