import { type Kysely, sql } from 'kysely';

// The moves and edits made to the current plan since it was generated (JSON, core PlanChange[]),
// replayed each time the plan is made again so they outlast the adaptation.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('plans')
    .addColumn('changes', 'text', (c) => c.notNull().defaultTo(sql`'[]'`))
    .execute();
}
