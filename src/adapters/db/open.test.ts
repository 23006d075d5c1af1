import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../core/errors.js';
import { sqliteDialect } from './dialects.js';
import * as initial from './migrations/001_initial.js';
import { openDatabase, SQLITE_FILE_NAME } from './open.js';
import type { Database } from './schema.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'runstrong-open-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it('creates the data folder and a WAL-mode SQLite file in it when no URL is given', async () => {
    const dataDir = join(tempDir(), 'nested', 'runstrong');
    const store = await openDatabase({ dataDir, databaseUrl: '' });
    expect(store.dialect).toBe('sqlite');
    await store.close();
    const file = join(dataDir, SQLITE_FILE_NAME);
    expect(existsSync(file)).toBe(true);
    const raw = new Sqlite(file, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      raw.close();
    }
  });

  it('refuses a URL that is not PostgreSQL, without echoing the password', async () => {
    const attempt = openDatabase({
      dataDir: tempDir(),
      databaseUrl: 'mysql://admin:hunter2@db.example.org/runstrong',
    });
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(/expected postgres:\/\//);
    await expect(attempt).rejects.not.toThrow(/hunter2/);
  });

  it('refuses a schema name that would need quoting', async () => {
    await expect(
      openDatabase({
        dataDir: tempDir(),
        databaseUrl: 'postgres://localhost/runstrong',
        pgSchema: 'x; drop table users',
      }),
    ).rejects.toThrow(/schema "x; drop table users"/);
  });

  it('gives plans stored before plan versions existed a version, so their days still show', async () => {
    const dataDir = tempDir();
    const db = new Kysely<Database>({
      dialect: sqliteDialect(new Sqlite(join(dataDir, SQLITE_FILE_NAME))),
    });
    const migrator = new Migrator({
      db,
      provider: { getMigrations: async () => ({ '001_initial': initial }) },
    });
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const at = '2027-01-04T08:00:00.000Z';
    await db
      .insertInto('users')
      .values({
        id: 'u1',
        email: 'u1@example.org',
        password_hash: '',
        name: 'U',
        role: 'athlete',
        created_at: at,
      })
      .execute();
    await db
      .insertInto('plans')
      .values({ athlete_id: 'u1', input: '{}', plan: '{}', updated_at: at })
      .execute();
    const day = { date: '2027-01-05', weekday: 'tue', rest: true, sessions: [] };
    await db
      .insertInto('plan_days')
      .values({ athlete_id: 'u1', date: day.date, day: JSON.stringify(day) })
      .execute();
    await db.destroy();

    const store = await openDatabase({ dataDir });
    try {
      const january = { from: '2027-01-01', to: '2027-01-31' };
      const { planned } = await store.calendarForJson('u1', january, 'full');
      expect(JSON.parse(Buffer.from(planned).toString('utf8'))).toEqual([day]);
    } finally {
      await store.close();
    }
  });
});
