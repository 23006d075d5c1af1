// Where the real GPX and TCX files live (our copies, and the shared corpus we may read but not
// copy) and what each one must read as. Distances and durations are summarize's; point counts
// were checked against the files (grep counts of <trkpt>, <rtept>, <Trackpoint>).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActivitySport } from '../../core/activity/types.js';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const OWN_DIR = join(REPO_ROOT, 'test/fixtures/activities');
/** Present on machines that have the project's shared folder next to the repository. */
export const SHARED_DIR = join(REPO_ROOT, '../shared/fixtures/activities');
export const HAS_SHARED = existsSync(SHARED_DIR);

export interface ReadOutcome {
  sport: ActivitySport;
  startTime: string;
  samples: number;
  /** Samples carrying a heart rate. */
  hrSamples: number;
  distanceKm: number;
  elapsedSec: number;
  laps: number;
}

export interface TextFixture {
  file: string;
  kind: 'gpx' | 'tcx';
  /** Only in the shared corpus (AGPL). */
  shared?: true;
  outcome: ReadOutcome | { error: string };
}

/** Every GPX and TCX fixture and what readActivityFile gives for it. */
export const TEXT_FIXTURES: readonly TextFixture[] = [
  {
    // Seven tracks of one day, all timed.
    file: 'gpxpy__cerknicko-jezero.gpx',
    kind: 'gpx',
    outcome: {
      sport: 'other',
      startTime: '2010-08-05T14:23:59.000Z',
      samples: 296,
      hrSamples: 0,
      distanceKm: 12.444,
      elapsedSec: 7190,
      laps: 0,
    },
  },
  {
    // 871 points, but the first track (358 points) is a saved track without times: only the
    // timed ACTIVE LOG is kept.
    file: 'gpxpy__korita-zbevnica.gpx',
    kind: 'gpx',
    outcome: {
      sport: 'other',
      startTime: '2010-10-03T09:36:30.000Z',
      samples: 513,
      hrSamples: 0,
      distanceKm: 6.138,
      elapsedSec: 13381,
      laps: 0,
    },
  },
  {
    // A route without any time: every point at 0 s, start at the epoch.
    file: 'gpxpy__route.gpx',
    kind: 'gpx',
    outcome: {
      sport: 'other',
      startTime: '1970-01-01T00:00:00.000Z',
      samples: 55,
      hrSamples: 0,
      distanceKm: 5.847,
      elapsedSec: 0,
      laps: 0,
    },
  },
  {
    file: 'gpxpy__track-with-empty-segment.gpx',
    kind: 'gpx',
    outcome: {
      sport: 'other',
      startTime: '2013-07-06T17:26:26.000Z',
      samples: 9,
      hrSamples: 0,
      distanceKm: 0.082,
      elapsedSec: 76,
      laps: 0,
    },
  },
  {
    // Starts with a byte-order mark and holds a single waypoint.
    file: 'gpxpy__unicode_with_bom.gpx',
    kind: 'gpx',
    outcome: { error: 'gpxpy__unicode_with_bom.gpx: GPX file holds no track or route points' },
  },
  {
    // Three tracks recorded months apart, put in time order: the span is about 140 days.
    file: 'togeojson__blue_hills.gpx',
    kind: 'gpx',
    outcome: {
      sport: 'other',
      startTime: '2001-05-26T15:15:07.000Z',
      samples: 1243,
      hrSamples: 0,
      distanceKm: 48.859,
      elapsedSec: 12118233,
      laps: 0,
    },
  },
  {
    // A made-up test file: a timeless track (two segments of two points, degrees apart) beats
    // the route, and an empty track and an empty segment are skipped.
    file: 'togeojson__garmin_extensions.gpx',
    kind: 'gpx',
    outcome: {
      sport: 'other',
      startTime: '1970-01-01T00:00:00.000Z',
      samples: 4,
      hrSamples: 0,
      distanceKm: 1378.53,
      elapsedSec: 0,
      laps: 0,
    },
  },
  {
    file: 'togeojson__missing_hr.gpx',
    kind: 'gpx',
    outcome: {
      sport: 'other',
      startTime: '2017-05-27T04:00:00.000Z',
      samples: 16,
      hrSamples: 9,
      distanceKm: 0.095,
      elapsedSec: 122,
      laps: 0,
    },
  },
  {
    file: 'togeojson__run.gpx',
    kind: 'gpx',
    outcome: {
      sport: 'other',
      startTime: '2012-10-24T23:29:40.000Z',
      samples: 206,
      hrSamples: 206,
      distanceKm: 3.069,
      elapsedSec: 948,
      laps: 0,
    },
  },
  {
    file: 'togeojson__run_gpxtpx.gpx',
    kind: 'gpx',
    outcome: {
      sport: 'other',
      startTime: '2015-01-19T21:24:20.000Z',
      samples: 42,
      hrSamples: 42,
      distanceKm: 0.125,
      elapsedSec: 41,
      laps: 0,
    },
  },
  {
    // Seven points have no heart rate.
    file: 'sportslib__run-6782987395.gpx',
    kind: 'gpx',
    shared: true,
    outcome: {
      sport: 'run',
      startTime: '2019-06-15T09:42:23.000Z',
      samples: 4967,
      hrSamples: 4960,
      distanceKm: 14.04,
      elapsedSec: 4989,
      laps: 0,
    },
  },
  {
    // 317 trackpoints; distance is the lap's DistanceMeters.
    file: 'togeojson__garmin_connect.tcx',
    kind: 'tcx',
    outcome: {
      sport: 'ride',
      startTime: '2020-03-06T00:23:46.000Z',
      samples: 317,
      hrSamples: 0,
      distanceKm: 1.692,
      elapsedSec: 4352,
      laps: 1,
    },
  },
  {
    // 19 trackpoints, two of them with a time only.
    file: 'togeojson__sample.tcx',
    kind: 'tcx',
    outcome: {
      sport: 'run',
      startTime: '2007-08-07T02:42:41.000Z',
      samples: 17,
      hrSamples: 0,
      distanceKm: 8.349,
      elapsedSec: 2325.02,
      laps: 1,
    },
  },
  {
    // Times with a +01:00 offset; the lap starts 947 s before its first trackpoint.
    file: 'togeojson__tour_hr.tcx',
    kind: 'tcx',
    outcome: {
      sport: 'ride',
      startTime: '2020-12-27T14:43:49.000Z',
      samples: 465,
      hrSamples: 465,
      distanceKm: 6.84,
      elapsedSec: 2283,
      laps: 1,
    },
  },
  {
    // Polar V800, white space before the XML declaration; four 1 km laps and a 157 m fifth.
    file: 'sportslib__run-6281425038.tcx',
    kind: 'tcx',
    shared: true,
    outcome: {
      sport: 'run',
      startTime: '2016-09-12T11:19:55.000Z',
      samples: 1545,
      hrSamples: 1545,
      distanceKm: 4.157,
      elapsedSec: 2163.051,
      laps: 5,
    },
  },
  {
    file: 'sportslib__run-6782987395.tcx',
    kind: 'tcx',
    shared: true,
    outcome: {
      sport: 'run',
      startTime: '2019-06-15T09:42:23.000Z',
      samples: 4989,
      hrSamples: 4982,
      distanceKm: 14.005,
      elapsedSec: 4989,
      laps: 2,
    },
  },
];

export function textFixture(file: string): TextFixture {
  const found = TEXT_FIXTURES.find((c) => c.file === file);
  if (found === undefined) throw new Error(`no fixture ${file}`);
  return found;
}

export function textFixturePath(c: TextFixture): string {
  return join(c.shared ? SHARED_DIR : OWN_DIR, c.kind, c.file);
}

/** The cases whose files are on this machine. */
export function availableTextFixtures(): TextFixture[] {
  return TEXT_FIXTURES.filter((c) => !c.shared || HAS_SHARED);
}
