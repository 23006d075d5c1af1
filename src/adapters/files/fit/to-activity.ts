// FIT messages → the core Activity.
import type {
  Activity,
  ActivitySport,
  ActivityTotals,
  Lap,
  Sample,
  StrengthSet,
} from '../../../core/activity/types.js';
import type { FitColumn, FitRecords } from './records.js';
import { FitError, type FitFile, type FitMessage } from './types.js';

function num(msg: FitMessage | undefined, key: string): number | undefined {
  const v = msg?.[key];
  return typeof v === 'number' ? v : undefined;
}

function str(msg: FitMessage | undefined, key: string): string | undefined {
  const v = msg?.[key];
  return typeof v === 'string' ? v : undefined;
}

/** Element i of an array field (or the scalar itself when i is 0); undefined when invalid. */
function element(msg: FitMessage, key: string, i: number): number | string | undefined {
  const v = msg[key];
  if (Array.isArray(v)) return v[i] ?? undefined;
  return i === 0 && (typeof v === 'number' || typeof v === 'string') ? v : undefined;
}

/**
 * The set's exercise as FIT gives it: category name, then the exercise number within the
 * category when known. Watches may list several guesses; the first known one is the pick.
 */
function exerciseOf(set: FitMessage): string | undefined {
  const count = Array.isArray(set.category) ? set.category.length : 1;
  for (let i = 0; i < count; i++) {
    const category = element(set, 'category', i);
    if (category === undefined || category === 'unknown') continue;
    const name = element(set, 'category_subtype', i);
    return name === undefined ? String(category) : `${category}/${name}`;
  }
  return undefined;
}

/** FIT sport and sub-sport names → our sport. The sub-sport decides for gym and machine work. */
export function activitySport(
  sport: string | undefined,
  subSport: string | undefined,
): ActivitySport {
  if (subSport === 'strength_training') return 'strength';
  if (subSport === 'indoor_rowing') return 'row';
  if (subSport === 'treadmill' || subSport === 'indoor_running') return 'run';
  if (subSport === 'indoor_cycling' || subSport === 'spin') return 'ride';
  if (subSport === 'indoor_walking') return 'walk';
  switch (sport) {
    case 'running':
      return 'run';
    case 'cycling':
    case 'e_biking':
      return 'ride';
    case 'swimming':
      return 'swim';
    case 'walking':
      return 'walk';
    case 'hiking':
    case 'mountaineering':
      return 'hike';
    case 'rowing':
      return 'row';
    default:
      return 'other';
  }
}

/** Sports whose FIT cadence counts one foot (strides per minute). */
const FOOT_SPORTS: ReadonlySet<ActivitySport> = new Set(['run', 'walk', 'hike']);

interface SessionSpan {
  startSec: number;
  endSec: number;
  sport: ActivitySport;
}

function sessionSpans(sessions: readonly FitMessage[]): SessionSpan[] {
  const spans: SessionSpan[] = [];
  for (const s of sessions) {
    const startSec = num(s, 'start_time');
    if (startSec === undefined) continue;
    const elapsed = num(s, 'total_elapsed_time') ?? 0;
    spans.push({
      startSec,
      endSec: startSec + elapsed,
      sport: activitySport(str(s, 'sport'), str(s, 'sub_sport')),
    });
  }
  return spans.sort((a, b) => a.startSec - b.startSec);
}

/** One sport when all sessions agree; a multisport file becomes 'other' / 'multisport'. */
function overallSport(
  fit: FitFile,
  spans: readonly SessionSpan[],
): { sport: ActivitySport; subSport?: string } {
  const sessions = fit.messages.session;
  const sports = new Set(spans.map((s) => s.sport));
  if (sports.size > 1) return { sport: 'other', subSport: 'multisport' };
  const source = sessions[0] ?? fit.messages.sport[0] ?? fit.messages.lap[0];
  const subSport = str(source, 'sub_sport');
  const sport = activitySport(str(source, 'sport'), subSport);
  return subSport === undefined || subSport === 'generic' ? { sport } : { sport, subSport };
}

