// TCX (Garmin Training Center XML) → the core Activity. Unlike GPX, TCX carries the device's
// own numbers: cumulative distance on every trackpoint and per-lap totals, which we keep.
import type {
  Activity,
  ActivitySport,
  ActivityTotals,
  Lap,
  Sample,
} from '../../core/activity/types.js';
import { FileFormatError } from './errors.js';
import { parseIsoTimeMs } from './iso-time.js';
import { ONE_FOOT_CADENCE_SPORTS, sportFromName } from './sport.js';
import {
  element,
  elements,
  forEachLeaf,
  numberOf,
  rawElements,
  readXml,
  textOf,
  type XmlFormat,
  type XmlNode,
  xmlText,
} from './xml.js';

const TCX: XmlFormat = { name: 'TCX', root: 'TrainingCenterDatabase', points: ['Trackpoint'] };

/**
 * A trackpoint's values by element name: Time, LatitudeDegrees, LongitudeDegrees,
 * AltitudeMeters, DistanceMeters, Value (the only one in a trackpoint is its heart rate),
 * Cadence, and Garmin's extension values Speed, RunCadence and Watts. First one wins.
 */
type TrackpointValues = Map<string, string>;

interface TcxLap {
  node: XmlNode;
  startMs?: number;
  kcal?: number;
  points: { timeMs: number; values: TrackpointValues }[];
}

interface TcxActivity {
  sport: ActivitySport;
  device?: string;
  laps: TcxLap[];
}

function trackpointValues(inner: string): TrackpointValues {
  const values: TrackpointValues = new Map();
  forEachLeaf(inner, (name, text) => {
    if (!values.has(name)) values.set(name, text);
  });
  return values;
}

function readTrackpoints(lap: XmlNode): TcxLap['points'] {
  const points: TcxLap['points'] = [];
  for (const track of elements(lap, 'Track')) {
    for (const { inner } of rawElements(track, 'Trackpoint')) {
      const values = trackpointValues(inner);
      // The schema requires a time on every trackpoint; one without cannot be placed.
      const timeMs = parseIsoTimeMs(values.get('Time'));
      if (timeMs !== undefined) points.push({ timeMs, values });
    }
  }
  return points;
}

function readActivities(root: XmlNode): TcxActivity[] {
  return elements(element(root, 'Activities'), 'Activity').map((activity) => ({
    sport: sportFromName(textOf(activity, '@_Sport')),
    device: textOf(element(activity, 'Creator'), 'Name'),
    laps: elements(activity, 'Lap').map((lap) => ({
      node: lap,
      startMs: parseIsoTimeMs(textOf(lap, '@_StartTime')),
      kcal: numberOf(lap, 'Calories'),
      points: readTrackpoints(lap),
    })),
  }));
}

