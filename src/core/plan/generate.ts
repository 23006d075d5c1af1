// The plan generator: input in, a complete day-by-day plan out, or the rule that cannot be met.
// It plans by the rules and then runs the independent validator on its own output, so it never
// hands back a plan that breaks one.
import { fromDayNumber, toDayNumber, weekdayIndex } from '../dates/calendar.js';
import { InputError } from '../errors.js';
import { expectations } from '../expectations/index.js';
import { dayFuel, fuelBasis } from '../fuel/index.js';
import {
  estimateVdot,
  GOAL_DISTANCE_M,
  raceTimeSec,
  trainingPaces,
  vdotFromRace,
} from '../pacing/index.js';
import { LIMITS, RULES, taperWeeks } from '../rules/rules.js';
import { isLegWork, validatePlan } from '../rules/validate.js';
import {
  buildMobilitySession,
  type StrengthContent,
  type StrengthSpec,
  strengthContent,
  strengthSessionFor,
} from '../strength/index.js';
import { formatDistance } from '../units/index.js';
import { buildRun, MAX_TARGET_KM, minTargetKm, type RunSpec } from '../workouts/index.js';
import { checkPlanInput } from './input.js';
import { KeyedCache, type KeyPart } from './keyed-cache.js';
import { planSpan, type WeekShape, weekShapes } from './phases.js';
import { fail, type PlanError, type PlanResult, succeed } from './result.js';
import { type TemplateDay, type WeekTemplate, weekTemplate } from './template.js';
import type {
  DayFuel,
  FuelBasis,
  Paces,
  Plan,
  PlanDay,
  PlanInput,
  PlanWeek,
  RunSession,
  RunType,
  Session,
  StrengthSession,
} from './types.js';
import {
  LIGHTER_FRACTION,
  PLANNED_RAMP,
  taperFractions,
  type VolumeFrame,
  volumeFrame,
} from './volume.js';

interface Ctx {
  input: PlanInput;
  template: WeekTemplate;
  paces: Paces;
  racePaceSecPerKm: number;
  raceDate: string;
  totalWeeks: number;
  frame: VolumeFrame;
  easySecPerKm: number;
  /** Sessions of each run type so far: drives the workout library's progression. */
  runCount: Map<RunType, number>;
  /** Builders are pure, and a plan asks for the same strength session many times. */
  strength: KeyedCache<StrengthSession>;
  /** A day's lifts, picked once: only the week's dose changes from week to week. */
  lifts: KeyedCache<StrengthContent>;
  minKm: Map<RunType, number>;
  fuelBasis: FuelBasis;
  /** Fuel by the day's sessions: most days repeat (every rest day, most easy days). */
  fuel: KeyedCache<DayFuel>;
  /** The first session alike in all that fuel reads stands in for the others in fuel's keys. */
  fuelStandIns: KeyedCache<Session>;
  /** Each session's stand-in, found once per session object (days share them through the caches). */
  standInOf: Map<Session, Session>;
}

function fuelFor(ctx: Ctx, sessions: Session[]): DayFuel {
  return ctx.fuel.getOrBuild(
    sessions.map((s) => fuelStandIn(ctx, s)),
    () => {
      const { body, focus, heat } = ctx.input;
      return dayFuel({ basis: ctx.fuelBasis, body, focus, sessions, heat: !!heat });
    },
  );
}

function fuelStandIn(ctx: Ctx, s: Session): Session {
  let standIn = ctx.standInOf.get(s);
  if (!standIn) {
    standIn = ctx.fuelStandIns.getOrBuild(fuelKey(s), () => s);
    ctx.standInOf.set(s, standIn);
  }
  return standIn;
}

/** Keyed by what varies within a plan: equipment and experience are the plan's own. */
function strengthSession(ctx: Ctx, spec: StrengthSpec): StrengthSession {
  const { focus, heavy, upperEmphasis, variant, maxMinutes, step, lighter, taper } = spec;
  const liftsKey = [focus, heavy, upperEmphasis, variant, maxMinutes];
  return ctx.strength.getOrBuild([...liftsKey, step, lighter, taper], () =>
    strengthSessionFor(
      ctx.lifts.getOrBuild(liftsKey, () => strengthContent(spec)),
      spec,
    ),
  );
}

