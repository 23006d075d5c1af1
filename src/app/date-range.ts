import { daysBetween } from '../core/dates/calendar.js';
import { InputError } from '../core/errors.js';
import type { DateRange } from './ports.js';

/** Longest range one request may ask for: a year and a bit, so one call stays quick. */
export const MAX_RANGE_DAYS = 400;

/** Checks that from comes first and the span is at most MAX_RANGE_DAYS (both days counted). */
export function checkedRange(range: DateRange): DateRange {
  const days = daysBetween(range.from, range.to) + 1;
  if (days < 1) {
    throw new InputError(`to ${range.to}: expected a date on or after from (${range.from})`, 'to');
  }
  if (days > MAX_RANGE_DAYS) {
    throw new InputError(
      `from ${range.from} to ${range.to} spans ${days} days: ask for at most ${MAX_RANGE_DAYS}`,
      'to',
    );
  }
  return range;
}