function numberIn(values: TrackpointValues, name: string): number | undefined {
  const text = values.get(name);
  const n = text === undefined || text === '' ? Number.NaN : Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Cadence: TCX's own <Cadence> is crank turns (rpm) on a bike and, from the running apps that
 * write it there, strides of one foot; Garmin's RunCadence extension is one foot by definition.
 * The Sample wants both feet for foot sports, so those are doubled.
 */
function cadenceSpm(values: TrackpointValues, sport: ActivitySport): number | undefined {
  const runCadence = numberIn(values, 'RunCadence');
  if (runCadence !== undefined) return runCadence * 2;
  const cadence = numberIn(values, 'Cadence');
  if (cadence === undefined) return undefined;
  return ONE_FOOT_CADENCE_SPORTS.has(sport) ? cadence * 2 : cadence;
}

/** A sample with what the trackpoint measured; undefined when it holds only a time. */
function toSample(
  values: TrackpointValues,
  timeMs: number,
  startMs: number,
  sport: ActivitySport,
): Sample | undefined {
  const sample: Sample = { timeSec: (timeMs - startMs) / 1000 };
  let measured = false;
  const lat = numberIn(values, 'LatitudeDegrees');
  const lon = numberIn(values, 'LongitudeDegrees');
  if (lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
    sample.lat = lat;
    sample.lon = lon;
    measured = true;
  }
  const set = (key: keyof Omit<Sample, 'timeSec' | 'lat' | 'lon'>, value: number | undefined) => {
    if (value === undefined) return;
    sample[key] = value;
    measured = true;
  };
  set('altitudeM', numberIn(values, 'AltitudeMeters'));
  set('distanceM', numberIn(values, 'DistanceMeters'));
  const heartRate = numberIn(values, 'Value');
  if (heartRate !== undefined && heartRate > 0) set('heartRateBpm', heartRate);
  set('cadenceSpm', cadenceSpm(values, sport));
  set('powerW', numberIn(values, 'Watts'));
  set('speedMps', numberIn(values, 'Speed'));
  return measured ? sample : undefined;
}

/**
 * TotalTimeSeconds is the lap's timer time (pauses left out); elapsed is at least that, and at
 * least the span from the lap's start to its last trackpoint.
 */
function toLap(lap: TcxLap, startMs: number): Lap | undefined {
  const lapStartMs = lap.startMs ?? lap.points[0]?.timeMs;
  if (lapStartMs === undefined) return undefined;
  const timerSec = numberOf(lap.node, 'TotalTimeSeconds');
  const lastPoint = lap.points[lap.points.length - 1];
  const spanSec = lastPoint === undefined ? undefined : (lastPoint.timeMs - lapStartMs) / 1000;
  if (timerSec === undefined && spanSec === undefined) return undefined;
  const out: Lap = {
    startOffsetSec: (lapStartMs - startMs) / 1000,
    elapsedSec: Math.max(timerSec ?? 0, spanSec ?? 0),
  };
  const distanceM = numberOf(lap.node, 'DistanceMeters');
  const avgHr = numberOf(element(lap.node, 'AverageHeartRateBpm'), 'Value');
  const maxHr = numberOf(element(lap.node, 'MaximumHeartRateBpm'), 'Value');
  if (timerSec !== undefined) out.timerSec = timerSec;
  if (distanceM !== undefined) out.distanceM = distanceM;
  if (avgHr !== undefined) out.avgHr = avgHr;
  if (maxHr !== undefined) out.maxHr = maxHr;
  return out;
}

/** Totals over the laps: distance only when every lap has one, heart rate weighted by timer time. */
function totals(laps: readonly Lap[], kcals: readonly (number | undefined)[]) {
  if (laps.length === 0) return undefined;
  const out: ActivityTotals = {
    elapsedSec: Math.max(...laps.map((l) => l.startOffsetSec + l.elapsedSec)),
  };
  if (laps.every((l) => l.distanceM !== undefined)) {
    out.distanceM = laps.reduce((sum, l) => sum + l.distanceM!, 0);
  }
  let timerSec: number | undefined;
  let hrWeighted = 0;
  let hrSec = 0;
  for (const lap of laps) {
    if (lap.timerSec !== undefined) timerSec = (timerSec ?? 0) + lap.timerSec;
    if (lap.avgHr !== undefined && lap.timerSec !== undefined) {
      hrWeighted += lap.avgHr * lap.timerSec;
      hrSec += lap.timerSec;
    }
    if (lap.maxHr !== undefined) out.maxHr = Math.max(out.maxHr ?? 0, lap.maxHr);
  }
  if (timerSec !== undefined) out.timerSec = timerSec;
  if (hrSec > 0) out.avgHr = hrWeighted / hrSec;
  if (kcals.some((k) => k !== undefined))
    out.kcal = kcals.reduce((s: number, k) => s + (k ?? 0), 0);
  return out;
}

function earliestMs(activities: readonly TcxActivity[]): number | undefined {
  let first: number | undefined;
  for (const a of activities) {
    for (const lap of a.laps) {
      const t = lap.startMs ?? lap.points[0]?.timeMs;
      if (t !== undefined && (first === undefined || t < first)) first = t;
    }
  }
  return first;
}

/**
 * Reads a TCX file into an Activity: every Activity under <Activities> (several of different
 * sports give 'other' / 'multisport'), their laps with timer time, distance and heart rate,
 * and trackpoints with position, altitude, device distance, heart rate, cadence (doubled to
 * steps per minute for foot sports), power and speed. Totals add up the laps, so summarize uses
 * the device's distance. Throws FileFormatError for a file that is not TCX, not well-formed,
 * or holds no timed lap or trackpoint; a cut-short file gives what came before the cut with
 * `partial` set.
 */
export function parseTcx(input: string | Uint8Array, fileName = 'TCX input'): Activity {
  const { root, cutShort } = readXml(xmlText(input), fileName, TCX);
  const activities = readActivities(root);
  const startMs = earliestMs(activities);
  if (startMs === undefined) {
    throw new FileFormatError(
      fileName,
      'TCX file holds no activity with a timed lap or trackpoint',
    );
  }
  const sports = new Set(activities.map((a) => a.sport));
  const sport = sports.size === 1 ? activities[0]!.sport : 'other';

  const samples: Sample[] = [];
  const laps: Lap[] = [];
  const kcals: (number | undefined)[] = [];
  for (const a of activities) {
    for (const tcxLap of a.laps) {
      for (const p of tcxLap.points) {
        const sample = toSample(p.values, p.timeMs, startMs, a.sport);
        if (sample !== undefined) samples.push(sample);
      }
      const lap = toLap(tcxLap, startMs);
      if (lap !== undefined) {
        laps.push(lap);
        kcals.push(tcxLap.kcal);
      }
    }
  }
  // Activities may be listed in any order; the Activity runs forward in time.
  samples.sort((x, y) => x.timeSec - y.timeSec);
  laps.sort((x, y) => x.startOffsetSec - y.startOffsetSec);

  const activity: Activity = {
    sport,
    startTime: new Date(startMs).toISOString(),
    samples,
    laps,
    sets: [],
  };
  if (sports.size > 1) activity.subSport = 'multisport';
  const device = activities.find((a) => a.device !== undefined)?.device;
  if (device !== undefined) activity.device = device;
  const lapTotals = totals(laps, kcals);
  if (lapTotals !== undefined) activity.totals = lapTotals;
  if (cutShort !== undefined) activity.partial = { reason: cutShort };
  return activity;
}
