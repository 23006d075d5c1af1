import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../core/errors.js';
import { openDatabase, SQLITE_FILE_NAME } from './open.js';

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
});