/** The first valid value of a column, if any. */
function firstValue(values: FitColumn): number | undefined {
  for (let i = 0; i < values.length; i++) {
    const v = values.at(i);
    if (!Number.isNaN(v)) return v;
  }
  return undefined;
}

function startSecOf(fit: FitFile, spans: readonly SessionSpan[]): number | undefined {
  return (
    spans[0]?.startSec ??
    firstValue(fit.records.column('timestamp')) ??
    num(fit.messages.activity[0], 'timestamp') ??
    num(fit.messages.file_id[0], 'time_created')
  );
}

/** The value of the first field, where valid, else of the second (enhanced_speed, speed). */
function either(first: FitColumn, second: FitColumn, i: number): number {
  const v = first.at(i);
  return Number.isNaN(v) ? second.at(i) : v;
}

function samples(
  records: FitRecords,
  startSec: number,
  spans: readonly SessionSpan[],
  fallback: ActivitySport,
): Sample[] {
  const time = records.column('timestamp');
  const lat = records.column('position_lat');
  const lon = records.column('position_long');
  const enhancedAltitude = records.column('enhanced_altitude');
  const altitude = records.column('altitude');
  const distance = records.column('distance');
  const heartRate = records.column('heart_rate');
  const cadence = records.column('cadence');
  const fractionalCadence = records.column('fractional_cadence');
  const power = records.column('power');
  const enhancedSpeed = records.column('enhanced_speed');
  const speed = records.column('speed');
  const out: Sample[] = [];
  let span = 0;
  for (let i = 0; i < records.length; i++) {
    const t = time.at(i);
    if (Number.isNaN(t)) continue;
    while (span + 1 < spans.length && t >= spans[span + 1]!.startSec) span++;
    const sport = spans[span]?.sport ?? fallback;
    const sample: Sample = { timeSec: t - startSec };
    let measured = false;
    const latDeg = lat.at(i);
    const lonDeg = lon.at(i);
    // NaN fails both comparisons, so a missing coordinate drops the position.
    if (Math.abs(latDeg) <= 90 && Math.abs(lonDeg) <= 180) {
      sample.lat = latDeg;
      sample.lon = lonDeg;
      measured = true;
    }
    const set = (key: keyof Omit<Sample, 'timeSec' | 'lat' | 'lon'>, value: number) => {
      if (Number.isNaN(value)) return;
      sample[key] = value;
      measured = true;
    };
    set('altitudeM', either(enhancedAltitude, altitude, i));
    set('distanceM', distance.at(i));
    // Some apps write 0 when no heart-rate strap is paired.
    const bpm = heartRate.at(i);
    if (bpm > 0) set('heartRateBpm', bpm);
    const fraction = fractionalCadence.at(i);
    const rpm = cadence.at(i) + (Number.isNaN(fraction) ? 0 : fraction);
    set('cadenceSpm', FOOT_SPORTS.has(sport) ? rpm * 2 : rpm);
    set('powerW', power.at(i));
    set('speedMps', either(enhancedSpeed, speed, i));
    if (measured) out.push(sample);
  }
  return out;
}

function laps(messages: readonly FitMessage[], startSec: number): Lap[] {
  const out: Lap[] = [];
  for (const m of messages) {
    const elapsedSec = num(m, 'total_elapsed_time');
    const lapStart =
      num(m, 'start_time') ??
      (elapsedSec === undefined ? undefined : (num(m, 'timestamp') ?? Number.NaN) - elapsedSec);
    if (lapStart === undefined || Number.isNaN(lapStart) || elapsedSec === undefined) continue;
    const lap: Lap = { startOffsetSec: lapStart - startSec, elapsedSec };
    const timerSec = num(m, 'total_timer_time');
    const distanceM = num(m, 'total_distance');
    const avgHr = num(m, 'avg_heart_rate');
    const maxHr = num(m, 'max_heart_rate');
    if (timerSec !== undefined) lap.timerSec = timerSec;
    if (distanceM !== undefined) lap.distanceM = distanceM;
    if (avgHr !== undefined) lap.avgHr = avgHr;
    if (maxHr !== undefined) lap.maxHr = maxHr;
    out.push(lap);
  }
  return out;
}

