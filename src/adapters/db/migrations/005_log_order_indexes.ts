import type { Kysely } from 'kysely';

// Runs and lifts are read a month at a time in date order, then by id (several a day). With
// id in the index the rows come out of it in that order, and no read sorts them again.
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['run_logs', 'lift_logs']) {
    await db.schema
      .createIndex(`${table}_athlete_date_id`)
      .on(table)
      .columns(['athlete_id', 'date', 'id'])
      .execute();
    await db.schema.dropIndex(`${table}_athlete_date`).execute();
  }
}
