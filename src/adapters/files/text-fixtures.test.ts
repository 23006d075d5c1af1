// Every real GPX and TCX fixture reads to its documented outcome (text-fixtures.fixture.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../core/activity/summary.js';
import { readActivityFile } from './detect.js';
import {
  availableTextFixtures,
  HAS_SHARED,
  OWN_DIR,
  SHARED_DIR,
  TEXT_FIXTURES,
  textFixturePath,
} from './text-fixtures.fixture.js';

describe('GPX and TCX fixtures', () => {
  it('lists every copied file', () => {
    const own = new Set(TEXT_FIXTURES.filter((c) => !c.shared).map((c) => `${c.kind}/${c.file}`));
    const copied = ['gpx', 'tcx'].flatMap((kind) =>
      readdirSync(join(OWN_DIR, kind)).map((file) => `${kind}/${file}`),
    );
    expect(new Set(copied)).toEqual(own);
  });

  it.skipIf(!HAS_SHARED)('lists every file of the shared corpus', () => {
    const listed = new Set(TEXT_FIXTURES.map((c) => `${c.kind}/${c.file}`));
    for (const kind of ['gpx', 'tcx']) {
      for (const file of readdirSync(join(SHARED_DIR, kind))) {
        expect(listed.has(`${kind}/${file}`), file).toBe(true);
      }
    }
  });

  for (const c of availableTextFixtures()) {
    it(`${c.file}`, async () => {
      const read = readActivityFile(c.file, readFileSync(textFixturePath(c)));
      if ('error' in c.outcome) {
        await expect(read).rejects.toThrow(c.outcome.error);
        return;
      }
      const a = await read;
      const summary = summarize(a);
      expect({
        sport: a.sport,
        startTime: a.startTime,
        samples: a.samples.length,
        hrSamples: a.samples.filter((s) => s.heartRateBpm !== undefined).length,
        distanceKm: Math.round(summary.distanceKm * 1000) / 1000,
        elapsedSec: summary.elapsedTimeSec,
        laps: a.laps.length,
      }).toEqual(c.outcome);
      expect(a.partial).toBeUndefined();
      for (let i = 1; i < a.samples.length; i++) {
        expect(a.samples[i]!.timeSec).toBeGreaterThanOrEqual(a.samples[i - 1]!.timeSec);
      }
    });
  }
});
