// What the adaptation needs to rebuild a session the way the generator would have: the week
// template, the goal's race pace and each week's progression steps, all read back from the plan,
// so a rebuilt session matches the library's output for the same week.
import { WEEKDAYS } from '../dates/calendar.js';
import { InputError } from '../errors.js';
import { dayFuel } from '../fuel/index.js';
import { GOAL_DISTANCE_M, raceTimeSec } from '../pacing/index.js';
import { type WeekTemplate, weekTemplate } from '../plan/template.js';
import type {
  Plan,
  PlanDay,
  PlanWeek,
  RunSession,
  RunType,
  Session,
  StrengthFocus,
  StrengthSession,
  Weekday,
} from '../plan/types.js';
import { isLegWork, isMainStrength, runKmOf, strengthSetsOf } from '../rules/validate.js';
import { buildStrengthSession } from '../strength/index.js';
import { buildRun, MAX_TARGET_KM, minTargetKm } from '../workouts/index.js';

export interface Rebuild {
  /** The plan as it came in; never changed. */
  plan: Plan;
  template: WeekTemplate;
  racePaceSecPerKm: number;
  /** Per week position: sessions of each run type in the weeks before (the library's step). */
  runSteps: ReadonlyMap<RunType, number>[];
  /** Per week position: full weeks in a row before it (the strength progression step). */
  strengthSteps: number[];
}

/** Full weeks carry the progression; lighter and taper weeks reset it. */
export const isFullWeek = (w: PlanWeek) => !w.lighter && w.phase !== 'taper';

/** Easy volume that can grow or shrink with the week; workouts and the race have a fixed shape. */
export const FLEXIBLE_RUNS: ReadonlySet<RunType> = new Set<RunType>([
  'easy',
  'recovery',
  'long',
  'strides',
]);

export function rebuildContext(plan: Plan): Rebuild {
  const template = weekTemplate(plan.input);
  if (!template.ok)
    throw new InputError(`plan input: ${template.error.message}`, template.error.field);
  const goalM = GOAL_DISTANCE_M[plan.input.distance];
  const runSteps: Map<RunType, number>[] = [];
  const strengthSteps: number[] = [];
  const seen = new Map<RunType, number>();
  let fullInARow = 0;
  for (const week of plan.weeks) {
    runSteps.push(new Map(seen));
    strengthSteps.push(isFullWeek(week) ? fullInARow : 0);
    fullInARow = isFullWeek(week) ? fullInARow + 1 : 0;
    for (const day of week.days)
      for (const s of day.sessions)
        if (s.kind === 'run') seen.set(s.type, (seen.get(s.type) ?? 0) + 1);
  }
  return {
    plan,
    template: template.value,
    racePaceSecPerKm: raceTimeSec(plan.paces.vdot, goalM) / (goalM / 1000),
    runSteps,
    strengthSteps,
  };
}

function runSpec(ctx: Rebuild, pos: number, week: PlanWeek, type: RunType) {
  const { input } = ctx.plan;
  return {
    type,
    paces: ctx.plan.paces,
    racePaceSecPerKm: ctx.racePaceSecPerKm,
    goal: input.distance,
    phase: week.phase,
    experience: input.experience,
    step: ctx.runSteps[pos]?.get(type) ?? 0,
    lighter: week.lighter || (week.phase === 'taper' && type !== 'race'),
  };
}

/** The shortest run of this type the library builds for the week at position pos. */
export const shortestRunKm = (ctx: Rebuild, pos: number, week: PlanWeek, type: RunType) =>
  minTargetKm(runSpec(ctx, pos, week, type));

/** A run of this type for the week at position pos, or undefined when targetKm is too short for it. */
export function runAgain(
  ctx: Rebuild,
  pos: number,
  week: PlanWeek,
  type: RunType,
  targetKm: number,
): RunSession | undefined {
  const spec = runSpec(ctx, pos, week, type);
  const km = Math.round(targetKm * 10) / 10;
  if (km < minTargetKm(spec) || km > MAX_TARGET_KM) return undefined;
  return buildRun({ ...spec, targetKm: km });
}

/** Template days run Monday first, like WEEKDAYS. */
const templateDay = (ctx: Rebuild, weekday: Weekday) =>
  ctx.template.days[WEEKDAYS.indexOf(weekday)]!;

/**
 * A strength session for a weekday of the given week, built as the generator builds that week's
 * sessions (lighter, taper, progression step); maxMinutes defaults to the day's time limit.
 */
export function strengthAgain(
  ctx: Rebuild,
  pos: number,
  week: PlanWeek,
  weekday: Weekday,
  focus: StrengthFocus,
  maxMinutes?: number,
): StrengthSession {
  const { input } = ctx.plan;
  const t = templateDay(ctx, weekday);
  const mains = ctx.template.days.filter((d) => d.strength).map((d) => d.weekday);
  const accessory = focus === 'accessory';
  const limit = maxMinutes ?? t.minutes;
  return buildStrengthSession({
    focus,
    heavy: !accessory && input.focus !== 'endurance',
    equipment: input.equipment,
    experience: input.experience,
    step: isFullWeek(week) ? (ctx.strengthSteps[pos] ?? 0) : 0,
    lighter: week.lighter,
    taper: week.phase === 'taper',
    upperEmphasis: !accessory && !!input.upperEmphasis,
    variant: accessory ? 0 : Math.max(0, mains.indexOf(weekday)),
    ...(Number.isFinite(limit) && { maxMinutes: limit }),
  });
}

/** The day's time limit, Infinity when the runner gave none. */
export const dayMinutes = (ctx: Rebuild, weekday: Weekday) => templateDay(ctx, weekday).minutes;

export const withWhy = <S extends Session>(s: S, extra: string): S => ({
  ...s,
  why: `${s.why} ${extra}`,
});

/** The seed's "keep easy runs truly easy after leg day", for a rebuilt easy run. */
export function afterLegDay(run: RunSession, yesterday: PlanDay | undefined): RunSession {
  if (run.hard || !yesterday?.sessions.some(isLegWork)) return run;
  return withWhy(run, 'Yesterday was leg day: keep this one easy enough to talk.');
}

/** Rest flag and fuel follow the day's sessions. */
export function settleDay(ctx: Rebuild, day: PlanDay): PlanDay {
  const { input, fuelBasis } = ctx.plan;
  return {
    ...day,
    rest: !day.sessions.some((s) => s.kind === 'run' || s.kind === 'strength'),
    fuel: dayFuel({
      basis: fuelBasis,
      body: input.body,
      focus: input.focus,
      sessions: day.sessions,
      heat: !!input.heat,
    }),
  };
}

/** The week's totals from its sessions, as the generator counts them. */
export function settleTotals(week: PlanWeek): PlanWeek {
  const runKm = Math.round(week.days.reduce((t, d) => t + runKmOf(d), 0) * 10) / 10;
  return { ...week, runKm, strengthSets: strengthSetsOf(week) };
}

export const mainStrengthCount = (week: PlanWeek) =>
  week.days.reduce((t, d) => t + d.sessions.filter(isMainStrength).length, 0);
