import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { cachingStatements } from './dialects.js';

const open: Sqlite.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
});

function countingDatabase() {
  const db = new Sqlite(':memory:');
  open.push(db);
  db.exec('create table t (n integer)');
  const prepared: string[] = [];
  const counting = {
    prepare: (sql: string) => {
      prepared.push(sql);
      return db.prepare(sql);
    },
    close: () => db.close(),
  };
  return { db, prepared, counting };
}

describe('cachingStatements', () => {
  it('prepares each SQL text once and runs it again with new parameters', () => {
    const { prepared, counting } = countingDatabase();
    const cached = cachingStatements(counting);
    for (const n of [1, 2, 3]) cached.prepare('insert into t (n) values (?)').run([n]);
    const rows = cached.prepare('select n from t where n >= ? order by n').all([2]);
    expect(rows).toEqual([{ n: 2 }, { n: 3 }]);
    expect(cached.prepare('select n from t where n >= ? order by n').all([3])).toEqual([{ n: 3 }]);
    expect(prepared).toEqual([
      'insert into t (n) values (?)',
      'select n from t where n >= ? order by n',
    ]);
  });

  it('keeps at most `capacity` statements, preparing an evicted one again', () => {
    const { prepared, counting } = countingDatabase();
    const cached = cachingStatements(counting, 2);
    for (const sql of ['select 1', 'select 2', 'select 3', 'select 1']) cached.prepare(sql).all([]);
    expect(prepared).toEqual(['select 1', 'select 2', 'select 3', 'select 1']);
  });

  it('still works after the schema changes under a cached statement', () => {
    const { counting } = countingDatabase();
    const cached = cachingStatements(counting);
    cached.prepare('insert into t (n) values (?)').run([1]);
    expect(cached.prepare('select * from t').all([])).toEqual([{ n: 1 }]);
    cached.prepare('alter table t add column m integer').run([]);
    expect(cached.prepare('select * from t').all([])).toEqual([{ n: 1, m: null }]);
  });

  it('closes the database', () => {
    const { db, counting } = countingDatabase();
    cachingStatements(counting).close();
    expect(db.open).toBe(false);
  });
});
