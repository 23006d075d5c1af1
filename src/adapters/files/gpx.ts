// GPX 1.0 / 1.1 → the core Activity. A GPX file holds positions, and sometimes elevation, times
// and sensor values in extensions; it carries no device distance, so summarize measures the
// distance from the points (core/activity/distance.ts).
import type { Activity, ActivitySport, Sample } from '../../core/activity/types.js';
import { FileFormatError } from './errors.js';
import { parseIsoTimeMs } from './iso-time.js';
import { ONE_FOOT_CADENCE_SPORTS, sportFromName } from './sport.js';
import {
  element,
  elements,
  forEachLeaf,
  numberOf,
  type RawElement,
  rawElements,
  readXml,
  textOf,
  type XmlFormat,
  type XmlNode,
  xmlText,
} from './xml.js';

const GPX: XmlFormat = { name: 'GPX', root: 'gpx', points: ['trkpt', 'rtept'] };

/** A point as read, before times are settled. */
interface GpxPoint {
  lat: number;
  lon: number;
  timeMs?: number;
  altitudeM?: number;
  heartRateBpm?: number;
  /** As the file has it: one foot for running in Garmin's TrackPointExtension. */
  cadence?: number;
  powerW?: number;
  speedMps?: number;
}

type PointKey = 'altitudeM' | 'heartRateBpm' | 'cadence' | 'powerW' | 'speedMps';

// A point's own children (<ele>, <time>, GPX 1.0's <speed>) and the sensor values in its
// <extensions>, either direct (<power>, <heartrate>) or inside a vendor element such as
// Garmin's TrackPointExtension (<hr>, <cad>, <speed>) under whatever namespace prefix the
// writer chose. The first value of each kind counts: a point's own children come first.
const VALUE_NAMES: Readonly<Record<string, PointKey>> = {
  ele: 'altitudeM',
  hr: 'heartRateBpm',
  heartrate: 'heartRateBpm',
  cad: 'cadence',
  cadence: 'cadence',
  power: 'powerW',
  watts: 'powerW',
  speed: 'speedMps',
};

function readPoint({ attributes, inner }: RawElement): GpxPoint | undefined {
  const lat = numberOf(attributes, '@_lat');
  const lon = numberOf(attributes, '@_lon');
  if (lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    return undefined;
  }
  const point: GpxPoint = { lat, lon };
  forEachLeaf(inner, (name, text) => {
    if (name === 'time') {
      point.timeMs ??= parseIsoTimeMs(text);
      return;
    }
    const key = VALUE_NAMES[name.toLowerCase()];
    if (key === undefined || point[key] !== undefined || text === '') return;
    const value = Number(text);
    // Altitude may be zero or below; a sensor reading of 0 means no reading.
    if (Number.isFinite(value) && (key === 'altitudeM' || value > 0)) point[key] = value;
  });
  return point;
}

function readSegment(elements: readonly RawElement[]): GpxPoint[] {
  const points: GpxPoint[] = [];
  for (const element of elements) {
    const point = readPoint(element);
    if (point !== undefined) points.push(point);
  }
  return points;
}

/** Track segments with points; the routes when no track has any. Empty segments are left out. */
function readSegments(gpx: XmlNode): {
  segments: GpxPoint[][];
  typeName?: string;
  title?: string;
} {
  const segments: GpxPoint[][] = [];
  let typeName: string | undefined;
  let title: string | undefined;
  for (const trk of elements(gpx, 'trk')) {
    typeName ??= textOf(trk, 'type');
    title ??= textOf(trk, 'name');
    for (const seg of elements(trk, 'trkseg')) {
      const points = readSegment(rawElements(seg, 'trkpt'));
      if (points.length > 0) segments.push(points);
    }
  }
  if (segments.length > 0) return { segments, typeName, title };
  for (const rte of elements(gpx, 'rte')) {
    typeName ??= textOf(rte, 'type');
    title ??= textOf(rte, 'name');
    const points = readSegment(rawElements(rte, 'rtept'));
    if (points.length > 0) segments.push(points);
  }
  return { segments, typeName, title };
}

/**
 * Gives every point of a segment a time: a point between two timed points gets a time spread
 * evenly by position between them; points before the first or after the last timed point take
 * that point's time. Returns false when the segment has no time at all.
 */