/** The library's shortest workout depends on the type, goal and paces only: once per type. */
function shortestKm(ctx: Ctx, type: RunType, shape: WeekShape): number {
  let km = ctx.minKm.get(type);
  if (km === undefined) {
    km = minTargetKm(runSpec(ctx, type, 1, shape));
    ctx.minKm.set(type, km);
  }
  return km;
}

/** A week's run of this type and size (km as asked; the spec rounds it). */
type WeekRun = (type: RunType, km: number) => RunSession;

/**
 * Runs for one week. Type and km decide a run there, since phase, lighter and each type's step
 * are the week's (runCount moves on once the week is built); sizing asks for the same run often.
 */
function weekRuns(ctx: Ctx, shape: WeekShape): WeekRun {
  const built = new KeyedCache<RunSession>();
  return (type, km) =>
    built.getOrBuild([type, specKm(km)], () => buildRun(runSpec(ctx, type, km, shape)));
}

/** Minutes an easy run and a long run last at most: the seed's 30–45 and 60–90 for muscle focus. */
const EASY_MAX_MIN = { muscle: 45, balanced: 50, endurance: 60 } as const;
const LONG_MAX_MIN = {
  muscle: { '5k': 75, '10k': 90, half: 90, marathon: 150 },
  balanced: { '5k': 80, '10k': 90, half: 110, marathon: 165 },
  endurance: { '5k': 90, '10k': 100, half: 120, marathon: 180 },
} as const;
/** Stretch limits, used only when the runner already runs more than the usual limits allow. */
const STRETCH_MIN = 30;
/** Beyond the stretch: room for a runner whose current volume already needs longer runs. */
const ROOM_EXTRA_MIN = 120;
/** The seed's easy runs last 30–45 minutes; shorter ones are folded into the others. */
const EASY_MIN_MIN = 30;
const MOBILITY_MIN = 15;
/** The workout library's shortest easy or long run. */
const MIN_STEADY_KM = 3;

export function generatePlan(input: PlanInput): PlanResult<Plan> {
  const bad = checkPlanInput(input);
  if (bad) return fail(bad);
  const span = planSpan(input);
  if (!span.ok) return span;
  const template = weekTemplate(input);
  if (!template.ok) return template;

  let vdot: number;
  let pacesSource: string;
  try {
    if (input.recent) {
      vdot = vdotFromRace(input.recent.distanceM, input.recent.timeSec);
      pacesSource = `From your recent result: VDOT ${vdot.toFixed(1)}.`;
    } else {
      const est = estimateVdot({ experience: input.experience });
      vdot = est.vdot;
      pacesSource = est.source;
    }
  } catch (e) {
    if (e instanceof InputError)
      return fail({
        rule: 'input',
        field: 'recent',
        message: e.message,
        fix: 'give a race or time trial from 1500 m to the marathon',
      });
    throw e;
  }
  const paces = trainingPaces(vdot);
  const goalM = GOAL_DISTANCE_M[input.distance];
  const ctx: Ctx = {
    input,
    template: template.value,
    paces,
    racePaceSecPerKm: raceTimeSec(vdot, goalM) / (goalM / 1000),
    raceDate: span.value.raceDate,
    totalWeeks: span.value.weeks,
    frame: volumeFrame(input),
    easySecPerKm: (paces.easySecPerKm[0] + paces.easySecPerKm[1]) / 2,
    runCount: new Map(),
    strength: new KeyedCache(),
    lifts: new KeyedCache(),
    minKm: new Map(),
    fuelBasis: fuelBasis(input.body, input.focus),
    fuel: new KeyedCache(),
    fuelStandIns: new KeyedCache(),
    standInOf: new Map(),
  };

  const shapes = weekShapes(ctx.totalWeeks, input.distance);
  const taper = taperFractions(taperWeeks(input.distance, ctx.totalWeeks));
  const weeks: PlanWeek[] = [];
  let lastFull: PlanWeek | undefined;
  let strengthStep = 0;
  let taperIndex = 0;
  for (const shape of shapes) {
    const full = !shape.lighter && shape.phase !== 'taper';
    let target: number;
    let maxKm: number;
    let minKm = 0;
    if (!lastFull) {
      target = ctx.frame.startKm;
      [minKm, maxKm] = ctx.frame.weekOneKm;
    } else if (full) {
      target = Math.min(ctx.frame.peakKm, lastFull.runKm * PLANNED_RAMP);
      maxKm = Math.min(ctx.frame.capKm, lastFull.runKm * 1.1 - 0.1);
    } else if (shape.lighter) {
      target = lastFull.runKm * LIGHTER_FRACTION;
      maxKm = lastFull.runKm * 0.9 - 0.1;
    } else {
      target = lastFull.runKm * (taper[taperIndex++] ?? 0.5);
      maxKm = lastFull.runKm - 0.5;
    }
    const week = buildWeek(
      ctx,
      shape,
      { target, minKm, maxKm: Math.min(maxKm, ctx.frame.capKm) },
      full ? strengthStep : 0,
    );
    weeks.push(week);
    if (full) {
      lastFull = week;
      strengthStep += 1;
    } else strengthStep = 0;
  }

  const plan: Plan = {
    version: 1,
    input,
    race: { distance: input.distance, date: ctx.raceDate },
    paces,
    pacesSource,
    notes: planNotes(ctx, weeks),
    weeks,
    fuelBasis: ctx.fuelBasis,
    expectations: expectations({
      focus: input.focus,
      weeks: ctx.totalWeeks,
      upperEmphasis: !!input.upperEmphasis,
      body: input.body,
      massUnit: input.units === 'mi' ? 'lb' : 'kg',
    }),
  };
  const violations = validatePlan(plan);
  if (violations.length > 0) {
    const v = violations[0]!;
    return fail({
      rule: v.rule,
      message: `${RULES[v.rule].title}: ${v.message}${v.week ? ` (week ${v.week}${v.date ? `, ${v.date}` : ''})` : ''}`,
      fix: FIXES[v.rule],
    });
  }
  return succeed(plan);
}

