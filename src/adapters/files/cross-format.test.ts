// One run (sports-lib 6782987395, a Forerunner 945) exported as FIT, GPX and TCX must read as
// the same activity: distance within 1.5 % (GPX has no device distance and is measured from its
// points) and duration within 2 s. The files are AGPL: read from the shared corpus only.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../core/activity/summary.js';
import type { Activity } from '../../core/activity/types.js';
import { readActivityFile } from './detect.js';
import { SHARED_DIR } from './text-fixtures.fixture.js';

const RUN = 'sportslib__run-6782987395';
const paths = ['fit', 'gpx', 'tcx'].map((kind) => join(SHARED_DIR, kind, `${RUN}.${kind}`));
const present = paths.every((p) => existsSync(p));

const title = present
  ? 'the same run as FIT, GPX and TCX'
  : `the same run as FIT, GPX and TCX: skipped, ${RUN}.* is not in ../shared/fixtures/activities`;

describe.skipIf(!present)(title, () => {
  let activities: Promise<Activity[]> | undefined;
  const read = () => {
    activities ??= Promise.all(paths.map((p) => readActivityFile(p, readFileSync(p))));
    return activities;
  };

  it('starts at the same moment and is a run in each', async () => {
    const activities = await read();
    expect(activities.map((a) => a.sport)).toEqual(['run', 'run', 'run']);
    expect(new Set(activities.map((a) => a.startTime))).toEqual(
      new Set(['2019-06-15T09:42:23.000Z']),
    );
  });

  it('gives the same distance within 1.5 % and the same duration within 2 s', async () => {
    const [fit, gpx, tcx] = (await read()).map((a) => summarize(a));
    // The watch's own total: 14 004.85 m over 4 989.1 s.
    expect(fit!.distanceKm).toBeCloseTo(14.00485, 5);
    expect(fit!.elapsedTimeSec).toBeCloseTo(4989.112, 3);
    for (const other of [gpx!, tcx!]) {
      expect(Math.abs(other.distanceKm / fit!.distanceKm - 1)).toBeLessThan(0.015);
      expect(Math.abs(other.elapsedTimeSec - fit!.elapsedTimeSec)).toBeLessThanOrEqual(2);
    }
  });

  it('gives the same heart rate, and cadence within 1 step, where the files share a second', async () => {
    const [fit, gpx, tcx] = await read();
    const bySecond = (a: Activity) => new Map(a.samples.map((s) => [s.timeSec, s]));
    const fitBySecond = bySecond(fit!);
    for (const other of [gpx!, tcx!]) {
      let compared = 0;
      for (const s of other.samples) {
        const f = fitBySecond.get(s.timeSec);
        if (f === undefined || s.heartRateBpm === undefined || s.cadenceSpm === undefined) continue;
        expect(s.heartRateBpm).toBe(f.heartRateBpm);
        // FIT adds a fractional half step that the text exports round away.
        expect(Math.abs(s.cadenceSpm - f.cadenceSpm!)).toBeLessThanOrEqual(1);
        compared++;
      }
      expect(compared).toBeGreaterThan(4700);
    }
  });
});
