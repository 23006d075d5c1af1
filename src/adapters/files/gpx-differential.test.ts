// Our GPX reader against @tmcw/togeojson on @xmldom/xmldom (a DOM reader written independently)
// over every GPX fixture: the same positions, times and heart rates. togeojson keeps tracks
// whole and in file order, so values are compared as sorted lists.
import { readFileSync } from 'node:fs';
import { gpx } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { parseGpx } from './gpx.js';
import {
  availableTextFixtures,
  type ReadOutcome,
  textFixturePath,
} from './text-fixtures.fixture.js';

interface PeerLine {
  coordinates: number[][];
  times?: string[];
  heart?: (number | null)[];
}

/** togeojson's track lines (route lines when no track has points), one per segment. */
function peerLines(text: string): PeerLine[] {
  // xmldom rejects a byte-order mark before the XML declaration.
  const doc = new DOMParser().parseFromString(text.replace(/^\uFEFF/, ''), 'text/xml');
  const lines = { trk: [] as PeerLine[], rte: [] as PeerLine[] };
  for (const feature of gpx(doc as unknown as Document).features) {
    const type = feature.properties?._gpxType as 'trk' | 'rte' | undefined;
    const geometry = feature.geometry;
    if (type === undefined || geometry === null) continue;
    const props = (feature.properties?.coordinateProperties ?? {}) as {
      times?: string[] | string[][];
      heart?: (number | null)[] | (number | null)[][];
    };
    const multi = geometry.type === 'MultiLineString';
    const segments: number[][][] = multi
      ? geometry.coordinates
      : geometry.type === 'LineString'
        ? [geometry.coordinates]
        : [];
    segments.forEach((coordinates, i) => {
      // A MultiLineString's per-point properties are nested one array per line.
      const pick = <T>(v: T[] | T[][] | undefined) => (multi ? v?.[i] : v) as T[] | undefined;
      lines[type].push({ coordinates, times: pick(props.times), heart: pick(props.heart) });
    });
  }
  return lines.trk.length > 0 ? lines.trk : lines.rte;
}

const sorted = <T>(xs: T[]) => [...xs].sort();

/** Positions of segments with a single point: togeojson drops them (a line needs two points). */
function singlePointSegments(text: string): string[] {
  const out: string[] = [];
  for (const [, body] of text.matchAll(/<trkseg>([\s\S]*?)<\/trkseg>/g)) {
    const points = [...(body ?? '').matchAll(/<trkpt lat="([^"]+)" lon="([^"]+)"/g)];
    if (points.length === 1) out.push(`${Number(points[0]![1])},${Number(points[0]![2])}`);
  }
  return out;
}

describe('GPX reader against togeojson', () => {
  const cases = availableTextFixtures().filter((c) => c.kind === 'gpx' && !('error' in c.outcome));
  for (const c of cases) {
    it(c.file, () => {
      const text = readFileSync(textFixturePath(c), 'utf8');
      const ours = parseGpx(text, c.file);
      const all = peerLines(text);
      // We leave out untimed segments when others carry times.
      const timed = all.filter((l) => l.times !== undefined);
      const lines = timed.length > 0 ? timed : all;

      const peerPositions = lines.flatMap((l) =>
        l.coordinates.map(([lon, lat]) => `${lat},${lon}`),
      );
      const expectedPositions = [...peerPositions, ...singlePointSegments(text)];
      expect(sorted(ours.samples.map((s) => `${s.lat},${s.lon}`))).toEqual(
        sorted(expectedPositions),
      );

      const outcome = c.outcome as ReadOutcome;
      const peerTimes = lines.flatMap((l) => l.times ?? []);
      if (ours.samples.length === peerPositions.length && outcome.elapsedSec > 0) {
        const startMs = Date.parse(ours.startTime);
        expect(sorted(ours.samples.map((s) => startMs + s.timeSec * 1000))).toEqual(
          sorted(peerTimes.map((t) => Date.parse(t))),
        );
      }

      // togeojson reads heart rate only under the gpxtpx prefix.
      if (text.includes('<gpxtpx:hr>')) {
        const peerHeart = lines.flatMap((l) => l.heart ?? []).filter((h) => h !== null && h > 0);
        expect(peerHeart).toHaveLength(outcome.hrSamples);
        expect(sorted(ours.samples.flatMap((s) => s.heartRateBpm ?? []))).toEqual(
          sorted(peerHeart),
        );
      }
    });
  }
});
