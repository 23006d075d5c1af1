// Opens the database the configuration points at, brings its schema up to date and hands
// back the store. The only place that knows which database is in use.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import type { Store } from '../../app/ports.js';
import { InputError } from '../../core/errors.js';
import { plannedDaysCache } from './athlete.js';
import { postgresDialect, sqliteDialect } from './dialects.js';
import { migrations } from './migrations/index.js';
import type { Database } from './schema.js';
import { createStore } from './store.js';

export interface OpenDatabaseOptions {
  /** A postgres:// (or postgresql://) URL selects PostgreSQL; unset or empty selects SQLite. */
  databaseUrl?: string;
  /** The folder for the SQLite file (see dataDir.ts); created when missing. */
  dataDir: string;
  /** PostgreSQL only: the schema that holds runstrong's tables. Default 'public'. */
  pgSchema?: string;
  /** Memory for plan-day ranges already read (see plannedDaysJson). Default 64 MiB. */
  plannedDaysCacheBytes?: number;
}

export interface OpenedStore extends Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** Closes the file or the connection pool. */
  close(): Promise<void>;
}

export const SQLITE_FILE_NAME = 'runstrong.sqlite';
/** A month of plan days is about 45 KB: room for some 1,400 athlete-months. */
export const DEFAULT_PLANNED_DAYS_CACHE_BYTES = 64 * 1024 * 1024;

const POSTGRES_URL = /^postgres(ql)?:\/\//;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Opens PostgreSQL or the SQLite file, runs pending migrations and returns the store. Safe
 * when several processes start at once: on PostgreSQL kysely's migrator holds an advisory
 * lock, on SQLite the migration runs in one BEGIN IMMEDIATE transaction (dialects.ts).
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenedStore> {
  const {
    databaseUrl,
    dataDir,
    pgSchema = 'public',
    plannedDaysCacheBytes = DEFAULT_PLANNED_DAYS_CACHE_BYTES,
  } = options;
  const db = new Kysely<Database>({
    dialect: databaseUrl
      ? postgresDialect(checkedPostgresUrl(databaseUrl), checkedSchemaName(pgSchema))
      : sqliteDialect(openSqliteFile(dataDir)),
  });
  const dialect: OpenedStore['dialect'] = databaseUrl ? 'postgres' : 'sqlite';

  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // On PostgreSQL the bookkeeping tables must sit in our schema: kysely looks them up by
    // name across all schemas otherwise, and another install's would count as ours.
    ...(dialect === 'postgres' && { migrationTableSchema: pgSchema }),
  });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`database migration failed: ${reason}`, { cause: error });
  }
  const store = createStore(db, plannedDaysCache(plannedDaysCacheBytes));
  return Object.assign(store, { dialect, close: () => db.destroy() });
}

function checkedPostgresUrl(url: string): string {
  if (POSTGRES_URL.test(url)) return url;
  // A typo here must not quietly put a club's data into a local file. The password stays out.
  const shown = url.replace(/\/\/[^@/]*@/, '//…@');
  throw new InputError(
    `DATABASE_URL "${shown}": expected postgres://… (or leave it unset for SQLite)`,
    'databaseUrl',
  );
}

function checkedSchemaName(name: string): string {
  if (SCHEMA_NAME.test(name)) return name;
  throw new InputError(
    `schema "${name}": expected lowercase letters, digits and _, not starting with a digit, at most 63`,
    'pgSchema',
  );
}

function openSqliteFile(dataDir: string): Sqlite.Database {
  mkdirSync(dataDir, { recursive: true });
  return new Sqlite(join(dataDir, SQLITE_FILE_NAME));
}