/** What a runner can change when a rule cannot be met for their input. */
const FIXES: Readonly<Record<PlanError['rule'], string>> = {
  input: 'correct the input',
  calendar: 'report this as a bug: the plan should always cover every day',
  'race-day': 'report this as a bug: the race should always be on race day',
  'available-days': 'add training days',
  'day-minutes': 'allow more minutes on your training days',
  'rest-day': 'keep at least one day a week free',
  'strength-count': 'add a training day or choose a focus that needs fewer strength sessions',
  'strength-duration': 'allow at least 25 minutes on your strength days',
  'strength-dose': 'report this as a bug in the strength builder',
  'strength-content': 'allow more minutes on your strength days',
  'strength-progression': 'report this as a bug in the strength builder',
  'legs-before-hard': 'add a training day so leg work and hard runs can be spaced',
  'run-first': 'report this as a bug: runs are always planned before lifts',
  'hard-spacing': 'add a training day so hard runs can be spaced',
  'long-run': 'allow more minutes on your long-run day',
  'volume-cap': 'choose a focus with a higher running cap',
  'volume-start':
    'add a training day or allow more minutes, so week 1 can stay close to your current volume',
  'volume-ramp': 'report this as a bug in the volume planner',
  'lighter-cadence': 'report this as a bug in the phase planner',
  'lighter-cut': 'report this as a bug in the volume planner',
  taper: 'choose a longer plan',
  why: 'report this as a bug: every session should say why',
};

interface VolumeTarget {
  target: number;
  minKm: number;
  maxKm: number;
}

interface RunPiece {
  /** Position of the day in the week. */
  at: number;
  day: TemplateDay;
  type: RunType;
  flexible: boolean;
  /** Km the day can hold after its other sessions. */
  roomKm: number;
  session?: RunSession;
}

