// The training journal: logged runs and lifts (any number a day, by id) and the daily records
// (check-in, body, intake: one per day). Each table differs only in its columns, so one
// generic store per shape does the SQL and a codec per table does the columns.
import type { Kysely } from 'kysely';
import type {
  BodyEntry,
  CheckIn,
  DailyStore,
  DateRange,
  IntakeEntry,
  LiftLog,
  LiftSet,
  LogStore,
  RunLog,
} from '../../app/ports.js';
import type { RunType } from '../../core/plan/types.js';
import { compiledOnce } from './compiled.js';
import type {
  BodyEntriesTable,
  CheckInsTable,
  Database,
  IntakeEntriesTable,
  LiftLogsTable,
  RunLogsTable,
} from './schema.js';
import { calendarDate, fromJson, toJson } from './values.js';
import { touched, uniqueOrConflict } from './writes.js';

interface Keyed {
  athlete_id: string;
  date: string;
}

interface Codec<T, Row extends Keyed> {
  table: keyof Database;
  /** Singular, for error messages. */
  noun: string;
  toRow(record: T): Row;
  fromRow(row: Row): T;
}

/** The row without its key columns: what an update or upsert sets. */
function omit<Row extends object, K extends keyof Row>(row: Row, keys: readonly K[]): Omit<Row, K> {
  return Object.fromEntries(
    Object.entries(row).filter(([column]) => !keys.includes(column as K)),
  ) as Omit<Row, K>;
}

// Table names come from the codecs, so the queries below are typed loosely; each codec
// converts its own table's rows.
type LooseDb = Kysely<Record<string, Keyed & { id?: string }>>;

