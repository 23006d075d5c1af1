import { InputError } from '../errors.js';
import { EQUIPMENT, type Exercise } from '../exercises/exercise.js';
import type {
  Equipment,
  Experience,
  Pattern,
  StrengthExercise,
  StrengthFocus,
  StrengthSession,
} from '../plan/types.js';
import { fitRests, type Planned, trimToBudget } from './fit.js';
import { sessionMinutes } from './minutes.js';
import { pickExercises } from './pick.js';
import { checkStep, liftSize, progression } from './progression.js';
import { STRENGTH_RULES, takesCompoundDose } from './rules.js';
import { type Slot, slotsFor } from './templates.js';
import { strengthTitle, strengthWhy, type WeekKind } from './words.js';

export interface StrengthSpec {
  focus: StrengthFocus;
  /** Hypertrophy loading (muscle and balanced focus); false = light durability work. */
  heavy: boolean;
  equipment: Equipment;
  experience: Experience;
  /** Progression step: full weeks since the last reset, 0-based. */
  step: number;
  /** Lighter (deload) week. */
  lighter: boolean;
  /** Taper or race week: keep intensity, cut volume. */
  taper: boolean;
  /** The runner wants upper-body growth: more press and pull work. */
  upperEmphasis: boolean;
  /** 0, 1, …: rotates exercise choices between sessions of one week. */
  variant: number;
  /** The day's time limit, if any. */
  maxMinutes?: number;
}

/** What decides a session's lifts; the rest of a spec only sets this week's dose. */
export type StrengthContentSpec = Omit<StrengthSpec, 'step' | 'lighter' | 'taper'>;

const WEEK_KINDS: readonly WeekKind[] = ['normal', 'lighter', 'taper'];
const FOCI: readonly StrengthFocus[] = ['lower', 'upper', 'full', 'accessory'];
const EXPERIENCES: readonly Experience[] = ['beginner', 'intermediate', 'advanced'];

function checkContentSpec(spec: StrengthContentSpec): void {
  const oneOf = <T>(field: string, value: T, allowed: readonly T[]) => {
    if (!allowed.includes(value))
      throw new InputError(`${field} "${value}": expected ${allowed.join(', ')}`, field);
  };
  oneOf('focus', spec.focus, FOCI);
  oneOf('equipment', spec.equipment, EQUIPMENT);
  oneOf('experience', spec.experience, EXPERIENCES);
  if (!Number.isInteger(spec.variant) || spec.variant < 0)
    throw new InputError(`variant ${spec.variant}: expected a whole number, 0 or more`, 'variant');
  if (spec.maxMinutes !== undefined && !Number.isFinite(spec.maxMinutes))
    throw new InputError(
      `maxMinutes ${spec.maxMinutes}: expected a number of minutes`,
      'maxMinutes',
    );
}

// Our choices inside the 60–180 s window: heavy compound sets need the longest recovery, light
// durability work moves briskly; under time pressure heavy lifts still keep 90 s.
const REST_SEC = { heavyBigMain: 150, heavy: 120, heavyShortest: 90, light: 75 };
// Calves and core take higher reps than the compound lifts.
const SMALL_LIFT_REPS: Record<'heavy' | 'light', [number, number]> = {
  heavy: [10, 12],
  light: [12, 15],
};

/** Usual and shortest rest between sets. */
function restsFor(
  e: Exercise,
  slot: Slot,
  heavy: boolean,
): { restSec: number; minRestSec: number } {
  const [shortest] = STRENGTH_RULES.restSec;
  if (!takesCompoundDose(e)) return { restSec: shortest, minRestSec: shortest };
  if (!heavy) return { restSec: REST_SEC.light, minRestSec: shortest };
  const bigMain = slot.role === 'main' && liftSize(e) === 'big';
  return {
    restSec: bigMain ? REST_SEC.heavyBigMain : REST_SEC.heavy,
    minRestSec: REST_SEC.heavyShortest,
  };
}

function plan(spec: StrengthContentSpec): Planned[] {
  const accessory = spec.focus === 'accessory';
  const slots = slotsFor(spec.focus, spec.upperEmphasis);
  return pickExercises(slots, spec.equipment, spec.experience, spec.variant).map(
    ({ slot, exercise }) => {
      const sets = slot.sets[spec.heavy ? 'heavy' : 'light'];
      // Beginners start main lifts at three sets.
      const capped = spec.experience === 'beginner' ? Math.min(sets, 3) : sets;
      // Three sets leave room for a lighter week to drop one; the short extra may go down to one.
      const minSets = accessory && !takesCompoundDose(exercise) ? 1 : 3;
      return {
        exercise,
        role: slot.role,
        sets: capped,
        minSets,
        ...restsFor(exercise, slot, spec.heavy),
      };
    },
  );
}

/** The rules a session's content must keep while it is trimmed to fit. */
function contentOk(focus: StrengthFocus, items: readonly Planned[]): boolean {
  const patterns = new Set(items.map((p) => p.exercise.pattern));
  const has = (list: readonly Pattern[]) => list.some((x) => patterns.has(x));
  if (focus === 'accessory')
    return (
      items.length >= STRENGTH_RULES.accessoryMinExercises &&
      patterns.has('calf') &&
      items.some((p) => p.exercise.muscles.includes('glutes'))
    );
  if (
    items.length < STRENGTH_RULES.mainMinExercises ||
    patterns.size < STRENGTH_RULES.mainMinPatterns
  )
    return false;
  const legs = has(STRENGTH_RULES.legPatterns);
  const upper = has(STRENGTH_RULES.upperPatterns);
  if (focus === 'upper') return upper && !legs;
  if (focus === 'lower') return legs;
  return legs && upper;
}

