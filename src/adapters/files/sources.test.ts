// Walking import paths: folders, Strava and Garmin export zips (nested too), gzip, damage.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeZip } from '../../../test/support/zip.js';
import { type ImportSource, importFiles } from '../../app/import-files.js';
import { type OpenedStore, openDatabase } from '../db/open.js';
import { randomIds } from '../system/ids.js';
import { activityFiles } from './activity-files.js';
import { activitySources, parseCsv, stravaIndex } from './sources.js';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/activities');
const fixture = (path: string) => readFileSync(join(FIXTURES, path));
const RUN_FIT = 'fit/fitparse__garmin-fenix-5-run.fit';
const STRENGTH_FIT = 'fit/fitanalyzer__20748058539_ACTIVITY.fit';
const TRACK_GPX = 'gpx/togeojson__run.gpx';
const RIDE_TCX = 'tcx/togeojson__garmin_connect.tcx';

const STRAVA_CSV = [
  'Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Filename',
  '1,"Oct 24, 2012, 11:29:40 PM","Evening Run, with ""hills""",Run,"two\nlines",787,activities/1.gpx',
  '2,"Jun 11, 2017, 2:34:09 PM",Morning Run,Run,,120,activities/2.fit.gz',
  '3,"Mar 6, 2020, 12:23:46 AM",Commute,Ride,,3000,activities/3.tcx.gz',
].join('\n');

async function collect(paths: string[]): Promise<{ source: ImportSource; bytes: Buffer }[]> {
  const out: { source: ImportSource; bytes: Buffer }[] = [];
  for await (const source of activitySources(paths)) {
    const opened = await source.open().catch(() => undefined);
    const chunks: Uint8Array[] = [];
    if (opened instanceof Uint8Array) chunks.push(opened);
    else if (opened) for await (const c of opened) chunks.push(c);
    out.push({ source, bytes: Buffer.concat(chunks) });
  }
  return out;
}

let dir: string;
let store: OpenedStore;
const athleteId = 'sources-athlete';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'runstrong-sources-'));
  store = await openDatabase({ dataDir: join(dir, 'store') });
  await store.users.create({
    id: athleteId,
    email: 'sources@example.org',
    passwordHash: '',
    name: 'S',
    role: 'athlete',
    createdAt: '2027-01-01T00:00:00.000Z',
  });
});
afterAll(() => store.close());

const importAll = (paths: string[]) =>
  importFiles(
    {
      store,
      clock: { now: () => '2027-01-01T00:00:00.000Z' },
      ids: randomIds,
      files: activityFiles,
    },
    athleteId,
    activitySources(paths),
  );

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes and line breaks inside quotes', () => {
    expect(parseCsv('a,"b,c","say ""hi""","x\r\ny"\r\n1,2,3,4')).toEqual([
      ['a', 'b,c', 'say "hi"', 'x\r\ny'],
      ['1', '2', '3', '4'],
    ]);
  });

  it("maps Strava's file names to our sports and the names the runner gave them", () => {
    expect([...stravaIndex(STRAVA_CSV)]).toEqual([
      ['activities/1.gpx', { sport: 'run', title: 'Evening Run, with "hills"' }],
      ['activities/2.fit.gz', { sport: 'run', title: 'Morning Run' }],
      ['activities/3.tcx.gz', { sport: 'ride', title: 'Commute' }],
    ]);
    const unknownType = 'Activity Name,Activity Type,Filename\n  ,Kitesurf,activities/9.fit';
    expect([...stravaIndex(unknownType)]).toEqual([['activities/9.fit', {}]]);
  });
});

