import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { columnTypes } from './columnTypes.js';

// Everything a user owns points at users.id with ON DELETE CASCADE, so deleting an account
// deletes its data in one statement on both databases.
const ownedByUser = (c: ColumnDefinitionBuilder) =>
  c.notNull().references('users.id').onDelete('cascade');
const required = (c: ColumnDefinitionBuilder) => c.notNull();
// SQLite lets a non-integer primary key hold NULL unless told otherwise.
const key = (c: ColumnDefinitionBuilder) => c.notNull().primaryKey();

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const number = 'double precision';

  /** Records addressed by id, several a day per athlete. */
  const loggedTable = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('id', 'text', key)
      .addColumn('athlete_id', 'text', ownedByUser)
      .addColumn('date', t.date, required);
  /** Records kept once per athlete and day; the key doubles as the date-range index. */
  const dailyTable = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('athlete_id', 'text', ownedByUser)
      .addColumn('date', t.date, required)
      .addPrimaryKeyConstraint(`${name}_pk`, ['athlete_id', 'date']);
  const index = (name: string, table: string, columns: string[]) =>
    db.schema.createIndex(name).on(table).columns(columns).execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', key)
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', required)
    .addColumn('name', 'text', required)
    .addColumn('role', 'text', required)
    .addColumn('created_at', t.timestamp, required)
    .execute();

  await db.schema
    .createTable('login_sessions')
    .addColumn('token_hash', 'text', key)
    .addColumn('user_id', 'text', ownedByUser)
    .addColumn('created_at', t.timestamp, required)
    .addColumn('expires_at', t.timestamp, required)
    .execute();
  await index('login_sessions_user', 'login_sessions', ['user_id']);
  await index('login_sessions_expiry', 'login_sessions', ['expires_at']);

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', key)
    .addColumn('user_id', 'text', ownedByUser)
    .addColumn('name', 'text', required)
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', t.timestamp, required)
    .addColumn('revoked_at', t.timestamp)
    .execute();
  await index('api_tokens_user', 'api_tokens', ['user_id']);

  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', key)
    .addColumn('window_start', t.timestamp, required)
    .addColumn('count', 'integer', required)
    .execute();

  await db.schema
    .createTable('profiles')
    .addColumn('athlete_id', 'text', (c) => ownedByUser(c).primaryKey())
    .addColumn('sex', 'text', required)
    .addColumn('age_years', number, required)
    .addColumn('height_cm', number, required)
    .addColumn('weight_kg', number, required)
    .addColumn('body_fat_pct', number)
    .addColumn('focus', 'text', required)
    .addColumn('days', t.json, required)
    .addColumn('long_run_day', 'text', required)
    .addColumn('weekly_km', number, required)
    .addColumn('experience', 'text', required)
    .addColumn('equipment', 'text', required)
    .addColumn('units', 'text', required)
    .addColumn('recent', t.json)
    .addColumn('updated_at', t.timestamp, required)
    .execute();

  await db.schema
    .createTable('plans')
    .addColumn('athlete_id', 'text', (c) => ownedByUser(c).primaryKey())
    .addColumn('input', t.json, required)
    .addColumn('plan', t.json, required)
    .addColumn('updated_at', t.timestamp, required)
    .execute();

  await db.schema
    .createTable('plan_days')
    .addColumn('athlete_id', 'text', (c) =>
      c.notNull().references('plans.athlete_id').onDelete('cascade'),
    )
    .addColumn('date', t.date, required)
    .addColumn('day', t.json, required)
    .addPrimaryKeyConstraint('plan_days_pk', ['athlete_id', 'date'])
    .execute();

  await db.schema
    .createTable('privacy_zones')
    .addColumn('id', 'text', key)
    .addColumn('athlete_id', 'text', ownedByUser)
    .addColumn('lat', number, required)
    .addColumn('lon', number, required)
    .addColumn('radius_m', number, required)
    .execute();
  await index('privacy_zones_athlete', 'privacy_zones', ['athlete_id']);

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('athlete_id', 'text', (c) => ownedByUser(c).primaryKey())
    .addColumn('secret', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', t.timestamp, required)
    .execute();

  await loggedTable('run_logs')
    .addColumn('type', 'text', required)
    .addColumn('distance_km', number, required)
    .addColumn('duration_min', number, required)
    .addColumn('avg_hr', number)
    .addColumn('rpe', number)
    .execute();
  await index('run_logs_athlete_date', 'run_logs', ['athlete_id', 'date']);

  await loggedTable('lift_logs')
    .addColumn('duration_min', number, required)
    .addColumn('rpe', number)
    .addColumn('sets', t.json, required)
    .execute();
  await index('lift_logs_athlete_date', 'lift_logs', ['athlete_id', 'date']);

  await dailyTable('check_ins')
    .addColumn('sleep_hours', number, required)
    .addColumn('soreness', 'integer', required)
    .addColumn('motivation', 'integer', required)
    .addColumn('fatigue', 'integer', required)
    .addColumn('resting_hr', number)
    .addColumn('pain', 'text')
    .execute();

  await dailyTable('body_entries')
    .addColumn('weight_kg', number, required)
    .addColumn('body_fat_pct', number)
    .execute();

  await dailyTable('intake_entries')
    .addColumn('kcal', number, required)
    .addColumn('protein_g', number)
    .execute();

  await loggedTable('activities')
    .addColumn('content_hash', 'text', required)
    .addColumn('sport', 'text', required)
    .addColumn('sub_sport', 'text')
    .addColumn('start_time', t.timestamp, required)
    .addColumn('distance_km', number, required)
    .addColumn('moving_time_sec', number, required)
    .addColumn('elapsed_time_sec', number, required)
    .addColumn('elevation_gain_m', number, required)
    .addColumn('avg_hr', number)
    .addColumn('max_hr', number)
    .addColumn('trimp', number)
    .addColumn('srpe_load', number)
    .addColumn('strength_volume_kg', number, required)
    .addColumn('partial_reason', 'text')
    .addColumn('planned_date', t.date)
    .addColumn('imported_at', t.timestamp, required)
    .addColumn('samples', t.bytes, required)
    .addColumn('sets', t.json, required)
    .addUniqueConstraint('activities_athlete_hash', ['athlete_id', 'content_hash'])
    .execute();
  await index('activities_athlete_date', 'activities', ['athlete_id', 'date']);

  await db.schema
    .createTable('coach_invites')
    .addColumn('code', 'text', key)
    .addColumn('coach_id', 'text', ownedByUser)
    .addColumn('created_at', t.timestamp, required)
    .addColumn('expires_at', t.timestamp, required)
    // The invite outlives the athlete who accepted it, as a record for the coach.
    .addColumn('accepted_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('accepted_at', t.timestamp)
    .execute();
  await index('coach_invites_coach', 'coach_invites', ['coach_id']);

  await db.schema
    .createTable('coach_links')
    .addColumn('coach_id', 'text', ownedByUser)
    .addColumn('athlete_id', 'text', ownedByUser)
    .addColumn('created_at', t.timestamp, required)
    .addPrimaryKeyConstraint('coach_links_pk', ['coach_id', 'athlete_id'])
    .execute();
  await index('coach_links_athlete', 'coach_links', ['athlete_id']);
}
