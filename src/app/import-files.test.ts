// The import use case on a real SQLite store with the real file readers: the fixtures imported
// twice, damaged files, Garmin strength sets, same-start duplicates and planned-vs-done links.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenedStore, openDatabase } from '../adapters/db/open.js';
import { activityFiles } from '../adapters/files/activity-files.js';
import { randomIds } from '../adapters/system/ids.js';
import type { Plan } from '../core/plan/types.js';
import { type ImportSource, importFiles, localDate } from './import-files.js';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/activities');
const STRENGTH_FIT = join(FIXTURES, 'fit/fitanalyzer__20748058539_ACTIVITY.fit');
const RUN_GPX = join(FIXTURES, 'gpx/togeojson__run.gpx');

const clock = { now: () => '2027-01-18T06:30:00.000Z' };

function fixtureSources(): ImportSource[] {
  return ['fit', 'gpx', 'tcx'].flatMap((kind) =>
    readdirSync(join(FIXTURES, kind))
      .sort()
      .map((f) => ({
        name: `${kind}/${f}`,
        open: async () => readFileSync(join(FIXTURES, kind, f)),
      })),
  );
}

const bytesSource = (name: string, bytes: Uint8Array, extra: Partial<ImportSource> = {}) => ({
  name,
  open: async () => bytes,
  ...extra,
});

let store: OpenedStore;
let serial = 0;
const deps = () => ({ store, clock, ids: randomIds, files: activityFiles });

async function newAthlete(): Promise<string> {
  const id = randomIds.newId();
  await store.users.create({
    id,
    email: `import${++serial}@example.org`,
    passwordHash: '',
    name: 'Importer',
    role: 'athlete',
    createdAt: clock.now(),
  });
  return id;
}

beforeAll(async () => {
  store = await openDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'runstrong-import-')) });
});
afterAll(() => store.close());

