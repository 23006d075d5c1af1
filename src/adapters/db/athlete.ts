// What describes one athlete: profile, current plan, privacy zones, calendar feed secret.
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type {
  AthleteProfile,
  CalendarDetail,
  CalendarFeed,
  CalendarFeedStore,
  CurrentPlan,
  JsonBytes,
  PlanStore,
  PrivacyZoneStore,
  ProfileStore,
} from '../../app/ports.js';
import type { PlanChange } from '../../core/plan/changes.js';
import { summarizeDay } from '../../core/plan/day-summary.js';
import type {
  Equipment,
  Experience,
  Focus,
  PlanDay,
  PlanDaySummary,
  PlanInput,
  Sex,
  Units,
  Weekday,
} from '../../core/plan/types.js';
import { Lru } from './lru.js';
import type { CalendarFeedsTable, Database, ProfilesTable } from './schema.js';
import { calendarDate, fromJson, instant, toJson } from './values.js';
import { inTransaction, touched, uniqueOrConflict } from './writes.js';

const toProfile = (row: Selectable<ProfilesTable>): AthleteProfile => ({
  athleteId: row.athlete_id,
  sex: row.sex as Sex,
  ageYears: row.age_years,
  heightCm: row.height_cm,
  weightKg: row.weight_kg,
  bodyFatPct: row.body_fat_pct ?? undefined,
  focus: row.focus as Focus,
  days: fromJson<Weekday[]>(row.days),
  longRunDay: row.long_run_day as Weekday,
  weeklyKm: row.weekly_km,
  experience: row.experience as Experience,
  equipment: row.equipment as Equipment,
  units: row.units as Units,
  recent: row.recent === null ? undefined : fromJson(row.recent),
  updatedAt: row.updated_at,
});

export function profileStore(db: Kysely<Database>): ProfileStore {
  return {
    async get(athleteId) {
      const row = await db
        .selectFrom('profiles')
        .selectAll()
        .where('athlete_id', '=', athleteId)
        .executeTakeFirst();
      return row && toProfile(row);
    },
    async put(p) {
      const fields = {
        sex: p.sex,
        age_years: p.ageYears,
        height_cm: p.heightCm,
        weight_kg: p.weightKg,
        body_fat_pct: p.bodyFatPct ?? null,
        focus: p.focus,
        days: toJson(p.days),
        long_run_day: p.longRunDay,
        weekly_km: p.weeklyKm,
        experience: p.experience,
        equipment: p.equipment,
        units: p.units,
        recent: p.recent === undefined ? null : toJson(p.recent),
        updated_at: instant(p.updatedAt, 'updatedAt'),
      };
      await db
        .insertInto('profiles')
        .values({ athlete_id: p.athleteId, ...fields })
        .onConflict((oc) => oc.column('athlete_id').doUpdateSet(fields))
        .execute();
    },
  };
}

// Rows per insert statement: far below SQLite's and PostgreSQL's bound-parameter limits.
const ROWS_PER_INSERT = 500;

export function planStore(db: Kysely<Database>): PlanStore {
  return {
    async getCurrent(athleteId) {
      const row = await db
        .selectFrom('plans')
        .selectAll()
        .where('athlete_id', '=', athleteId)
        .executeTakeFirst();
      return (
        row && {
          athleteId: row.athlete_id,
          input: fromJson<PlanInput>(row.input),
          plan: fromJson<CurrentPlan['plan']>(row.plan),
          changes: fromJson<PlanChange[]>(row.changes),
          updatedAt: row.updated_at,
        }
      );
    },
    async putCurrent(current) {
      const fields = {
        input: toJson(current.input),
        plan: toJson(current.plan),
        changes: toJson(current.changes ?? []),
        updated_at: instant(current.updatedAt, 'updatedAt'),
      };
      const version = randomUUID();
      // Each day again as its own row, so a month of the calendar is one indexed range read.
      const dayRows = current.plan.weeks.flatMap((week) =>
        week.days.map((day) => ({
          athlete_id: current.athleteId,
          date: calendarDate(day.date, 'plan day date'),
          day: toJson(day),
        })),
      );
      await inTransaction(db, async (trx) => {
        await trx
          .insertInto('plans')
          .values({ athlete_id: current.athleteId, ...fields })
          .onConflict((oc) => oc.column('athlete_id').doUpdateSet(fields))
          .execute();
        await trx
          .insertInto('plan_versions')
          .values({ athlete_id: current.athleteId, version })
          .onConflict((oc) => oc.column('athlete_id').doUpdateSet({ version }))
          .execute();
        await trx.deleteFrom('plan_days').where('athlete_id', '=', current.athleteId).execute();
        for (let i = 0; i < dayRows.length; i += ROWS_PER_INSERT) {
          await trx
            .insertInto('plan_days')
            .values(dayRows.slice(i, i + ROWS_PER_INSERT))
            .execute();
        }
      });
    },
    async removeCurrent(athleteId) {
      const result = await db
        .deleteFrom('plans')
        .where('athlete_id', '=', athleteId)
        .executeTakeFirstOrThrow();
      return touched(result) > 0;
    },
  };
}

