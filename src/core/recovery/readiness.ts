// Readiness: one number from the daily check-in, and whether recovery is lagging behind the work.
//
// The score (0–100) is a weighted mean of five factor scores, each 0–100. Weights are our choice:
// sleep counts most because the seed names it as the time repair happens.
//   sleep       30  100 at 7 h or more (the seed's 7–9 h target; a long night is never marked
//                   down), then 100/3 points less per hour short, 0 at 4 h.
//   soreness    20  1 (none) → 100, 5 (very sore) → 0, in steps of 25.
//   fatigue     20  1 (fresh) → 100, 5 (exhausted) → 0.
//   motivation  15  5 (keen) → 100, 1 (none) → 0.
//   resting HR  15  against the athlete's own baseline: the mean of their readings on the 7 days
//                   before (at least 3). At or below baseline → 100, 10 points off per bpm above,
//                   0 at +10 bpm. Without a reading or a baseline the factor is left out and the
//                   other weights share its part.
// Bands: good ≥ 75, ok 50–74, low < 50. The score uses the latest check-in of the last 3 days;
// older than that it says nothing about today.
//
// Lagging recovery (the seed's "constantly sore, dragging through workouts, struggling with
// motivation"): on at least 3 of the last 5 days a check-in shows sleep under 6.5 h,
// soreness ≥ 4, motivation ≤ 2 or fatigue ≥ 4. Only check-ins dated on or before the day count.
import { addDays, daysBetween, parseIsoDate } from '../dates/calendar.js';
import { assertCheckIns, type CheckInInput, checkInsUpTo } from './check-in.js';

export type ReadinessBand = 'good' | 'ok' | 'low';
export type ReadinessFactorName = 'sleep' | 'soreness' | 'fatigue' | 'motivation' | 'resting-hr';

export interface ReadinessFactor {
  factor: ReadinessFactorName;
  /** 0–100 for this factor alone. */
  score: number;
  /** Its share of the total, after leaving out factors without data (shares sum to 1). */
  weight: number;
  note: string;
}

export interface Readiness {
  /** The check-in the score reads; absent (with score and band) when none is recent enough. */
  date?: string;
  score?: number;
  band?: ReadinessBand;
  factors: ReadinessFactor[];
  lagging: boolean;
  /** Plain words for the lagging signal, e.g. "Your check-ins show 3 short nights in 5 days". */
  laggingReason?: string;
}

export const READINESS_WEIGHTS: Readonly<Record<ReadinessFactorName, number>> = {
  sleep: 30,
  soreness: 20,
  fatigue: 20,
  motivation: 15,
  'resting-hr': 15,
};
export const SLEEP_TARGET_HOURS: readonly [number, number] = [7, 9];
const SLEEP_ZERO_HOURS = 4;
const HR_POINTS_PER_BPM = 10;
const HR_BASELINE_DAYS = 7;
const HR_BASELINE_MIN_READINGS = 3;
const FRESH_DAYS = 3;
export const BAND_FLOORS = { good: 75, ok: 50 } as const;

/** The lagging rule: flags on this many of the last so many days. */
export const LAGGING = {
  windowDays: 5,
  minDays: 3,
  shortSleepHours: 6.5,
  soreAtLeast: 4,
  lowMotivationAtMost: 2,
  fatigueAtLeast: 4,
} as const;

const clamp100 = (x: number) => Math.min(100, Math.max(0, x));
const scaleDown = (x: number) => ((5 - x) / 4) * 100;
const scaleUp = (x: number) => ((x - 1) / 4) * 100;
const hours = (h: number) => `${Number(h.toFixed(1))} h`;

function sleepScore(h: number): number {
  const [enough] = SLEEP_TARGET_HOURS;
  return clamp100(((h - SLEEP_ZERO_HOURS) / (enough - SLEEP_ZERO_HOURS)) * 100);
}

function sleepNote(h: number): string {
  const [lo, hi] = SLEEP_TARGET_HOURS;
  if (h < lo) return `${hours(h)} of sleep, short of the ${lo}–${hi} h that repair needs`;
  return h > hi
    ? `${hours(h)} of sleep, more than the ${lo}–${hi} h target`
    : `${hours(h)} of sleep`;
}

