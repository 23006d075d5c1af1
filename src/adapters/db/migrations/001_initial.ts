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
  await db.schema
    .createIndex('login_sessions_user')
    .on('login_sessions')
    .column('user_id')
    .execute();
  await db.schema
    .createIndex('login_sessions_expiry')
    .on('login_sessions')
    .column('expires_at')
    .execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', key)
    .addColumn('user_id', 'text', ownedByUser)
    .addColumn('name', 'text', required)
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', t.timestamp, required)
    .addColumn('revoked_at', t.timestamp)
    .execute();
  await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute();

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
  await db.schema
    .createIndex('privacy_zones_athlete')
    .on('privacy_zones')
    .column('athlete_id')
    .execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('athlete_id', 'text', (c) => ownedByUser(c).primaryKey())
    .addColumn('secret', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', t.timestamp, required)
    .execute();

  await db.schema
    .createTable('run_logs')
    .addColumn('id', 'text', key)
    .addColumn('athlete_id', 'text', ownedByUser)
    .addColumn('date', t.date, required)
    .addColumn('type', 'text', required)
    .addColumn('distance_km', number, required)
    .addColumn('duration_min', number, required)
    .addColumn('avg_hr', number)
    .addColumn('rpe', number)
    .execute();
  await db.schema
    .createIndex('run_logs_athlete_date')
    .on('run_logs')
    .columns(['athlete_id', 'date'])
    .execute();

  await db.schema
    .createTable('lift_logs')
    .addColumn('id', 'text', key)
    .addColumn('athlete_id', 'text', ownedByUser)
    .addColumn('date', t.date, required)
    .addColumn('duration_min', number, required)
    .addColumn('rpe', number)
    .addColumn('sets', t.json, required)
    .execute();
  await db.schema
    .createIndex('lift_logs_athlete_date')
    .on('lift_logs')
    .columns(['athlete_id', 'date'])
    .execute();

  await db.schema
    .createTable('check_ins')
    .addColumn('athlete_id', 'text', ownedByUser)
    .addColumn('date', t.date, required)
    .addColumn('sleep_hours', number, required)
    .addColumn('soreness', 'integer', required)
    .addColumn('motivation', 'integer', required)
    .addColumn('fatigue', 'integer', required)
    .addColumn('resting_hr', number)
    .addColumn('pain', 'text')
    .addPrimaryKeyConstraint('check_ins_pk', ['athlete_id', 'date'])
    .execute();

  await db.schema
    .createTable('body_entries')
    .addColumn('athlete_id', 'text', ownedByUser)
    .addColumn('date', t.date, required)
    .addColumn('weight_kg', number, required)
    .addColumn('body_fat_pct', number)
    .addPrimaryKeyConstraint('body_entries_pk', ['athlete_id', 'date'])
    .execute();

  await db.schema
    .createTable('intake_entries')
    .addColumn('athlete_id', 'text', ownedByUser)
    .addColumn('date', t.date, required)
    .addColumn('kcal', number, required)
    .addColumn('protein_g', number)
    .addPrimaryKeyConstraint('intake_entries_pk', ['athlete_id', 'date'])
    .execute();

  await db.schema
    .createTable('activities')
    .addColumn('id', 'text', key)
    .addColumn('athlete_id', 'text', ownedByUser)
    .addColumn('content_hash', 'text', required)
    .addColumn('sport', 'text', required)
    .addColumn('sub_sport', 'text')
    .addColumn('start_time', t.timestamp, required)
    .addColumn('date', t.date, required)
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
  await db.schema
    .createIndex('activities_athlete_date')
    .on('activities')
    .columns(['athlete_id', 'date'])
    .execute();

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
  await db.schema
    .createIndex('coach_invites_coach')
    .on('coach_invites')
    .column('coach_id')
    .execute();

  await db.schema
    .createTable('coach_links')
    .addColumn('coach_id', 'text', ownedByUser)
    .addColumn('athlete_id', 'text', ownedByUser)
    .addColumn('created_at', t.timestamp, required)
    .addPrimaryKeyConstraint('coach_links_pk', ['coach_id', 'athlete_id'])
    .execute();
  await db.schema
    .createIndex('coach_links_athlete')
    .on('coach_links')
    .column('athlete_id')
    .execute();
}
