// Where the real FIT files live: our own copies (MIT/BSD sources) and the shared extra corpus
// (files we may read but not copy), and the outcome each one must decode to.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const OWN_FIT_DIR = join(REPO_ROOT, 'test/fixtures/activities/fit');
/** Present on machines that have the project's shared folder next to the repository. */
export const SHARED_FIT_DIR = join(REPO_ROOT, '../shared/fixtures/activities/fit');
export const HAS_SHARED = existsSync(SHARED_FIT_DIR);

export type Outcome = { ok: true } | { partial: string } | { error: string };

export interface FixtureCase {
  file: string;
  /** Only in the shared corpus: AGPL or derived from the Garmin SDK example file. */
  shared?: true;
  outcome: Outcome;
  records: number;
  files?: number;
  sets?: number;
}

const OK = { ok: true } as const;

/** Every FIT fixture and what decodeFit gives for it. */
export const FIT_FIXTURES: readonly FixtureCase[] = [
  { file: 'fitanalyzer__20474406937_ACTIVITY.fit', outcome: OK, records: 1322, sets: 76 },
  { file: 'fitanalyzer__20555050352_ACTIVITY.fit', outcome: OK, records: 1870, sets: 41 },
  { file: 'fitanalyzer__20744294788_ACTIVITY.fit', outcome: OK, records: 2587, sets: 83 },
  { file: 'fitanalyzer__20748058539_ACTIVITY.fit', outcome: OK, records: 927, sets: 27 },
  { file: 'fitdecode__garmin-fr935-cr.fit', outcome: OK, records: 7515, files: 7 },
  { file: 'fitparse__2013-02-06-12-11-14.fit', outcome: OK, records: 590 },
  { file: 'fitparse__20170518-191602-1740899583.fit', outcome: OK, records: 1641 },
  { file: 'fitparse__compressed-speed-distance.fit', outcome: OK, records: 755 },
  { file: 'fitparse__coros-pace-2-cycling-misaligned-fields.fit', outcome: OK, records: 11272 },
  { file: 'fitparse__developer-types-sample.fit', outcome: OK, records: 3424 },
  {
    file: 'fitparse__elemnt-bolt-no-application-id-inside-developer-data-id.fit',
    outcome: OK,
    records: 132,
  },
  { file: 'fitparse__garmin-edge-500-activity.fit', outcome: OK, records: 10686 },
  { file: 'fitparse__garmin-fenix-5-run.fit', outcome: OK, records: 21 },
  {
    // The header's data size stops 17 bytes short of the last record.
    file: 'fitparse__nick.fit',
    outcome: {
      partial: 'file CRC mismatch; data message at byte 403437 runs past the end of the data',
    },
    records: 14391,
  },
  { file: 'fitparse__sample_mulitple_header.fit', outcome: OK, records: 1773, files: 4 },
  {
    // Cut short, and a record at byte 7451 is shorter than its definition says.
    file: 'fitparse__strava-android-app-201.10-b1218918.fit',
    outcome: {
      partial:
        'truncated at byte 78233 of 78252; data message at byte 7471 uses local message type 11, which has no definition',
    },
    records: 473,
  },
  { file: 'muktihari__big_activity.fit', outcome: OK, records: 99998 },
  { file: 'muktihari__triathlon_summary_first.fit', outcome: OK, records: 4043 },
  { file: 'tormoder__0134902991.fit', outcome: OK, records: 739 },
  { file: 'tormoder__mornindew-broken.fit', outcome: OK, records: 6874 },
  { file: 'tormoder__unterminated-strings.fit', outcome: OK, records: 33 },
  {
    file: 'fitparse__activity-activity-filecrc.fit',
    shared: true,
    outcome: { partial: 'file CRC mismatch' },
    records: 28,
    files: 2,
  },
  {
    file: 'fitparse__activity-filecrc.fit',
    shared: true,
    outcome: { partial: 'file CRC mismatch' },
    records: 14,
  },
  {
    file: 'fitparse__activity-large-fenxi2-multisport.fit',
    shared: true,
    outcome: OK,
    records: 24239,
  },
  {
    file: 'fitparse__activity-settings-corruptheader.fit',
    shared: true,
    outcome: { partial: 'bad header of chained FIT file at byte 771: no ".FIT" signature' },
    records: 14,
  },
  { file: 'fitparse__activity-small-fenix2-run.fit', shared: true, outcome: OK, records: 2809 },
  {
    file: 'fitparse__activity-unexpected-eof.fit',
    shared: true,
    outcome: { partial: 'truncated at byte 768 of 771' },
    records: 14,
  },
  { file: 'sportslib__broken-dates.fit', shared: true, outcome: OK, records: 3279 },
  {
    file: 'sportslib__empty-activities.fit',
    shared: true,
    outcome: { error: 'not a FIT file: header declares no data (data size 0)' },
    records: 0,
  },
  {
    file: 'sportslib__empty-sessions.fit',
    shared: true,
    outcome: { error: 'not a FIT file: 0 bytes' },
    records: 0,
  },
  { file: 'sportslib__run-6782987395.fit', shared: true, outcome: OK, records: 4988 },
  { file: 'sportslib__run-6860622783.fit', shared: true, outcome: OK, records: 3101 },
  { file: 'sportslib__run-6910052863.fit', shared: true, outcome: OK, records: 9543 },
  { file: 'sportslib__run-6914538454.fit', shared: true, outcome: OK, records: 1260 },
  { file: 'sportslib__run-6916728382.fit', shared: true, outcome: OK, records: 9698 },
];

export function fixturePath(c: FixtureCase): string {
  return join(c.shared ? SHARED_FIT_DIR : OWN_FIT_DIR, c.file);
}

/** The cases whose files are on this machine. */
export function availableFixtures(): FixtureCase[] {
  return FIT_FIXTURES.filter((c) => !c.shared || HAS_SHARED);
}

export function ownFitFiles(): string[] {
  return readdirSync(OWN_FIT_DIR).filter((f) => f.endsWith('.fit'));
}
