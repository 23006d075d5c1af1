// Planned and done, side by side, for a date range.
import { type Actor, authorize } from './access.js';
import { checkedRange } from './date-range.js';
import type { CalendarRange, DateRange } from './ports.js';
import type { Services } from './services.js';

export async function calendar(
  s: Services,
  actor: Actor | undefined,
  athleteId: string,
  range: DateRange,
): Promise<CalendarRange> {
  await authorize(s.store.coachLinks, actor, 'read', athleteId);
  return s.store.calendar(athleteId, checkedRange(range));
}
