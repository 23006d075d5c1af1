// The done half of a calendar answer as JSON written by the database itself: one statement
// gives the current plan version and the range's runs, lifts and activities, each as one JSON
// array of text. A month holds some 30 records; read as rows they became a JS object each,
// then a domain object, then JSON again, and that garbage and copying cost the server more
// than the reads. The JSON has the shape the codecs give (journal.ts, activities.ts): the same
// keys, an optional value left out where the column is NULL.
import { type Kysely, PostgresAdapter, type RawBuilder, sql } from 'kysely';
import type { ActivityHeader, JsonText, LiftLog, RunLog } from '../../app/ports.js';
import { compiledOnce } from './compiled.js';
import type { Database } from './schema.js';

/** How a column's value is written in JSON. */
type Kind = 'text' | 'number' | 'date' | 'instant' | 'json';

/** A JSON member: key, then a column (with its kind) or a nested object. */
type Member =
  | [key: string, column: string, kind: Kind, optional?: 'optional']
  | [key: string, Member[]];

/** The SQL that writes JSON, by database. */
interface JsonSql {
  /** One value of a column as JSON text. */
  value(column: string, kind: Kind): string;
  /**
   * A scalar subquery: the JSON array, as text, of `object` over the rows of `rows` (a FROM
   * and WHERE) in `orderBy` order; '[]' when there are none.
   */
  array(object: string, rows: RawBuilder<unknown>, orderBy: string): RawBuilder<string>;
}

const sqliteJson: JsonSql = {
  value: (column, kind) =>
    // Dates and instants are ISO text already (values.ts); numbers turn to text by themselves,
    // with the digits that read back as the same double (1/3 as 0.33333333333333332).
    kind === 'number' || kind === 'json' ? column : `json_quote(${column})`,
  // Ordered in a subquery, which SQLite keeps as it is under an aggregate: an ORDER BY inside
  // group_concat sorts again in a temporary b-tree, where the index gives the rows in order.
  array: (object, rows, orderBy) =>
    sql`(select coalesce('[' || group_concat(o, ',') || ']', '[]')
      from (select ${sql.raw(object)} as o ${rows} order by ${sql.raw(orderBy)}))`,
};

const postgresJson: JsonSql = {
  value(column, kind) {
    switch (kind) {
      case 'number':
        // double precision turns to text in the shortest form that reads back the same.
        return `${column}::text`;
      case 'json':
        return `${column}::text`;
      case 'instant':
        // As the driver gives instants back (dialects.ts): UTC with milliseconds.
        return `'"' || to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"'`;
      default:
        // Text and dates: to_json quotes and escapes; a date comes out as YYYY-MM-DD.
        return `to_json(${column})::text`;
    }
  },
  array: (object, rows, orderBy) =>
    sql`(select coalesce('[' || string_agg(${sql.raw(object)}, ',' order by ${sql.raw(orderBy)}) || ']', '[]') ${rows})`,
};

/** The SQL text of one JSON object; the first member must never be NULL. */
function objectSql(json: JsonSql, members: Member[]): string {
  const parts = members.map((member, i) => {
    const name = `'${i === 0 ? '' : ','}"${member[0]}":'`;
    if (member.length === 2) return `${name} || ${objectSql(json, member[1])}`;
    const [, column, kind, optional] = member;
    const written = `${name} || ${json.value(column, kind)}`;
    // Left out where the column is NULL (json_quote and to_json would write null).
    return optional ? `case when ${column} is null then '' else ${written} end` : written;
  });
  return `'{' || ${parts.join(' || ')} || '}'`;
}

const RUN: Member[] = [
  ['id', 'id', 'text'],
  ['athleteId', 'athlete_id', 'text'],
  ['date', 'date', 'date'],
  ['type', 'type', 'text'],
  ['distanceKm', 'distance_km', 'number'],
  ['durationMin', 'duration_min', 'number'],
  ['avgHr', 'avg_hr', 'number', 'optional'],
  ['rpe', 'rpe', 'number', 'optional'],
];

const LIFT: Member[] = [
  ['id', 'id', 'text'],
  ['athleteId', 'athlete_id', 'text'],
  ['date', 'date', 'date'],
  ['durationMin', 'duration_min', 'number'],
  ['rpe', 'rpe', 'number', 'optional'],
  ['sets', 'sets', 'json'],
];

const ACTIVITY: Member[] = [
  ['id', 'id', 'text'],
  ['athleteId', 'athlete_id', 'text'],
  ['contentHash', 'content_hash', 'text'],
  ['sport', 'sport', 'text'],
  ['subSport', 'sub_sport', 'text', 'optional'],
  ['title', 'title', 'text', 'optional'],
  ['startTime', 'start_time', 'instant'],
  ['date', 'date', 'date'],
  [
    'summary',
    [
      ['distanceKm', 'distance_km', 'number'],
      ['movingTimeSec', 'moving_time_sec', 'number'],
      ['elapsedTimeSec', 'elapsed_time_sec', 'number'],
      ['elevationGainM', 'elevation_gain_m', 'number'],
      ['avgHr', 'avg_hr', 'number', 'optional'],
      ['maxHr', 'max_hr', 'number', 'optional'],
      ['trimp', 'trimp', 'number', 'optional'],
      ['srpeLoad', 'srpe_load', 'number', 'optional'],
      ['strengthVolumeKg', 'strength_volume_kg', 'number'],
    ],
  ],
  ['partialReason', 'partial_reason', 'text', 'optional'],
  ['plannedDate', 'planned_date', 'date', 'optional'],
  ['importedAt', 'imported_at', 'instant'],
];

export interface DoneJson {
  /** The current plan's version; null when the athlete has no plan. */
  version: string | null;
  runs: JsonText<RunLog[]>;
  lifts: JsonText<LiftLog[]>;
  activities: JsonText<ActivityHeader[]>;
}

/**
 * Reads, in one statement, the plan version and the runs, lifts and activities dated
 * from..to (both included) as JSON: runs and lifts by date then id, activities by start.
 */
export function doneJsonReader(
  db: Kysely<Database>,
): (athleteId: string, from: string, to: string) => Promise<DoneJson> {
  const json = db.getExecutor().adapter instanceof PostgresAdapter ? postgresJson : sqliteJson;
  const read = compiledOnce(db, (athleteId: string, from: string, to: string) => {
    const arrayOf = (table: string, members: Member[], orderBy: string) =>
      json.array(
        objectSql(json, members),
        sql`from ${sql.table(table)}
          where athlete_id = ${athleteId} and date >= ${from} and date <= ${to}`,
        orderBy,
      );
    const raw: RawBuilder<DoneJson> = sql`select
      (select version from plan_versions where athlete_id = ${athleteId}) as version,
      ${arrayOf('run_logs', RUN, 'date, id')} as runs,
      ${arrayOf('lift_logs', LIFT, 'date, id')} as lifts,
      ${arrayOf('activities', ACTIVITY, 'start_time, id')} as activities`;
    return { compile: () => raw.compile(db) };
  });
  return async (athleteId, from, to) => {
    const [row] = await read(athleteId, from, to);
    return row!;
  };
}