function buildWeek(
  ctx: Ctx,
  shape: WeekShape,
  volume: VolumeTarget,
  strengthStep: number,
): PlanWeek {
  const { input } = ctx;
  const raceWeek = shape.index === ctx.totalWeeks;
  const taper = shape.phase === 'taper';
  // Day numbers, not date strings, inside the loops: generation walks every day several times.
  const planStart = toDayNumber(input.start);
  const startDay = planStart + (shape.index - 1) * 7;
  const raceDay = toDayNumber(ctx.raceDate);
  const firstWeekday = weekdayIndex(input.start);
  const week: { date: string; toRace: number; t: TemplateDay }[] = [];
  for (let n = startDay; n < startDay + 7 && n <= raceDay; n++) {
    const t = ctx.template.days[(firstWeekday + n - planStart) % 7]!;
    week.push({ date: fromDayNumber(n), toRace: raceDay - n, t });
  }

  // Strength and mobility first: they do not depend on the week's running volume.
  const mains = ctx.template.days.filter((d) => d.strength).map((d) => d.weekday);
  const other: Session[][] = week.map(({ t, toRace }) => {
    const list: Session[] = [];
    const focus = strengthFor(t, { raceWeek, taper, toRace, mainCount: mains.length });
    if (focus) {
      list.push(
        strengthSession(ctx, {
          focus,
          heavy: input.focus !== 'endurance',
          equipment: input.equipment,
          experience: input.experience,
          step: strengthStep,
          lighter: shape.lighter,
          taper,
          upperEmphasis: !!input.upperEmphasis,
          variant: mains.indexOf(t.weekday),
          ...(Number.isFinite(t.minutes) && { maxMinutes: t.minutes }),
        }),
      );
    }
    if (t.accessory && !taper && toRace > 1) {
      list.push(
        strengthSession(ctx, {
          focus: 'accessory',
          heavy: false,
          equipment: input.equipment,
          experience: input.experience,
          step: strengthStep,
          lighter: shape.lighter,
          taper,
          upperEmphasis: false,
          variant: 0,
          ...(Number.isFinite(t.minutes) && { maxMinutes: t.minutes - minutesOf(list) }),
        }),
      );
    }
    if (t.mobility && toRace > 0 && t.minutes >= MOBILITY_MIN)
      list.push(
        buildMobilitySession({
          kind: t.mobility,
          minutes: Math.min(t.mobility === 'stretch' ? 15 : 20, t.minutes),
          variant: shape.index,
        }),
      );
    return list;
  });

  // Runs: fixed-size workouts first, then easy and long runs share what is left of the volume.
  const run = weekRuns(ctx, shape);
  const pieces: RunPiece[] = [];
  week.forEach(({ t, toRace }, at) => {
    const type = runTypeFor(ctx, t, shape, { raceWeek, toRace, volumeKm: volume.target });
    if (!type) return;
    const free = t.minutes - minutesOf(other[at]!);
    pieces.push({
      at,
      day: t,
      type,
      flexible: type === 'easy' || type === 'long' || type === 'strides',
      roomKm: (free * 60) / ctx.easySecPerKm,
    });
  });
  // With no easy days the workouts carry the volume the long run leaves (longer warm-ups and cool-downs).
  const workouts = pieces.filter((x) => !x.flexible && x.type !== 'race').length;
  const hasEasy = pieces.some((x) => x.flexible && x.type !== 'long');
  const hardKm =
    hasEasy || workouts === 0
      ? Math.min(Math.max(volume.target * 0.2, 3.5), 14)
      : Math.min(Math.max((volume.target * 0.62) / workouts, 3.5), 16);
  let workoutKm = 0;
  for (const p of pieces.filter((x) => !x.flexible)) {
    p.session = fitRun(ctx, p, p.type === 'race' ? 1 : hardKm, shape, run);
    // Workouts may take at most about half of a small week; past that the next one runs easy.
    if (
      p.session &&
      p.type !== 'race' &&
      workoutKm > 0 &&
      workoutKm + p.session.distanceKm > volume.target * 0.55
    ) {
      p.session = undefined;
      p.type = 'easy';
      p.flexible = true;
    }
    if (p.session && p.type !== 'race') workoutKm += p.session.distanceKm;
  }
  sizeFlexibleRuns(ctx, pieces, volume, run);

  const sessionsByDay = [...other];
  for (const p of pieces) if (p.session) sessionsByDay[p.at] = [p.session, ...other[p.at]!];
  const planned = withPlacementWhys(sessionsByDay, raceWeek);
  const days: PlanDay[] = week.map(({ date, t }, i) => {
    const sessions = planned[i]!;
    return {
      date,
      weekday: t.weekday,
      rest: !sessions.some((s) => s.kind === 'run' || s.kind === 'strength'),
      sessions,
      // Fuel reads the sessions as built: the placement sentences added to a why do not change it.
      fuel: fuelFor(ctx, sessionsByDay[i]!),
    };
  });
  for (const p of pieces)
    if (p.session) ctx.runCount.set(p.type, (ctx.runCount.get(p.type) ?? 0) + 1);

  let runKm = 0;
  let runMin = 0;
  let strengthSets = 0;
  let mainCount = 0;
  for (const d of days)
    for (const s of d.sessions) {
      if (s.kind === 'run' && s.type !== 'race') {
        runKm += s.distanceKm;
        runMin += s.durationMin;
      } else if (s.kind === 'strength' && s.focus !== 'accessory') {
        mainCount += 1;
        for (const e of s.exercises) strengthSets += e.sets;
      }
    }
  return {
    index: shape.index,
    phase: shape.phase,
    lighter: shape.lighter,
    runKm: round1(runKm),
    strengthSets,
    summary: weekSummary(shape, raceWeek, runMin, mainCount),
    days,
  };
}