/** The planned days of the athlete's current plan within the range, by date, as JSON text. */
export async function plannedDayTexts(
  db: Kysely<Database>,
  athleteId: string,
  from: string,
  to: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('plan_days')
    .select('day')
    .where('athlete_id', '=', athleteId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('date')
    .execute();
  return rows.map((row) => row.day);
}

/** Plan-day ranges already read, as JSON, by plan version, detail and range. */
export type PlannedDaysCache = Lru<JsonBytes<PlanDay[] | PlanDaySummary[]>>;

export const plannedDaysCache = (maxBytes: number): PlannedDaysCache =>
  new Lru(maxBytes, (json) => json.byteLength);

const jsonBytes = <T>(text: string) => Buffer.from(text) as JsonBytes<T>;
const NO_DAYS = jsonBytes<PlanDay[]>('[]');

/**
 * The same days as plannedDayTexts, in brief or in full, as one JSON array in UTF-8, for the
 * plan version the caller just read (null: no plan). A version's days never change (putCurrent makes a new
 * version), so a range read once is kept under its version and the next read of it asks the
 * database nothing. On a miss the days and their version come from one statement, so a plan
 * replaced meanwhile cannot be filed under the old version.
 */
export function plannedDaysJson(
  db: Kysely<Database>,
  cache: PlannedDaysCache,
): (
  athleteId: string,
  version: string | null,
  from: string,
  to: string,
  detail: CalendarDetail,
) => Promise<JsonBytes<PlanDay[] | PlanDaySummary[]>> {
  return async (athleteId, version, from, to, detail) => {
    if (version === null) return NO_DAYS;
    const cached = cache.get(`${version}/${detail}/${from}/${to}`);
    if (cached) return cached;
    const rows = await db
      .selectFrom('plan_versions')
      .leftJoin('plan_days', (join) =>
        join
          .onRef('plan_days.athlete_id', '=', 'plan_versions.athlete_id')
          .on('plan_days.date', '>=', from)
          .on('plan_days.date', '<=', to),
      )
      .select(['plan_versions.version', 'plan_days.day'])
      .where('plan_versions.athlete_id', '=', athleteId)
      .orderBy('plan_days.date')
      .execute();
    const days = rows.flatMap((row) => row.day ?? []);
    const json = jsonBytes<PlanDay[] | PlanDaySummary[]>(
      detail === 'full'
        ? `[${days.join(',')}]`
        : JSON.stringify(days.map((day) => summarizeDay(fromJson<PlanDay>(day)))),
    );
    const read = rows[0]?.version;
    if (read) cache.set(`${read}/${detail}/${from}/${to}`, json);
    return json;
  };
}

export function privacyZoneStore(db: Kysely<Database>): PrivacyZoneStore {
  return {
    async add(zone) {
      await uniqueOrConflict('privacy zone', () =>
        db
          .insertInto('privacy_zones')
          .values({
            id: zone.id,
            athlete_id: zone.athleteId,
            lat: zone.lat,
            lon: zone.lon,
            radius_m: zone.radiusM,
          })
          .execute(),
      );
    },
    async list(athleteId) {
      const rows = await db
        .selectFrom('privacy_zones')
        .selectAll()
        .where('athlete_id', '=', athleteId)
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        athleteId: row.athlete_id,
        lat: row.lat,
        lon: row.lon,
        radiusM: row.radius_m,
      }));
    },
    async remove(athleteId, id) {
      const result = await db
        .deleteFrom('privacy_zones')
        .where('athlete_id', '=', athleteId)
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return touched(result) > 0;
    },
  };
}

const toCalendarFeed = (row: Selectable<CalendarFeedsTable>): CalendarFeed => ({
  athleteId: row.athlete_id,
  secret: row.secret,
  createdAt: row.created_at,
});

export function calendarFeedStore(db: Kysely<Database>): CalendarFeedStore {
  return {
    async put(feed) {
      const fields = { secret: feed.secret, created_at: instant(feed.createdAt, 'createdAt') };
      await uniqueOrConflict('calendar feed', () =>
        db
          .insertInto('calendar_feeds')
          .values({ athlete_id: feed.athleteId, ...fields })
          .onConflict((oc) => oc.column('athlete_id').doUpdateSet(fields))
          .execute(),
      );
    },
    async get(athleteId) {
      const row = await db
        .selectFrom('calendar_feeds')
        .selectAll()
        .where('athlete_id', '=', athleteId)
        .executeTakeFirst();
      return row && toCalendarFeed(row);
    },
    async findBySecret(secret) {
      const row = await db
        .selectFrom('calendar_feeds')
        .selectAll()
        .where('secret', '=', secret)
        .executeTakeFirst();
      return row && toCalendarFeed(row);
    },
    async remove(athleteId) {
      const result = await db
        .deleteFrom('calendar_feeds')
        .where('athlete_id', '=', athleteId)
        .executeTakeFirstOrThrow();
      return touched(result) > 0;
    },
  };
}
