import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledOnce } from './compiled.js';
import { sqliteDialect } from './dialects.js';

interface Db {
  t: { a: string; b: string; n: number };
}

let dir: string;
let db: Kysely<Db>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'runstrong-compiled-'));
  db = new Kysely<Db>({ dialect: sqliteDialect(new Sqlite(join(dir, 'x.sqlite'))) });
  await db.schema
    .createTable('t')
    .addColumn('a', 'text')
    .addColumn('b', 'text')
    .addColumn('n', 'integer')
    .execute();
  await db
    .insertInto('t')
    .values([
      { a: 'x', b: 'p', n: 1 },
      { a: 'x', b: 'q', n: 2 },
      { a: 'y', b: 'p', n: 3 },
    ])
    .execute();
});
afterAll(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('compiledOnce', () => {
  it('runs the compiled SQL with each call’s values, in whatever order the SQL needs them', async () => {
    // b is used before a in the SQL; the fixed 0 sits between them.
    const rows = compiledOnce(db, (a: string, b: string) =>
      db
        .selectFrom('t')
        .select('n')
        .where('b', '=', b)
        .where('n', '>', 0)
        .where('a', '=', a)
        .orderBy('n'),
    );
    expect(await rows('x', 'p')).toEqual([{ n: 1 }]);
    expect(await rows('y', 'p')).toEqual([{ n: 3 }]);
    expect(await rows('x', 'q')).toEqual([{ n: 2 }]);
    expect(await rows('z', 'p')).toEqual([]);
  });

  it('gives the same rows as the query built each time', async () => {
    const built = (a: string) => db.selectFrom('t').selectAll().where('a', '=', a).orderBy('n');
    const compiled = compiledOnce(db, built);
    for (const a of ['x', 'y', 'z']) expect(await compiled(a)).toEqual(await built(a).execute());
  });

  it('refuses a build that does not pass an argument on as a plain value', async () => {
    const rows = compiledOnce(db, (a: string) =>
      db.selectFrom('t').select('n').where('a', '=', a.toUpperCase()),
    );
    await expect(rows('x')).rejects.toThrow(/argument 0 is not a plain parameter/);
  });
});