/** Sets for a lighter or taper week: one fewer (taper: two fewer on compounds), within the floors. */
function reducedSets(p: Planned, week: WeekKind): number {
  if (week === 'normal') return p.sets;
  const compound = takesCompoundDose(p.exercise);
  const [fewestCompound] = STRENGTH_RULES.compoundSets;
  const cut = week === 'taper' && compound ? 2 : 1;
  return Math.max(compound ? fewestCompound : 1, p.sets - cut);
}

function toExercise(
  p: Planned,
  spec: Pick<StrengthSpec, 'heavy' | 'experience' | 'step'>,
  week: WeekKind,
): StrengthExercise {
  const e = p.exercise;
  const compound = takesCompoundDose(e);
  const base: readonly [number, number] = e.holdSec
    ? e.holdSec
    : compound
      ? STRENGTH_RULES[spec.heavy ? 'heavyBaseReps' : 'lightBaseReps']
      : SMALL_LIFT_REPS[spec.heavy ? 'heavy' : 'light'];
  const { reps, loadChangePct } =
    week === 'normal'
      ? progression(base, spec.step, liftSize(e), e.holdSec ? STRENGTH_RULES.holdStepSec : 1)
      : { reps: [base[0], base[1]] as [number, number], loadChangePct: 0 };
  // One rep in reserve only for heavy compound work in a normal week by a lifter past the first year.
  const rir = compound && spec.heavy && week === 'normal' && spec.experience !== 'beginner' ? 1 : 2;
  return {
    id: e.id,
    name: e.name,
    pattern: e.pattern,
    sets: p.sets,
    reps,
    rir,
    restSec: p.restSec,
    ...(e.holdSec && { timed: true }),
    loadChangePct,
    cue: e.cues[spec.step % e.cues.length]!,
  };
}

/** A session's lifts before the week is known: the same for every week of a plan on that day. */
export interface StrengthContent {
  spec: StrengthContentSpec;
  /** Normal-week lifts with their sets and usual rests, trimmed to the time budget. */
  items: readonly Planned[];
  /** Shortest and longest the session may last, minutes. */
  minMinutes: number;
  budgetMinutes: number;
}

/**
 * The lifts of a session: they depend only on focus, equipment, experience, variant, upper
 * emphasis, loading and the time limit, so the same weekday gets the same lifts every week and a
 * lighter or taper week keeps them with fewer sets. A plan makes this once per day and then asks
 * strengthSessionFor for each week (picking and trimming are the costly part of a session).
 */
export function strengthContent(spec: StrengthContentSpec): StrengthContent {
  checkContentSpec(spec);
  const [lo, hi] =
    spec.focus === 'accessory' ? STRENGTH_RULES.accessoryMinutes : STRENGTH_RULES.mainMinutes;
  const budget = Math.min(hi, Math.max(lo, Math.floor(spec.maxMinutes ?? hi)));
  const items = trimToBudget(plan(spec), budget, (x) => contentOk(spec.focus, x));
  return { spec, items, minMinutes: lo, budgetMinutes: budget };
}

/**
 * This week's session from its lifts: the progression step sets reps, load and cue; a lighter or
 * taper week cuts sets. Duration is warm-up plus work and rest per set, kept inside 25–40 min
 * (accessory 10–40) and under maxMinutes when that allows a valid session.
 */
export function strengthSessionFor(
  content: StrengthContent,
  week: Pick<StrengthSpec, 'step' | 'lighter' | 'taper'>,
): StrengthSession {
  checkStep(week.step);
  const { spec, items } = content;
  const kind: WeekKind = week.taper ? 'taper' : week.lighter ? 'lighter' : 'normal';

  // Each lighter stage fits under the one before it, so a lighter week is never the longer one.
  const stages = WEEK_KINDS.slice(0, WEEK_KINDS.indexOf(kind) + 1);
  let cap = content.budgetMinutes;
  let fitted: Planned[] = [];
  for (const stage of stages) {
    fitted = fitRests(
      items.map((p) => ({ ...p, sets: reducedSets(p, stage) })),
      content.minMinutes,
      cap,
    );
    cap = sessionMinutes(fitted);
  }

  const dose = { heavy: spec.heavy, experience: spec.experience, step: week.step };
  const exercises = fitted.map((p) => toExercise(p, dose, kind));
  return {
    kind: 'strength',
    focus: spec.focus,
    heavy: spec.heavy,
    title: strengthTitle(spec.focus, spec.heavy, kind),
    durationMin: sessionMinutes(exercises),
    exercises,
    why: strengthWhy({
      focus: spec.focus,
      heavy: spec.heavy,
      variant: spec.variant,
      week: kind,
      upperEmphasis: spec.upperEmphasis,
      names: exercises.map((e) => e.name),
      addsLoad: exercises.some((e) => e.loadChangePct > 0),
      step: week.step,
    }),
  };
}

/** A strength session for one day and week: strengthContent, then strengthSessionFor. */
export function buildStrengthSession(spec: StrengthSpec): StrengthSession {
  return strengthSessionFor(strengthContent(spec), spec);
}
