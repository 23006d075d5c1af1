// Body-weight trend against what the focus should produce, with a small intake nudge when it
// drifts outside.
//
// Trend: an ordinary least-squares line through the weigh-ins of the last 28 days up to asOf
// (day-to-day water swings of 1 kg and more hide a weekly change of 0.2 kg; a line over a few
// weeks averages them out). It needs at least 4 weigh-ins spanning 14 days or more.
// trendKg is the line's value on the latest weigh-in; the rate is the slope per week as a percent of
// the mean weight in the window.
//
// Expected rate, % of body weight a week:
//   muscle     +0.25 to +0.5  (lean gain phase, Iraki et al. 2019; the seed's 200–300 kcal surplus)
//   balanced    0    to +0.25 (its smaller surplus: the lower half of that band, as the plan's
//                               expectations say)
//   endurance  −0.1  to +0.1  (maintenance: level within what a line over 4 weeks can resolve)
// Nudge: outside the band, the gap in kg a week times 7,700 kcal per kg (the usual rule of thumb
// for body-weight change), spread over the week, then held within 100–200 kcal a day and rounded to
// 10: a small step, checked again after a couple of weeks, rather than a large correction.
import { addDays, daysBetween, parseIsoDate } from '../dates/calendar.js';
import { InputError } from '../errors.js';
import type { Focus } from '../plan/types.js';
import { BODY_MASS_RANGE_KG } from '../units/mass.js';

export interface WeightEntry {
  date: string;
  weightKg: number;
}

/** A day's energy: logged intake (app/ports.ts IntakeEntry fits) or a planned target. */
export interface DayKcal {
  date: string;
  kcal: number;
}

export type TrendStatus = 'below' | 'within' | 'above' | 'not-enough-data';

export interface BodyTrend {
  /** Smoothed weight on the latest weigh-in; absent without enough data. */
  trendKg?: number;
  ratePctPerWeek?: number;
  /** Expected weekly change for the focus, % of body weight [low, high]. */
  expectedBand: [number, number];
  status: TrendStatus;
  /** Daily change to aim for: +100–200 below the band, −100–200 above it, 0 otherwise. */
  nudgeKcal: number;
  message: string;
}

export const EXPECTED_RATE_PCT_PER_WEEK: Readonly<Record<Focus, readonly [number, number]>> = {
  muscle: [0.25, 0.5],
  balanced: [0, 0.25],
  endurance: [-0.1, 0.1],
};
export const TREND_WINDOW_DAYS = 28;
export const TREND_MIN = { entries: 4, spanDays: 14 } as const;
export const KCAL_PER_KG = 7700;
export const NUDGE_KCAL: readonly [number, number] = [100, 200];
/** Fewer logged days than this say little about usual intake. */
const INTAKE_MIN_DAYS = 3;
/** Logged and planned intake this close count as the same. */
const ON_TARGET_KCAL = 50;
const MAX_KCAL = 20000;

function check(entries: readonly WeightEntry[], intake: readonly DayKcal[], focus: Focus) {
  if (!(focus in EXPECTED_RATE_PCT_PER_WEEK))
    throw new InputError(`focus "${focus}": expected endurance, balanced or muscle`, 'focus');
  const { min, max } = BODY_MASS_RANGE_KG;
  for (const e of entries) {
    parseIsoDate(e.date, 'weigh-in date');
    if (!(Number.isFinite(e.weightKg) && e.weightKg >= min && e.weightKg <= max))
      throw new InputError(
        `weightKg ${e.weightKg} on ${e.date}: expected ${min}–${max} kg`,
        'weightKg',
      );
  }
  for (const d of intake) {
    parseIsoDate(d.date, 'intake date');
    if (!(Number.isFinite(d.kcal) && d.kcal >= 0 && d.kcal <= MAX_KCAL))
      throw new InputError(`kcal ${d.kcal} on ${d.date}: expected 0–${MAX_KCAL}`, 'kcal');
  }
}

/** Slope (per day) and value at the mean day of a least-squares line. */
function fitLine(points: readonly { x: number; y: number }[]) {
  const n = points.length;
  const mx = points.reduce((t, p) => t + p.x, 0) / n;
  const my = points.reduce((t, p) => t + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.x - mx) * (p.y - my);
    sxx += (p.x - mx) ** 2;
  }
  return { slope: sxy / sxx, mx, my };
}

