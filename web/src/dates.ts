// The runner's calendar dates. The browser's clock decides only which day "today" is; every
// other date is worked out from ISO strings by the core's calendar helpers.
import { addDays, weekdayIndex } from '../../src/core/dates/calendar.js';

/** Today in the runner's own time zone, as YYYY-MM-DD. */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The Monday of the week holding the date. */
export function mondayOf(isoDate: string): string {
  return addDays(isoDate, -weekdayIndex(isoDate));
}

export { addDays };