describe('importFiles', () => {
  it('imports the fixtures once: the second run finds every readable file already there', async () => {
    const athleteId = await newAthlete();
    const first = await importFiles(deps(), athleteId, fixtureSources());
    // The GPX with a BOM holds no points: the one file that cannot become an activity.
    expect(first.failed).toEqual([
      { file: 'gpx/gpxpy__unicode_with_bom.gpx', error: 'GPX file holds no track or route points' },
    ]);
    expect(first.files.filter((f) => f.status === 'partial').map((f) => f.file)).toEqual([
      'fit/fitparse__nick.fit',
      'fit/fitparse__strava-android-app-201.10-b1218918.fit',
    ]);
    expect(first.imported).toBe(first.activities.length);
    expect(first.imported + first.duplicates + first.failed.length).toBe(first.files.length);
    const stored = await store.activities.range(athleteId, {
      from: '1970-01-01',
      to: '2030-01-01',
    });
    expect(stored).toHaveLength(first.imported);

    const second = await importFiles(deps(), athleteId, fixtureSources());
    expect(second.imported).toBe(0);
    expect(second.activities).toEqual([]);
    expect(second.duplicates).toBe(first.imported + first.duplicates);
    expect(second.failed).toEqual(first.failed);
    expect(
      await store.activities.range(athleteId, { from: '1970-01-01', to: '2030-01-01' }),
    ).toHaveLength(first.imported);
  });

  it('reports a damaged file by name and reason and imports the rest', async () => {
    const athleteId = await newAthlete();
    const fit = readFileSync(STRENGTH_FIT);
    const summary = await importFiles(deps(), athleteId, [
      bytesSource('broken.fit', fit.subarray(0, 10)),
      bytesSource('notes.txt', Buffer.from('hello')),
      bytesSource('strength.fit', fit),
    ]);
    expect(summary.imported).toBe(1);
    expect(summary.failed.map((f) => f.file)).toEqual(['broken.fit', 'notes.txt']);
    expect(summary.failed[1]!.error).toMatch(/^not an activity file/);
    expect(summary.files.map((f) => f.status)).toEqual(['failed', 'failed', 'imported']);
  });

  it('turns a Garmin strength activity into a lift log with library exercises where names allow', async () => {
    const athleteId = await newAthlete();
    const summary = await importFiles(deps(), athleteId, [
      bytesSource('strength.fit', readFileSync(STRENGTH_FIT)),
    ]);
    const activity = summary.activities[0]!;
    expect(activity.sport).toBe('strength');
    const lifts = await store.liftLogs.range(athleteId, { from: '2025-10-20', to: '2025-10-20' });
    expect(lifts).toHaveLength(1);
    const log = lifts[0]!;
    expect(log.id).toBe(activity.id);
    expect(log.sets).toHaveLength(13);
    expect(log.sets[0]).toEqual({ exercise: 'pull-up', reps: 15, loadKg: 0 });
    expect(log.sets[6]).toEqual({ exercise: 'bench-press', reps: 6, loadKg: 14 });
    // Names without a single library match stay as the file gives them.
    expect(log.sets[1]!.exercise).toBe('triceps_extension/0');
    expect(activity.sets).toEqual(log.sets);
    // Lifting counts its elapsed time (nothing moves): 1857.71 s at the unknown-loading RPE 5.
    expect(log.durationMin).toBeCloseTo(1857.71 / 60, 6);
    expect(activity.load).toBeCloseTo((5 * 1857.71) / 60, 6);
  });

  it('takes a second recording of the same start and sport as a duplicate, whatever its bytes', async () => {
    const athleteId = await newAthlete();
    const gpx = readFileSync(RUN_GPX, 'utf8');
    const reworded = gpx.replace('<gpx ', '<!-- exported again --><gpx ');
    const summary = await importFiles(deps(), athleteId, [
      bytesSource('run.gpx', Buffer.from(gpx)),
      bytesSource('run-again.gpx', Buffer.from(reworded)),
      bytesSource('run-as-ride.gpx', Buffer.from(`${reworded}\n`), { sport: 'ride' }),
    ]);
    expect(summary.files.map((f) => f.status)).toEqual(['imported', 'duplicate', 'imported']);
  });

  it("names an activity as its export's index does, else as the file does, and keeps it", async () => {
    const athleteId = await newAthlete();
    const gpx = readFileSync(RUN_GPX, 'utf8');
    const summary = await importFiles(deps(), athleteId, [
      bytesSource('run.gpx', Buffer.from(gpx)),
      bytesSource('ride.gpx', Buffer.from(gpx.replaceAll('<time>2012-', '<time>2013-')), {
        sport: 'ride',
        title: 'Commute',
      }),
    ]);
    expect(summary.activities.map((a) => a.title)).toEqual(['Untitled', 'Commute']);
    const stored = await store.activities.range(athleteId, {
      from: '1900-01-01',
      to: '2100-01-01',
    });
    expect(stored.map((a) => a.title).sort()).toEqual(['Commute', 'Untitled']);
  });

  it('links an activity to the planned session of its day and kind', async () => {
    const athleteId = await newAthlete();
    const plan = JSON.parse(readFileSync(join(FIXTURES, '../sample-plan.json'), 'utf8')) as Plan;
    await store.plans.putCurrent({ athleteId, input: plan.input, plan, updatedAt: clock.now() });
    // The 2012 run moved onto 2026-03-07, the plan's long-run Saturday.
    const gpx = readFileSync(RUN_GPX, 'utf8').replaceAll('2012-10-24', '2026-03-07');
    const summary = await importFiles(deps(), athleteId, [
      bytesSource('saturday.gpx', Buffer.from(gpx), { sport: 'run' }),
    ]);
    expect(summary.activities[0]!.plannedDate).toBe('2026-03-07');
    const [stored] = await store.activities.range(athleteId, {
      from: '2026-03-07',
      to: '2026-03-07',
    });
    expect(stored!.plannedDate).toBe('2026-03-07');
  });

  it('dates an activity by the local day it started on', () => {
    expect(localDate('2025-10-20T23:30:00.000Z', 'UTC')).toBe('2025-10-20');
    expect(localDate('2025-10-20T23:30:00.000Z', 'Europe/Helsinki')).toBe('2025-10-21');
    expect(localDate('2025-10-21T03:00:00.000Z', 'America/Los_Angeles')).toBe('2025-10-20');
  });
});
