// The two kysely dialects, tuned so the store code above them sees one database.
import type { Database as SqliteDatabase } from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type SqliteDatabase as KyselySqliteDatabase,
  PostgresDialect,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  type SqliteStatement,
} from 'kysely';
import pg from 'pg';
import { Lru } from './lru.js';

/**
 * kysely opens SQLite transactions with a plain BEGIN, which only takes the write lock at the
 * first write; another process that wrote in between then makes the write fail at once with
 * SQLITE_BUSY instead of waiting. BEGIN IMMEDIATE takes the write lock up front, so a second
 * process (a CLI next to the server) waits its turn for up to the busy timeout.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * SQLite can roll back schema changes, but kysely's adapter says it cannot, so its Migrator
 * would run migrations outside a transaction and without a lock. Saying it can makes the
 * Migrator wrap the whole run in one (immediate) transaction: two processes migrating the same
 * fresh file take turns, and the second one finds the work done.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class RunstrongSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): SqliteDriver {
    return new ImmediateSqliteDriver(this.#config);
  }
  override createAdapter(): SqliteAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

const SQLITE_BUSY_TIMEOUT_MS = 10_000;
const SQLITE_CACHE_KIB = 64 * 1024;
/** Distinct SQL texts kept prepared: the app has a few hundred; bulk inserts vary in length. */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * kysely's SQLite driver prepares each statement anew, and preparing costs as much as running
 * a small indexed read. This keeps the last `capacity` statements by SQL text. Safe because
 * better-sqlite3 runs a statement to the end (all/run) before the next one starts, and
 * prepares it again itself when the schema changes.
 */
export function cachingStatements(
  database: KyselySqliteDatabase,
  capacity = STATEMENT_CACHE_SIZE,
): KyselySqliteDatabase {
  const statements = new Lru<SqliteStatement>(capacity);
  return {
    prepare(sql) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = database.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
    close() {
      statements.clear();
      database.close();
    },
  };
}

/** Expects a better-sqlite3 handle just opened on the file. */
export function sqliteDialect(database: SqliteDatabase): Dialect {
  // The busy timeout goes first: switching a fresh file to WAL needs a lock another process
  // may hold at that moment.
  database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  database.pragma('journal_mode = WAL');
  // WAL keeps committed data safe with NORMAL; only the last commits can be lost on power loss.
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  // SQLite's default page cache is 2 MB; a server answering many athletes reads the same
  // index and log pages again and again. Grown as pages are read, up to this.
  database.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
  return new RunstrongSqliteDialect({ database: cachingStatements(database) });
}

const { types } = pg;
const parseTimestamptz = types.getTypeParser(types.builtins.TIMESTAMPTZ) as (text: string) => Date;
const asText = (text: string) => text;

/**
 * pg hands back dates and instants as Date objects, jsonb parsed and bigint (count) as text,
 * where SQLite gives ISO text, JSON text and numbers. These parsers make PostgreSQL do the same.
 */
const pgTypeParsers: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    switch (oid) {
      case types.builtins.TIMESTAMPTZ:
        return (text: string) => parseTimestamptz(text).toISOString();
      case types.builtins.DATE:
      case types.builtins.JSONB:
        return asText;
      case types.builtins.INT8:
        return Number;
      default:
        return types.getTypeParser(oid, format);
    }
  }) as pg.CustomTypesConfig['getTypeParser'],
};

/**
 * A pool whose connections see only `schema`: tests and side-by-side installs keep their
 * tables apart in one database. The name must be a plain lowercase identifier (checked by
 * the caller), so it needs no quoting.
 */
export function postgresDialect(databaseUrl: string, schema: string): Dialect {
  return new PostgresDialect({
    pool: new pg.Pool({ connectionString: databaseUrl, types: pgTypeParsers }),
    onCreateConnection: async (connection) => {
      await connection.executeQuery(CompiledQuery.raw(`set search_path to ${schema}`));
    },
  });
}
