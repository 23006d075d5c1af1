// The databases the storage contract runs on: a SQLite file in a fresh temp folder, and
// PostgreSQL (TEST_DATABASE_URL) in a fresh schema, so reruns and parallel test files never
// meet each other's tables.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { type OpenDatabaseOptions, SQLITE_FILE_NAME } from '../../src/adapters/db/open.js';

export interface Backend {
  name: string;
  /** Options that open this backend's database (the same one every time). */
  options: OpenDatabaseOptions;
  /** Reads rows straight from the database, around the store. */
  query(sql: string): Promise<Record<string, unknown>[]>;
  /** The indexes the database would use to answer a select. */
  indexesUsed(select: string): Promise<string[]>;
  /** Deletes the database (file or schema). */
  drop(): Promise<void>;
}

export function sqliteBackend(): Backend {
  const dataDir = mkdtempSync(join(tmpdir(), 'runstrong-store-'));
  const query = async (sql: string) => {
    const db = new Sqlite(join(dataDir, SQLITE_FILE_NAME), { readonly: true });
    try {
      return db.prepare(sql).all() as Record<string, unknown>[];
    } finally {
      db.close();
    }
  };
  return {
    name: 'SQLite',
    options: { dataDir },
    query,
    async indexesUsed(select) {
      const plan = await query(`explain query plan ${select}`);
      // "SEARCH run_logs USING INDEX run_logs_athlete_date (athlete_id=? AND date>? AND date<?)"
      return plan.flatMap(
        (row) => /USING (?:COVERING )?INDEX (\w+)/.exec(String(row.detail))?.[1] ?? [],
      );
    },
    async drop() {
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function postgresBackend(databaseUrl: string): Backend {
  const schema = `runstrong_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const withClient = async <T>(fn: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  const query = (sql: string, settings: string[] = []) =>
    withClient(async (client) => {
      for (const setting of [`set search_path to ${schema}`, ...settings]) {
        await client.query(setting);
      }
      return (await client.query(sql)).rows as Record<string, unknown>[];
    });
  return {
    name: 'PostgreSQL',
    options: { databaseUrl, dataDir: tmpdir(), pgSchema: schema },
    query: (sql) => query(sql),
    async indexesUsed(select) {
      // Test tables are tiny, so the planner would rightly scan them whole; ask instead
      // whether an index can answer the query at all.
      const plan = await query(`explain ${select}`, ['set enable_seqscan = off']);
      // "Index Scan using run_logs_athlete_date on run_logs", "Bitmap Index Scan on …"
      return plan.flatMap(
        (row) =>
          /Index (?:Only )?Scan (?:using|on) (\w+)/.exec(String(row['QUERY PLAN']))?.[1] ?? [],
      );
    },
    drop: () =>
      withClient(async (client) => {
        await client.query(`drop schema if exists ${schema} cascade`);
      }),
  };
}
