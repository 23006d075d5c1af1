import type { Kysely } from 'kysely';

// The name an activity was given (a GPX track's name, Strava's "Activity Name"); none when the
// file and its export have none.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('activities').addColumn('title', 'text').execute();
}
