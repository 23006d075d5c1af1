// The Store port over one kysely handle (a whole database or one transaction).
import type { Kysely } from 'kysely';
import type { CalendarRange, DateRange, Store } from '../../app/ports.js';
import type { PlanDay } from '../../core/plan/types.js';
import { apiTokenStore, loginSessionStore, rateLimitStore, userStore } from './accounts.js';
import { activityStore } from './activities.js';
import {
  calendarFeedStore,
  type PlannedDaysCache,
  plannedDaysJson,
  plannedDayTexts,
  planStore,
  privacyZoneStore,
  profileStore,
} from './athlete.js';
import { doneJsonReader } from './calendar-json.js';
import { coachLinkStore, inviteStore } from './coaching.js';
import {
  bodyEntryCodec,
  checkInCodec,
  dailyStore,
  intakeEntryCodec,
  liftLogCodec,
  logStore,
  runLogCodec,
} from './journal.js';
import type { Database } from './schema.js';
import { calendarDate, fromJson } from './values.js';

/**
 * The store over `db`. `plannedDays` keeps plan-day ranges already read (see plannedDaysJson);
 * a transaction's store shares its parent's.
 */
export function createStore(db: Kysely<Database>, plannedDays: PlannedDaysCache): Store {
  const plannedJson = plannedDaysJson(db, plannedDays);
  const doneJson = doneJsonReader(db);
  const store: Store = {
    users: userStore(db),
    loginSessions: loginSessionStore(db),
    apiTokens: apiTokenStore(db),
    rateLimits: rateLimitStore(db),
    profiles: profileStore(db),
    plans: planStore(db),
    privacyZones: privacyZoneStore(db),
    calendarFeeds: calendarFeedStore(db),
    runLogs: logStore(db, runLogCodec),
    liftLogs: logStore(db, liftLogCodec),
    checkIns: dailyStore(db, checkInCodec),
    bodyEntries: dailyStore(db, bodyEntryCodec),
    intakeEntries: dailyStore(db, intakeEntryCodec),
    activities: activityStore(db),
    invites: inviteStore(db),
    coachLinks: coachLinkStore(db),
    calendar: calendarOf,
    async calendarForJson(athleteId, range, detail) {
      const from = calendarDate(range.from, 'from');
      const to = calendarDate(range.to, 'to');
      const { version, ...done } = await doneJson(athleteId, from, to);
      return { planned: await plannedJson(athleteId, version, from, to, detail), ...done };
    },
    transaction: (fn) =>
      db.isTransaction
        ? fn(store)
        : db.transaction().execute((trx) => fn(createStore(trx, plannedDays))),
  };
  /** Planned days and the done sessions of one athlete, read together. */
  async function calendarOf(athleteId: string, range: DateRange): Promise<CalendarRange> {
    const from = calendarDate(range.from, 'from');
    const to = calendarDate(range.to, 'to');
    const [texts, runs, lifts, activities] = await Promise.all([
      plannedDayTexts(db, athleteId, from, to),
      store.runLogs.range(athleteId, { from, to }),
      store.liftLogs.range(athleteId, { from, to }),
      store.activities.range(athleteId, { from, to }),
    ]);
    return { planned: texts.map(fromJson<PlanDay>), runs, lifts, activities };
  }
  return store;
}