/** One athlete's rows from..to (both included), in date order; then by id where rows have one. */
function rangeQuery(db: LooseDb, table: string, athleteId: string, from: string, to: string) {
  return db
    .selectFrom(table)
    .selectAll()
    .where('athlete_id', '=', athleteId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('date');
}

/** Range reads run on every calendar, week and progress view: compiled once per store. */
const rangeReader = (
  db: LooseDb,
  table: string,
  order: (query: ReturnType<typeof rangeQuery>) => ReturnType<typeof rangeQuery>,
) => {
  const rows = compiledOnce(db, (athleteId: string, from: string, to: string) =>
    order(rangeQuery(db, table, athleteId, from, to)),
  );
  return (athleteId: string, range: DateRange) =>
    rows(athleteId, calendarDate(range.from, 'from'), calendarDate(range.to, 'to'));
};

export function logStore<
  T extends { id: string; athleteId: string; date: string },
  Row extends Keyed & { id: string },
>(kysely: Kysely<Database>, codec: Codec<T, Row>): LogStore<T> {
  const db = kysely as unknown as LooseDb;
  const { table } = codec;
  const byDateAndId = rangeReader(db, table, (query) => query.orderBy('id'));
  return {
    async add(record) {
      await uniqueOrConflict(codec.noun, () =>
        db.insertInto(table).values(codec.toRow(record)).execute(),
      );
    },
    async update(record) {
      const result = await db
        .updateTable(table)
        .set(omit(codec.toRow(record), ['id', 'athlete_id']))
        .where('id', '=', record.id)
        .where('athlete_id', '=', record.athleteId)
        .executeTakeFirstOrThrow();
      return touched(result) > 0;
    },
    async get(athleteId, id) {
      const row = await db
        .selectFrom(table)
        .selectAll()
        .where('athlete_id', '=', athleteId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && codec.fromRow(row as Row);
    },
    async remove(athleteId, id) {
      const result = await db
        .deleteFrom(table)
        .where('athlete_id', '=', athleteId)
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return touched(result) > 0;
    },
    async range(athleteId, range) {
      const rows = await byDateAndId(athleteId, range);
      return rows.map((row) => codec.fromRow(row as Row));
    },
  };
}

export function dailyStore<T extends { athleteId: string; date: string }, Row extends Keyed>(
  kysely: Kysely<Database>,
  codec: Codec<T, Row>,
): DailyStore<T> {
  const db = kysely as unknown as LooseDb;
  const { table } = codec;
  const byDate = rangeReader(db, table, (query) => query);
  return {
    async put(record) {
      const row = codec.toRow(record);
      await db
        .insertInto(table)
        .values(row)
        .onConflict((oc) =>
          oc.columns(['athlete_id', 'date']).doUpdateSet(omit(row, ['athlete_id', 'date'])),
        )
        .execute();
    },
    async get(athleteId, date) {
      const row = await db
        .selectFrom(table)
        .selectAll()
        .where('athlete_id', '=', athleteId)
        .where('date', '=', calendarDate(date))
        .executeTakeFirst();
      return row && codec.fromRow(row as Row);
    },
    async remove(athleteId, date) {
      const result = await db
        .deleteFrom(table)
        .where('athlete_id', '=', athleteId)
        .where('date', '=', calendarDate(date))
        .executeTakeFirstOrThrow();
      return touched(result) > 0;
    },
    async range(athleteId, range) {
      const rows = await byDate(athleteId, range);
      return rows.map((row) => codec.fromRow(row as Row));
    },
  };
}

export const runLogCodec: Codec<RunLog, RunLogsTable> = {
  table: 'run_logs',
  noun: 'run log',
  toRow: (r) => ({
    id: r.id,
    athlete_id: r.athleteId,
    date: calendarDate(r.date),
    type: r.type,
    distance_km: r.distanceKm,
    duration_min: r.durationMin,
    avg_hr: r.avgHr ?? null,
    rpe: r.rpe ?? null,
  }),
  fromRow: (row) => ({
    id: row.id,
    athleteId: row.athlete_id,
    date: row.date,
    type: row.type as RunType,
    distanceKm: row.distance_km,
    durationMin: row.duration_min,
    avgHr: row.avg_hr ?? undefined,
    rpe: row.rpe ?? undefined,
  }),
};

export const liftLogCodec: Codec<LiftLog, LiftLogsTable> = {
  table: 'lift_logs',
  noun: 'lift log',
  toRow: (r) => ({
    id: r.id,
    athlete_id: r.athleteId,
    date: calendarDate(r.date),
    duration_min: r.durationMin,
    rpe: r.rpe ?? null,
    sets: toJson(r.sets),
  }),
  fromRow: (row) => ({
    id: row.id,
    athleteId: row.athlete_id,
    date: row.date,
    durationMin: row.duration_min,
    rpe: row.rpe ?? undefined,
    sets: fromJson<LiftSet[]>(row.sets),
  }),
};

export const checkInCodec: Codec<CheckIn, CheckInsTable> = {
  table: 'check_ins',
  noun: 'check-in',
  toRow: (r) => ({
    athlete_id: r.athleteId,
    date: calendarDate(r.date),
    sleep_hours: r.sleepHours,
    soreness: r.soreness,
    motivation: r.motivation,
    fatigue: r.fatigue,
    resting_hr: r.restingHr ?? null,
    pain: r.pain ?? null,
  }),
  fromRow: (row) => ({
    athleteId: row.athlete_id,
    date: row.date,
    sleepHours: row.sleep_hours,
    soreness: row.soreness,
    motivation: row.motivation,
    fatigue: row.fatigue,
    restingHr: row.resting_hr ?? undefined,
    pain: row.pain ?? undefined,
  }),
};

export const bodyEntryCodec: Codec<BodyEntry, BodyEntriesTable> = {
  table: 'body_entries',
  noun: 'body entry',
  toRow: (r) => ({
    athlete_id: r.athleteId,
    date: calendarDate(r.date),
    weight_kg: r.weightKg,
    body_fat_pct: r.bodyFatPct ?? null,
  }),
  fromRow: (row) => ({
    athleteId: row.athlete_id,
    date: row.date,
    weightKg: row.weight_kg,
    bodyFatPct: row.body_fat_pct ?? undefined,
  }),
};

export const intakeEntryCodec: Codec<IntakeEntry, IntakeEntriesTable> = {
  table: 'intake_entries',
  noun: 'intake entry',
  toRow: (r) => ({
    athlete_id: r.athleteId,
    date: calendarDate(r.date),
    kcal: r.kcal,
    protein_g: r.proteinG ?? null,
  }),
  fromRow: (row) => ({
    athleteId: row.athlete_id,
    date: row.date,
    kcal: row.kcal,
    proteinG: row.protein_g ?? undefined,
  }),
};