function strengthFor(
  t: TemplateDay,
  w: { raceWeek: boolean; taper: boolean; toRace: number; mainCount: number },
): StrengthSession['focus'] | undefined {
  if (!t.strength) return undefined;
  if (w.raceWeek) return t.strength === 'upper' && w.toRace >= 2 ? 'upper' : undefined;
  // Taper keeps the lifting but drops the third session.
  if (w.taper && t.strength === 'full' && w.mainCount > 1) return undefined;
  return t.strength;
}

function runTypeFor(
  ctx: Ctx,
  t: TemplateDay,
  shape: WeekShape,
  w: { raceWeek: boolean; toRace: number; volumeKm: number },
): RunType | undefined {
  if (w.toRace === 0) return 'race';
  if (!t.run) return undefined;
  if (w.raceWeek) {
    if (w.toRace === 1) return undefined;
    if (t.run === 'hardA' && w.toRace >= 3) return 'race-pace';
    return 'easy';
  }
  const beginnerBase = ctx.input.experience === 'beginner' && shape.phase === 'base';
  // Low weeks hold one quality session; the second becomes easy running with strides.
  const oneQuality = w.volumeKm < 15 || shape.phase === 'taper';
  switch (t.run) {
    case 'long':
      return 'long';
    case 'hardA':
      return shape.phase === 'base' ? 'hills' : 'intervals';
    case 'hardB':
      if (oneQuality) return shape.phase === 'taper' ? 'easy' : 'strides';
      if (beginnerBase) return 'strides';
      return shape.phase === 'peak' ? 'race-pace' : 'tempo';
    default:
      return 'easy';
  }
}

/** Km as the workout library gets them: to 0.1 km, at least 1. */
const specKm = (km: number) => Math.max(Math.round(km * 10) / 10, 1);

function runSpec(ctx: Ctx, type: RunType, targetKm: number, shape: WeekShape): RunSpec {
  return {
    type,
    targetKm: specKm(targetKm),
    paces: ctx.paces,
    racePaceSecPerKm: ctx.racePaceSecPerKm,
    goal: ctx.input.distance,
    phase: shape.phase,
    experience: ctx.input.experience,
    step: ctx.runCount.get(type) ?? 0,
    lighter: shape.lighter || (shape.phase === 'taper' && type !== 'race'),
  };
}

/** Builds a workout, shrinking it (and at last turning it easy) when the day has too little room. */
function fitRun(
  ctx: Ctx,
  p: RunPiece,
  targetKm: number,
  shape: WeekShape,
  run: WeekRun,
): RunSession | undefined {
  const minKm = shortestKm(ctx, p.type, shape);
  let km = Math.max(targetKm, minKm);
  for (let i = 0; i < 4 && (p.type === 'race' || minKm <= p.roomKm); i++) {
    const s = run(p.type, km);
    if (p.type === 'race' || s.distanceKm <= p.roomKm) return s;
    km = Math.max(minKm, km * (p.roomKm / s.distanceKm) * 0.95);
  }
  p.type = 'easy';
  p.flexible = true;
  return undefined;
}