const signed = (x: number) => {
  const shown = Number(x.toFixed(2));
  return `${shown > 0 ? '+' : shown < 0 ? '−' : ''}${Math.abs(shown).toFixed(2)}`;
};
const band = ([lo, hi]: readonly [number, number]) => `${signed(lo)} to ${signed(hi)} %`;
const mean = (xs: readonly number[]) => xs.reduce((t, x) => t + x, 0) / xs.length;

/** What the food log says against the plan's targets on the same days, when known. */
function intakeSentence(logged: readonly DayKcal[], planned: readonly DayKcal[]): string {
  const eaten = Math.round(mean(logged.map((d) => d.kcal)));
  const plannedOn = new Map(planned.map((d) => [d.date, d.kcal]));
  const targets = logged.flatMap((d) => plannedOn.get(d.date) ?? []);
  const text = `Your food log averages ${eaten} kcal a day over ${logged.length} days`;
  if (targets.length < logged.length) return `${text}.`;
  const target = Math.round(mean(targets));
  const gap = eaten - target;
  if (Math.abs(gap) < ON_TARGET_KCAL) return `${text}, on the plan's target of ${target}.`;
  return `${text}, ${Math.abs(gap)} ${gap < 0 ? 'under' : 'over'} the plan's target of ${target}.`;
}

/**
 * Weight trend over the last 4 weeks up to asOf against the band for the focus. With a food log
 * (and the plan's daily targets, when given) the message sets logged intake against the target.
 */
export function bodyTrend(
  entries: readonly WeightEntry[],
  intake: readonly DayKcal[] | undefined,
  focus: Focus,
  asOf: string,
  plannedKcal: readonly DayKcal[] = [],
): BodyTrend {
  parseIsoDate(asOf, 'asOf');
  check(entries, [...(intake ?? []), ...plannedKcal], focus);
  const expectedBand: [number, number] = [...EXPECTED_RATE_PCT_PER_WEEK[focus]];
  const from = addDays(asOf, -(TREND_WINDOW_DAYS - 1));
  const inWindow = <T extends { date: string }>(list: readonly T[]) =>
    list.filter((x) => x.date >= from && x.date <= asOf);
  const weighIns = inWindow(entries).sort((a, b) => (a.date < b.date ? -1 : 1));
  const first = weighIns[0];
  const last = weighIns.at(-1);
  if (
    !first ||
    !last ||
    weighIns.length < TREND_MIN.entries ||
    daysBetween(first.date, last.date) < TREND_MIN.spanDays
  )
    return {
      expectedBand,
      status: 'not-enough-data',
      nudgeKcal: 0,
      message: `Weigh in at least ${TREND_MIN.entries} times over ${TREND_MIN.spanDays} days or more to see a trend (${weighIns.length} in the last ${TREND_WINDOW_DAYS} days so far).`,
    };

  const { slope, mx, my } = fitLine(
    weighIns.map((e) => ({ x: daysBetween(from, e.date), y: e.weightKg })),
  );
  const trendKg = Number((my + slope * (daysBetween(from, last.date) - mx)).toFixed(2));
  const rate = ((slope * 7) / my) * 100;
  const [lo, hi] = expectedBand;
  const status: TrendStatus = rate < lo ? 'below' : rate > hi ? 'above' : 'within';
  const gapPct = status === 'below' ? lo - rate : status === 'above' ? hi - rate : 0;
  const gapKcal = ((gapPct / 100) * my * KCAL_PER_KG) / 7;
  const [least, most] = NUDGE_KCAL;
  const nudgeKcal =
    status === 'within'
      ? 0
      : Math.sign(gapKcal) *
        Math.round(Math.min(most, Math.max(least, Math.abs(gapKcal))) / 10) *
        10;

  const head = `Your weight trend is ${signed(rate)} % a week (${trendKg} kg now); the ${focus} focus aims for ${band(expectedBand)} a week`;
  const logged = inWindow(intake ?? []);
  const withLog = logged.length >= INTAKE_MIN_DAYS;
  const log = withLog ? ` ${intakeSentence(logged, plannedKcal)}` : '';
  const change = nudgeKcal > 0 ? `add about ${nudgeKcal}` : `take off about ${-nudgeKcal}`;
  const message =
    status === 'within'
      ? `${head}: right on course.${log}`
      : withLog
        ? `${head}: ${status} that.${log} ${change[0]!.toUpperCase()}${change.slice(1)} kcal a day against what you have been eating, and look again in two weeks.`
        : `${head}: ${status} that, so ${change} kcal a day and look again in two weeks.`;
  return {
    trendKg,
    ratePctPerWeek: Number(rate.toFixed(3)) || 0,
    expectedBand,
    status,
    nudgeKcal,
    message,
  };
}
