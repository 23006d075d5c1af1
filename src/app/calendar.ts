// Planned and done, side by side, for a date range.
import { type Actor, authorize } from './access.js';
import { checkedRange } from './date-range.js';
import type { CalendarDetail, DateRange, Store } from './ports.js';
import type { Services } from './services.js';

/** A calendar read: who may see it is checked, and the range, before the store is asked. */
const calendarRead =
  <T, R extends DateRange = DateRange>(
    read: (store: Store, athleteId: string, range: R) => Promise<T>,
  ) =>
  async (s: Services, actor: Actor | undefined, athleteId: string, range: R) => {
    await authorize(s.store.coachLinks, actor, 'read', athleteId);
    checkedRange(range);
    return read(s.store, athleteId, range);
  };

export const calendar = calendarRead((store, id, range) => store.calendar(id, range));

/** The same as JSON, for answers sent as JSON: the planned days in brief unless asked in full. */
export const calendarForJson = calendarRead(
  (store, id, { detail = 'summary', ...range }: DateRange & { detail?: CalendarDetail }) =>
    store.calendarForJson(id, range, detail),
);
