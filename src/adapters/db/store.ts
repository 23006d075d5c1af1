// The Store port over one kysely handle (a whole database or one transaction).
import type { Kysely } from 'kysely';
import type { Store } from '../../app/ports.js';
import { apiTokenStore, loginSessionStore, rateLimitStore, userStore } from './accounts.js';
import { activityStore } from './activities.js';
import {
  calendarFeedStore,
  plannedDays,
  planStore,
  privacyZoneStore,
  profileStore,
} from './athlete.js';
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
import { calendarDate } from './values.js';

export function createStore(db: Kysely<Database>): Store {
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
    async calendar(athleteId, range) {
      const from = calendarDate(range.from, 'from');
      const to = calendarDate(range.to, 'to');
      const [planned, runs, lifts, activities] = await Promise.all([
        plannedDays(db, athleteId, from, to),
        store.runLogs.range(athleteId, { from, to }),
        store.liftLogs.range(athleteId, { from, to }),
        store.activities.range(athleteId, { from, to }),
      ]);
      return { planned, runs, lifts, activities };
    },
    transaction: (fn) =>
      db.isTransaction ? fn(store) : db.transaction().execute((trx) => fn(createStore(trx))),
  };
  return store;
}