function fillTimes(points: GpxPoint[]): boolean {
  let lastTimed = -1;
  for (let i = 0; i < points.length; i++) {
    const t = points[i]!.timeMs;
    if (t === undefined) continue;
    const from = lastTimed < 0 ? 0 : lastTimed + 1;
    const t0 = lastTimed < 0 ? t : points[lastTimed]!.timeMs!;
    for (let j = from; j < i; j++) {
      points[j]!.timeMs = t0 + ((t - t0) * (j - lastTimed)) / (i - lastTimed);
    }
    lastTimed = i;
  }
  if (lastTimed < 0) return false;
  const tEnd = points[lastTimed]!.timeMs!;
  for (let j = lastTimed + 1; j < points.length; j++) points[j]!.timeMs = tEnd;
  return true;
}

/** The document's own time (<metadata><time> in GPX 1.1, <time> under <gpx> in 1.0). */
function documentTimeMs(gpx: XmlNode): number | undefined {
  return parseIsoTimeMs(textOf(element(gpx, 'metadata'), 'time') ?? textOf(gpx, 'time'));
}

function toSample(p: GpxPoint, startMs: number, sport: ActivitySport): Sample {
  const sample: Sample = {
    timeSec: ((p.timeMs ?? startMs) - startMs) / 1000,
    lat: p.lat,
    lon: p.lon,
  };
  if (p.altitudeM !== undefined) sample.altitudeM = p.altitudeM;
  if (p.heartRateBpm !== undefined) sample.heartRateBpm = p.heartRateBpm;
  if (p.cadence !== undefined) {
    sample.cadenceSpm = ONE_FOOT_CADENCE_SPORTS.has(sport) ? p.cadence * 2 : p.cadence;
  }
  if (p.powerW !== undefined) sample.powerW = p.powerW;
  if (p.speedMps !== undefined) sample.speedMps = p.speedMps;
  return sample;
}

/**
 * Reads a GPX file into an Activity: every non-empty track segment (the routes when there is
 * no track), elevation, and heart rate, cadence, power and speed from extensions.
 *
 * Times: when some segments have times, untimed segments are left out (a device export often
 * carries a saved or planned track beside the recording), missing times inside a segment are
 * filled in (fillTimes) and segments are put in time order. A file without any time (a planned
 * route) keeps its points in file order at 0 s and starts at the document's time, else at the
 * Unix epoch.
 *
 * Sport from the first <type> (sport.ts), else 'other'. Running cadence (one foot in Garmin's
 * extension) is doubled to steps per minute. Throws FileFormatError for a file that is not GPX,
 * not well-formed, or holds no track or route point; a cut-short file gives the points before
 * the cut with `partial` set.
 */
export function parseGpx(input: string | Uint8Array, fileName = 'GPX input'): Activity {
  const { root, cutShort } = readXml(xmlText(input), fileName, GPX);
  const { segments, typeName, title: trackTitle } = readSegments(root);
  const title = (trackTitle ?? textOf(element(root, 'metadata'), 'name'))?.trim();
  if (segments.length === 0) {
    throw new FileFormatError(fileName, 'GPX file holds no track or route points');
  }
  const timed = segments.filter(fillTimes);
  // Segments in time order: recordings from different days gathered in one file follow each other.
  timed.sort((a, b) => a[0]!.timeMs! - b[0]!.timeMs!);
  const kept = timed.length > 0 ? timed : segments;
  let startMs = Number.POSITIVE_INFINITY;
  for (const seg of kept) {
    for (const p of seg) if (p.timeMs !== undefined && p.timeMs < startMs) startMs = p.timeMs;
  }
  if (!Number.isFinite(startMs)) startMs = documentTimeMs(root) ?? 0;

  const sport = sportFromName(typeName);
  const samples: Sample[] = [];
  for (const seg of kept) for (const p of seg) samples.push(toSample(p, startMs, sport));
  const activity: Activity = {
    sport,
    startTime: new Date(startMs).toISOString(),
    samples,
    laps: [],
    sets: [],
    ...(title && { title }),
  };
  if (cutShort !== undefined) activity.partial = { reason: cutShort };
  return activity;
}
