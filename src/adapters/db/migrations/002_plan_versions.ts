import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';

// Every current plan gets a version that changes whenever the plan is replaced, so what was
// read from one version can be kept and reused: a version's days never change. Its own small
// table: a column after the plan's JSON would make SQLite walk that whole value to reach it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plan_versions')
    .addColumn('athlete_id', 'text', (c) =>
      c.notNull().primaryKey().references('plans.athlete_id').onDelete('cascade'),
    )
    .addColumn('version', 'text', (c) => c.notNull())
    .execute();
  const loose = db as Kysely<{
    plans: { athlete_id: string };
    plan_versions: { athlete_id: string; version: string };
  }>;
  const plans = await loose.selectFrom('plans').select('athlete_id').execute();
  for (const { athlete_id } of plans) {
    await loose.insertInto('plan_versions').values({ athlete_id, version: randomUUID() }).execute();
  }
}