function sizeFlexibleRuns(ctx: Ctx, pieces: RunPiece[], volume: VolumeTarget, run: WeekRun): void {
  const { focus, distance } = ctx.input;
  const kmFor = (min: number) => (min * 60) / ctx.easySecPerKm;
  const fixedKm = pieces.reduce(
    (t, p) => t + (p.session && p.type !== 'race' ? p.session.distanceKm : 0),
    0,
  );
  const long = pieces.find((p) => p.flexible && p.type === 'long');
  const easy = pieces.filter(
    (p) =>
      p.flexible && p.type !== 'long' && p.roomKm >= Math.max(kmFor(EASY_MIN_MIN), MIN_STEADY_KM),
  );
  const runs = pieces.filter((p) => p.type !== 'race').length;
  const share = runs >= 5 ? 0.3 : runs === 4 ? 0.33 : runs === 3 ? 0.38 : runs === 2 ? 0.5 : 1;

  // Usual time limits first; a runner who already runs more than they allow keeps their volume.
  const plan = (limit: 'usual' | 'stretch' | 'room') => {
    const extra = limit === 'stretch' ? STRETCH_MIN : limit === 'room' ? ROOM_EXTRA_MIN : 0;
    const longCap = Math.min(
      kmFor(LONG_MAX_MIN[focus][distance] + extra),
      long?.roomKm ?? 0,
      MAX_TARGET_KM,
    );
    const easyCap = Math.min(kmFor(EASY_MAX_MIN[focus] + extra), MAX_TARGET_KM);
    const easyMin = Math.max(kmFor(EASY_MIN_MIN), MIN_STEADY_KM);
    const budget = Math.max(volume.target - fixedKm, 0);
    let longKm = long ? Math.min(easy.length ? volume.target * share : budget, budget, longCap) : 0;
    let rest = budget - longKm;
    let used = easy.length;
    while (used > 0 && rest / used < easyMin) used--;
    const per = used > 0 ? Math.min(rest / used, easyCap) : 0;
    const chosen = easy.slice(0, used).map((p) => ({ p, km: Math.min(per, p.roomKm) }));
    rest -= chosen.reduce((t, c) => t + c.km, 0);
    if (long && rest > 0) longKm = Math.min(longKm + rest, longCap);
    return { longKm, chosen };
  };

  let sized = plan('usual');
  const total = (s: ReturnType<typeof plan>) =>
    fixedKm + s.longKm + s.chosen.reduce((t, c) => t + c.km, 0);
  if (total(sized) < volume.minKm) sized = plan('stretch');
  if (total(sized) < volume.minKm) sized = plan('room');

  // Build, then trim if rounding or the library's sizing pushed the week over its ceiling.
  for (let attempt = 0; attempt < 4; attempt++) {
    if (long) long.session = run('long', Math.max(sized.longKm, MIN_STEADY_KM));
    for (const p of easy) p.session = undefined;
    for (const c of sized.chosen) c.p.session = run(c.p.type, c.km);
    const built = pieces.reduce(
      (t, p) => t + (p.session && p.type !== 'race' ? p.session.distanceKm : 0),
      0,
    );
    const over = built - volume.maxKm;
    if (over <= 0) return;
    const flexKm = sized.longKm + sized.chosen.reduce((t, c) => t + c.km, 0);
    const scale = Math.max(0, (flexKm - over - 0.2) / flexKm);
    // Runs that would fall below the shortest sensible run are dropped rather than shrunk.
    const chosen = sized.chosen
      .map((c) => ({ p: c.p, km: c.km * scale }))
      .filter((c) => c.km >= MIN_STEADY_KM);
    sized = { longKm: sized.longKm * scale, chosen };
  }
}