describe('activitySources', () => {
  it('walks a folder recursively in name order, taking activity files and skipping the rest', async () => {
    const root = join(dir, 'folder');
    mkdirSync(join(root, 'b', 'deeper'), { recursive: true });
    writeFileSync(join(root, 'b', 'deeper', 'run.FIT'), fixture(RUN_FIT));
    writeFileSync(join(root, 'a.gpx.gz'), gzipSync(fixture(TRACK_GPX)));
    writeFileSync(join(root, 'notes.txt'), 'not an activity');
    const got = await collect([root]);
    expect(got.map((g) => g.source.name)).toEqual([
      join(root, 'a.gpx.gz'),
      join(root, 'b', 'deeper', 'run.FIT'),
    ]);
    expect(got[1]!.bytes.equals(fixture(RUN_FIT))).toBe(true);
  });

  it('reads a Strava export zip entry by entry, sports and names from its activities.csv', async () => {
    const zipPath = join(dir, 'strava.zip');
    writeFileSync(
      zipPath,
      makeZip([
        { name: 'activities/1.gpx', data: fixture(TRACK_GPX) },
        { name: 'activities/2.fit.gz', data: gzipSync(fixture(RUN_FIT)) },
        { name: 'activities/3.tcx.gz', data: gzipSync(fixture(RIDE_TCX)) },
        { name: 'profile.csv', data: Buffer.from('x') },
        { name: 'activities.csv', data: Buffer.from(STRAVA_CSV) },
      ]),
    );
    const got = await collect([zipPath]);
    expect(got.map((g) => [g.source.name, g.source.sport, g.source.title])).toEqual([
      [`${zipPath}/activities/1.gpx`, 'run', 'Evening Run, with "hills"'],
      [`${zipPath}/activities/2.fit.gz`, 'run', 'Morning Run'],
      [`${zipPath}/activities/3.tcx.gz`, 'ride', 'Commute'],
    ]);
    expect(got[0]!.bytes.equals(fixture(TRACK_GPX))).toBe(true);
  });

  it('opens the zips inside a Garmin export zip', async () => {
    const inner = makeZip([
      { name: 'run_1.fit', data: fixture(RUN_FIT) },
      { name: 'lift_2.fit', data: fixture(STRENGTH_FIT) },
    ]);
    const zipPath = join(dir, 'garmin.zip');
    writeFileSync(
      zipPath,
      makeZip([
        { name: 'DI_CONNECT/DI-Connect-Fitness/user_summary.json', data: Buffer.from('{}') },
        { name: 'DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip', data: inner },
      ]),
    );
    const got = await collect([zipPath]);
    const innerName = `${zipPath}/DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip`;
    expect(got.map((g) => g.source.name)).toEqual([
      `${innerName}/run_1.fit`,
      `${innerName}/lift_2.fit`,
    ]);
    expect(got[1]!.bytes.equals(fixture(STRENGTH_FIT))).toBe(true);
  });

  it('turns an unreadable archive or a missing path into one failing source', async () => {
    const bad = join(dir, 'bad.zip');
    writeFileSync(bad, 'PK but not a zip');
    const got: ImportSource[] = [];
    for await (const s of activitySources([bad, join(dir, 'missing')])) got.push(s);
    expect(got.map((s) => s.name)).toEqual([bad, join(dir, 'missing')]);
    await expect(got[0]!.open()).rejects.toThrow(/not a readable zip archive/);
    await expect(got[1]!.open()).rejects.toThrow('no such file or folder');
  });
});

describe('importing an export zip', () => {
  it('imports the good files of a zip with one damaged file and lists the damaged one', async () => {
    const zipPath = join(dir, 'damaged.zip');
    // Cut inside the 14-byte header: nothing of it can be verified.
    const truncated = fixture(STRENGTH_FIT).subarray(0, 10);
    writeFileSync(
      zipPath,
      makeZip([
        { name: 'activities/1.gpx', data: fixture(TRACK_GPX) },
        { name: 'activities/2.fit', data: truncated },
        { name: 'activities/3.tcx.gz', data: gzipSync(fixture(RIDE_TCX)) },
        { name: 'activities.csv', data: Buffer.from(STRAVA_CSV) },
      ]),
    );
    const summary = await importAll([zipPath]);
    expect(summary.imported).toBe(2);
    expect(summary.failed).toHaveLength(1);
    expect(summary.failed[0]!.file).toBe(`${zipPath}/activities/2.fit`);
    expect(summary.failed[0]!.error).toMatch(/\S/);
    // The GPX has no sport of its own: the CSV made it a run.
    expect(summary.activities.map((a) => a.sport)).toEqual(['run', 'ride']);
  });
});
