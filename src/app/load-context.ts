// What the heart-rate load estimate knows about the athlete on a given day, read from the store.
import { addDays } from '../core/dates/calendar.js';
import type { LoadContext } from './activity-data.js';
import type { Store } from './ports.js';

/** Days looked back for the resting heart rate (check-ins) the load estimate uses. */
const REST_HR_DAYS = 28;
/** Days looked back for the highest heart rate recorded, taken as the athlete's maximum. */
const MAX_HR_DAYS = 365;
/**
 * What the heart-rate load estimate needs: sex from the profile, the lowest resting rate of the
 * recent check-ins and the highest rate recorded in the last year of activities.
 */
export async function loadContext(
  store: Store,
  athleteId: string,
  onDate: string,
): Promise<LoadContext> {
  const [profile, checkIns, activities] = await Promise.all([
    store.profiles.get(athleteId),
    store.checkIns.range(athleteId, { from: addDays(onDate, -(REST_HR_DAYS - 1)), to: onDate }),
    store.activities.range(athleteId, { from: addDays(onDate, -(MAX_HR_DAYS - 1)), to: onDate }),
  ]);
  const rests = checkIns.flatMap((c) => (c.restingHr === undefined ? [] : [c.restingHr]));
  const maxes = activities.flatMap((a) => (a.summary.maxHr === undefined ? [] : [a.summary.maxHr]));
  return {
    ...(profile && { sex: profile.sex }),
    ...(rests.length > 0 && { restHr: Math.min(...rests) }),
    ...(maxes.length > 0 && { maxHr: Math.max(...maxes) }),
  };
}