function withPlacementWhys(week: Session[][], raceWeek: boolean): Session[][] {
  return week.map((sessions, i) => {
    const prev = week[i - 1];
    const next = week[i + 1];
    return sessions.map((s) => {
      let extra = '';
      if (s.kind === 'run' && !s.hard && prev?.some(isLegWork))
        extra = 'Yesterday was a leg session, so keep this one conversational.';
      else if (s.kind === 'run' && raceWeek && s.type !== 'race')
        extra = 'Race week: short enough to leave you fresh for the start line.';
      else if (s.kind === 'strength' && sessions.some((r) => r.kind === 'run' && r.hard))
        extra = 'It comes after the run, so the run gets fresh legs and the lift still counts.';
      else if (
        s.kind === 'strength' &&
        s.focus === 'upper' &&
        next?.some((r) => r.kind === 'run' && r.hard)
      )
        extra = 'Upper body only, so tomorrow’s hard run starts on fresh legs.';
      else if (isLegWork(s) && !next?.some((r) => r.kind === 'run' && r.hard))
        extra =
          'No hard run tomorrow: leg work sits at least a day away from the next hard session.';
      return extra ? { ...s, why: `${s.why} ${extra}` } : s;
    });
  });
}

const PHASE_PURPOSE = {
  base: 'Aerobic base, hill sprints for glutes and calves, and the first strength blocks.',
  build: 'Harder intervals and longer tempo running while the lifts keep climbing.',
  peak: 'Race pace at its sharpest; lifting holds what you have built.',
  taper: 'Less volume, same intensity, so you arrive fresh.',
} as const;

/** 220 → '3 h 40 min', 120 → '2 h', 45 → '45 min'. */
function hoursAndMinutes(min: number): string {
  const hours = Math.floor(min / 60);
  const rest = min % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/**
 * The week in a sentence. Running is told in time, which reads the same in km or miles; the
 * renderers print the week's distance in the runner's units beside it.
 */
function weekSummary(shape: WeekShape, raceWeek: boolean, runMin: number, mains: number): string {
  const head = raceWeek
    ? 'Race week'
    : `${shape.phase[0]!.toUpperCase()}${shape.phase.slice(1)}${shape.lighter ? ', lighter week' : ''}`;
  const purpose = shape.lighter
    ? 'About a fifth less running and fewer sets, so the last weeks sink in.'
    : raceWeek
      ? 'Sharpen, rest, race.'
      : PHASE_PURPOSE[shape.phase];
  const running = `${hoursAndMinutes(runMin)} of running${raceWeek ? ' besides the race' : ''}`;
  return `${head}: ${running}, ${mains} strength session${mains === 1 ? '' : 's'}. ${purpose}`;
}

function planNotes(ctx: Ctx, weeks: PlanWeek[]): string[] {
  const { input, frame } = ctx;
  const units = input.units ?? 'km';
  const dist = (km: number) => formatDistance(km, units, 0);
  const notes = [...ctx.template.notes];
  if (input.weeklyKm > frame.capKm)
    notes.push(
      `You run ${dist(input.weeklyKm)} a week now; the ${input.focus} focus caps running at ${dist(frame.capKm)}, so the plan starts there.`,
    );
  if (input.weeklyKm < LIMITS.startFloorKm)
    notes.push(
      `Week 1 starts from ${dist(LIMITS.startFloorKm)} of running, the floor for a plan with a race at the end.`,
    );
  const peak = Math.max(...weeks.map((w) => w.runKm));
  if (peak < frame.peakKm - 2)
    notes.push(
      `The 10 % ramp and your days hold the peak week at ${dist(peak)}, below the ${dist(frame.peakKm)} this focus aims for.`,
    );
  if (input.distance === 'marathon')
    notes.push(
      'Marathon predictions from shorter races tend to be optimistic, more so on low weekly volume: start the race at the slower end of your pace plan.',
    );
  return notes;
}

/** Everything about a session that its day's fuel depends on. */
function fuelKey(s: Session): KeyPart[] {
  if (s.kind === 'run') return [s.kind, s.title, s.durationMin, s.type, s.distanceKm];
  if (s.kind === 'strength') return [s.kind, s.title, s.durationMin, s.focus, s.heavy];
  return [s.kind, s.title, s.durationMin];
}

function minutesOf(sessions: Session[]): number {
  return sessions.reduce((t, s) => t + s.durationMin, 0);
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
