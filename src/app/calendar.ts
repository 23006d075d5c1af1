// Planned and done, side by side, for a date range.
import { type Actor, authorize } from './access.js';
import { checkedRange } from './date-range.js';
import type { DateRange, Store } from './ports.js';
import type { Services } from './services.js';

/** A calendar read: who may see it is checked, and the range, before the store is asked. */
const calendarRead =
  <T>(read: (store: Store, athleteId: string, range: DateRange) => Promise<T>) =>
  async (s: Services, actor: Actor | undefined, athleteId: string, range: DateRange) => {
    await authorize(s.store.coachLinks, actor, 'read', athleteId);
    return read(s.store, athleteId, checkedRange(range));
  };

export const calendar = calendarRead((store, id, range) => store.calendar(id, range));

/** The same with the planned days already as JSON, for answers sent as JSON. */
export const calendarForJson = calendarRead((store, id, range) => store.calendarForJson(id, range));