function restingHrFactor(
  c: CheckInInput,
  earlier: readonly CheckInInput[],
): { score: number; note: string } | undefined {
  if (c.restingHr === undefined) return undefined;
  const from = addDays(c.date, -HR_BASELINE_DAYS);
  const readings = earlier
    .filter((e) => e.date >= from && e.date < c.date && e.restingHr !== undefined)
    .map((e) => e.restingHr!);
  if (readings.length < HR_BASELINE_MIN_READINGS) return undefined;
  const baseline = readings.reduce((t, x) => t + x, 0) / readings.length;
  const above = c.restingHr - baseline;
  return {
    score: clamp100(100 - Math.max(0, above) * HR_POINTS_PER_BPM),
    note:
      above > 0.5
        ? `resting HR ${c.restingHr} bpm, ${Math.round(above)} above your 7-day average of ${Math.round(baseline)}`
        : `resting HR ${c.restingHr} bpm, at or below your 7-day average of ${Math.round(baseline)}`,
  };
}

function factorsOf(c: CheckInInput, earlier: readonly CheckInInput[]): ReadinessFactor[] {
  const raw: Omit<ReadinessFactor, 'weight'>[] = [
    { factor: 'sleep', score: sleepScore(c.sleepHours), note: sleepNote(c.sleepHours) },
    { factor: 'soreness', score: scaleDown(c.soreness), note: `soreness ${c.soreness} of 5` },
    { factor: 'fatigue', score: scaleDown(c.fatigue), note: `fatigue ${c.fatigue} of 5` },
    { factor: 'motivation', score: scaleUp(c.motivation), note: `motivation ${c.motivation} of 5` },
  ];
  const hr = restingHrFactor(c, earlier);
  if (hr) raw.push({ factor: 'resting-hr', ...hr });
  const total = raw.reduce((t, f) => t + READINESS_WEIGHTS[f.factor], 0);
  return raw.map((f) => ({ ...f, weight: READINESS_WEIGHTS[f.factor] / total }));
}

export function bandOf(score: number): ReadinessBand {
  return score >= BAND_FLOORS.good ? 'good' : score >= BAND_FLOORS.ok ? 'ok' : 'low';
}

type Flag = 'sleep' | 'soreness' | 'motivation' | 'fatigue';

function flagsOf(c: CheckInInput): Flag[] {
  const flags: Flag[] = [];
  if (c.sleepHours < LAGGING.shortSleepHours) flags.push('sleep');
  if (c.soreness >= LAGGING.soreAtLeast) flags.push('soreness');
  if (c.motivation <= LAGGING.lowMotivationAtMost) flags.push('motivation');
  if (c.fatigue >= LAGGING.fatigueAtLeast) flags.push('fatigue');
  return flags;
}

const FLAG_WORDS: Record<Flag, [string, string]> = {
  sleep: ['short night', 'short nights'],
  soreness: ['very sore day', 'very sore days'],
  motivation: ['day of low motivation', 'days of low motivation'],
  fatigue: ['day of heavy fatigue', 'days of heavy fatigue'],
};
const counted = (n: number, flag: Flag) => `${n} ${FLAG_WORDS[flag][n === 1 ? 0 : 1]}`;

function laggingReason(flagged: readonly Flag[][]): string {
  const days = LAGGING.windowDays;
  const byFlag = (['sleep', 'soreness', 'motivation', 'fatigue'] as const)
    .map((flag) => ({ flag, n: flagged.filter((f) => f.includes(flag)).length }))
    .filter((x) => x.n > 0);
  if (byFlag.length === 1)
    return `Your check-ins show ${counted(flagged.length, byFlag[0]!.flag)} in ${days} days`;
  const parts = byFlag.map((x) => counted(x.n, x.flag));
  return `Your check-ins show strain on ${flagged.length} of the last ${days} days (${parts.join(', ')})`;
}

/** Readiness on a day, from the check-ins dated on or before it. */
export function readiness(checkIns: readonly CheckInInput[], onDate: string): Readiness {
  parseIsoDate(onDate, 'onDate');
  assertCheckIns(checkIns);
  const known = checkInsUpTo(checkIns, onDate);

  const windowStart = addDays(onDate, -(LAGGING.windowDays - 1));
  const flagged = known
    .filter((c) => c.date >= windowStart)
    .map(flagsOf)
    .filter((f) => f.length > 0);
  const lagging = flagged.length >= LAGGING.minDays;
  const out: Readiness = {
    factors: [],
    lagging,
    ...(lagging && { laggingReason: laggingReason(flagged) }),
  };

  const latest = known.at(-1);
  if (!latest || daysBetween(latest.date, onDate) >= FRESH_DAYS) return out;
  const factors = factorsOf(latest, known);
  const score = Math.round(factors.reduce((t, f) => t + f.score * f.weight, 0));
  return {
    ...out,
    date: latest.date,
    score,
    band: bandOf(score),
    factors: factors.map((f) => ({ ...f, score: Math.round(f.score) })),
  };
}
