// Imported activities: a header row with the summary numbers, samples as one compressed blob.
import type { Kysely, Selectable } from 'kysely';
import type { ActivityHeader, ActivitySet, ActivityStore } from '../../app/ports.js';
import { compiledOnce } from './compiled.js';
import { decodeSamples, encodeSamples } from './samplesCodec.js';
import type { ActivitiesTable, Database } from './schema.js';
import { calendarDate, fromJson, instant, optionalCalendarDate, toJson } from './values.js';
import { touched, uniqueOrConflict } from './writes.js';

const HEADER_COLUMNS = [
  'id',
  'athlete_id',
  'content_hash',
  'sport',
  'sub_sport',
  'title',
  'start_time',
  'date',
  'distance_km',
  'moving_time_sec',
  'elapsed_time_sec',
  'elevation_gain_m',
  'avg_hr',
  'max_hr',
  'trimp',
  'srpe_load',
  'strength_volume_kg',
  'partial_reason',
  'planned_date',
  'imported_at',
] as const satisfies readonly (keyof ActivitiesTable)[];

type HeaderRow = Pick<Selectable<ActivitiesTable>, (typeof HEADER_COLUMNS)[number]>;

const toHeader = (row: HeaderRow): ActivityHeader => ({
  id: row.id,
  athleteId: row.athlete_id,
  contentHash: row.content_hash,
  sport: row.sport,
  subSport: row.sub_sport ?? undefined,
  title: row.title ?? undefined,
  startTime: row.start_time,
  date: row.date,
  summary: {
    distanceKm: row.distance_km,
    movingTimeSec: row.moving_time_sec,
    elapsedTimeSec: row.elapsed_time_sec,
    elevationGainM: row.elevation_gain_m,
    avgHr: row.avg_hr ?? undefined,
    maxHr: row.max_hr ?? undefined,
    trimp: row.trimp ?? undefined,
    srpeLoad: row.srpe_load ?? undefined,
    strengthVolumeKg: row.strength_volume_kg,
  },
  partialReason: row.partial_reason ?? undefined,
  plannedDate: row.planned_date ?? undefined,
  importedAt: row.imported_at,
});

export function activityStore(db: Kysely<Database>): ActivityStore {
  const findByHash = async (athleteId: string, contentHash: string) => {
    const row = await db
      .selectFrom('activities')
      .select(HEADER_COLUMNS)
      .where('athlete_id', '=', athleteId)
      .where('content_hash', '=', contentHash)
      .executeTakeFirst();
    return row && toHeader(row);
  };

  // Every calendar asks this: compiled once per store.
  const headersInRange = compiledOnce(db, (athleteId: string, from: string, to: string) =>
    db
      .selectFrom('activities')
      .select(HEADER_COLUMNS)
      .where('athlete_id', '=', athleteId)
      .where('date', '>=', from)
      .where('date', '<=', to)
      .orderBy('start_time')
      .orderBy('id'),
  );

  return {
    findByHash,
    async add(a) {
      const { summary: s } = a;
      // ON CONFLICT DO NOTHING rather than catching the error: in PostgreSQL a failed
      // statement spoils the whole transaction an import runs in.
      const inserted = await uniqueOrConflict('activity', () =>
        db
          .insertInto('activities')
          .values({
            id: a.id,
            athlete_id: a.athleteId,
            content_hash: a.contentHash,
            sport: a.sport,
            sub_sport: a.subSport ?? null,
            title: a.title ?? null,
            start_time: instant(a.startTime, 'startTime'),
            date: calendarDate(a.date),
            distance_km: s.distanceKm,
            moving_time_sec: s.movingTimeSec,
            elapsed_time_sec: s.elapsedTimeSec,
            elevation_gain_m: s.elevationGainM,
            avg_hr: s.avgHr ?? null,
            max_hr: s.maxHr ?? null,
            trimp: s.trimp ?? null,
            srpe_load: s.srpeLoad ?? null,
            strength_volume_kg: s.strengthVolumeKg,
            partial_reason: a.partialReason ?? null,
            planned_date: optionalCalendarDate(a.plannedDate, 'plannedDate'),
            imported_at: instant(a.importedAt, 'importedAt'),
            samples: encodeSamples(a.samples),
            sets: toJson(a.sets),
          })
          .onConflict((oc) => oc.columns(['athlete_id', 'content_hash']).doNothing())
          .returning('id')
          .executeTakeFirst(),
      );
      if (inserted) return { id: inserted.id, created: true };
      const existing = await findByHash(a.athleteId, a.contentHash);
      if (!existing) throw new Error(`activity ${a.contentHash}: conflicting row vanished`);
      return { id: existing.id, created: false };
    },
    async get(athleteId, id) {
      const row = await db
        .selectFrom('activities')
        .selectAll()
        .where('athlete_id', '=', athleteId)
        .where('id', '=', id)
        .executeTakeFirst();
      return (
        row && {
          ...toHeader(row),
          samples: decodeSamples(row.samples),
          sets: fromJson<ActivitySet[]>(row.sets),
        }
      );
    },
    async range(athleteId, { from, to }) {
      const rows = await headersInRange(
        athleteId,
        calendarDate(from, 'from'),
        calendarDate(to, 'to'),
      );
      return rows.map(toHeader);
    },
    async setPlannedDate(athleteId, id, plannedDate) {
      const result = await db
        .updateTable('activities')
        .set({ planned_date: optionalCalendarDate(plannedDate, 'plannedDate') })
        .where('athlete_id', '=', athleteId)
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return touched(result) > 0;
    },
    async remove(athleteId, id) {
      const result = await db
        .deleteFrom('activities')
        .where('athlete_id', '=', athleteId)
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return touched(result) > 0;
    },
  };
}