/** Active sets only (FIT also logs the rests between sets as set messages). */
function sets(messages: readonly FitMessage[], startSec: number): StrengthSet[] {
  const out: StrengthSet[] = [];
  for (const m of messages) {
    if (m.set_type === 'rest') continue;
    const at = num(m, 'start_time') ?? num(m, 'timestamp');
    if (at === undefined) continue;
    const set: StrengthSet = { startOffsetSec: at - startSec };
    const exercise = exerciseOf(m);
    if (exercise !== undefined) set.exercise = exercise;
    const reps = num(m, 'repetitions');
    const weightKg = num(m, 'weight');
    const durationSec = num(m, 'duration');
    if (reps !== undefined) set.reps = reps;
    if (weightKg !== undefined) set.weightKg = weightKg;
    if (durationSec !== undefined) set.durationSec = durationSec;
    out.push(set);
  }
  return out;
}

function deviceName(fileId: FitMessage | undefined): string | undefined {
  const productName = str(fileId, 'product_name');
  if (productName !== undefined) return productName;
  const maker = fileId?.manufacturer;
  if (maker === undefined) return undefined;
  const makerName = typeof maker === 'string' ? maker : `manufacturer ${String(maker)}`;
  const product = num(fileId, 'product');
  return product === undefined ? makerName : `${makerName} ${product}`;
}

/** Session totals added up over the sessions of the file (several in multisport files). */
function totals(sessions: readonly FitMessage[]): ActivityTotals | undefined {
  if (sessions.length === 0) return undefined;
  const sum = (key: string) => {
    let total: number | undefined;
    for (const s of sessions) {
      const v = num(s, key);
      if (v !== undefined) total = (total ?? 0) + v;
    }
    return total;
  };
  const out: ActivityTotals = {};
  const put = (key: keyof ActivityTotals, value: number | undefined) => {
    if (value !== undefined) out[key] = value;
  };
  put('distanceM', sum('total_distance'));
  put('timerSec', sum('total_timer_time'));
  put('elapsedSec', sum('total_elapsed_time'));
  put('ascentM', sum('total_ascent'));
  put('kcal', sum('total_calories'));
  let hrWeighted = 0;
  let hrSec = 0;
  let maxHr: number | undefined;
  for (const s of sessions) {
    const avg = num(s, 'avg_heart_rate');
    const sec = num(s, 'total_timer_time') ?? 0;
    if (avg !== undefined) {
      hrWeighted += avg * sec;
      hrSec += sec;
    }
    const max = num(s, 'max_heart_rate');
    if (max !== undefined) maxHr = Math.max(maxHr ?? 0, max);
  }
  if (hrSec > 0) out.avgHr = hrWeighted / hrSec;
  put('maxHr', maxHr);
  return out;
}

/** Builds the core Activity from a decoded FIT file; a FitError when no message carries a time. */
export function fitToActivity(fit: FitFile): Activity {
  const spans = sessionSpans(fit.messages.session);
  const { sport, subSport } = overallSport(fit, spans);
  const startSec = startSecOf(fit, spans);
  if (startSec === undefined)
    throw new FitError('FIT file holds no time: no session, record or file_id time');
  const activity: Activity = {
    sport,
    startTime: new Date(startSec * 1000).toISOString(),
    samples: samples(fit.records, startSec, spans, sport),
    laps: laps(fit.messages.lap, startSec),
    sets: sets(fit.messages.set, startSec),
  };
  if (subSport !== undefined) activity.subSport = subSport;
  const device = deviceName(fit.messages.file_id[0]);
  if (device !== undefined) activity.device = device;
  const sessionTotals = totals(fit.messages.session);
  if (sessionTotals !== undefined) activity.totals = sessionTotals;
  if (fit.partial !== undefined) activity.partial = { reason: fit.partial.reason };
  return activity;
}
