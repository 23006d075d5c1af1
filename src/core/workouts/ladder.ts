import { InputError } from '../errors.js';
import type { Experience, RunType, WorkoutStep } from '../plan/types.js';
import { frameWorkout, minimumFramedM } from './frame.js';
import type { RunSpec } from './spec.js';

/** How a workout grows through the plan: a ladder of rungs, each at least as much work as the last. */
export interface Ladder<R> {
  type: RunType;
  rungs(spec: Omit<RunSpec, 'targetKm'>): readonly R[];
  /** Rung of the first session of this type, by experience. */
  start: Record<Experience, number>;
  /** Highest rung each experience level climbs to. */
  top: Record<Experience, number>;
  /** The work between warm-up and cool-down. */
  work(rung: R, spec: Omit<RunSpec, 'targetKm'>): WorkoutStep[];
  /**
   * The work a rung is sized by when its shape changes from session to session: the largest
   * shape, so that which rung fits a target does not depend on the shape of the week. Without
   * it, work itself must not depend on step, phase, experience or a lighter week.
   */
  sizingWork?(rung: R, spec: Omit<RunSpec, 'targetKm'>): WorkoutStep[];
}

/** A lighter week steps this many rungs down. */
const LIGHTER_DROP_RUNGS = 2;
/**
 * When even the smallest rung overshoots the target, accept up to this much over. Kept under the
 * 25 % promised for workouts so rounding the shown distance cannot cross it.
 */
const OVERSHOOT_LIMIT = 1.2;

/** Rung the plan asks for before the target is considered: grows by one per session (beginners: every second). */
export function wantedRung(
  ladder: Ladder<unknown>,
  spec: Omit<RunSpec, 'targetKm'>,
  length: number,
): number {
  const climbed = spec.experience === 'beginner' ? Math.floor(spec.step / 2) : spec.step;
  const top = Math.min(ladder.top[spec.experience], length - 1);
  const rung = Math.min(ladder.start[spec.experience] + climbed, top);
  return Math.max(0, rung - (spec.lighter ? LIGHTER_DROP_RUNGS : 0));
}

export interface Picked<R> {
  rung: R;
  /** Same session one step earlier in a normal week; absent for the first session. */
  previous?: R;
  /** What a normal week would have given, when this lighter week gives less. */
  usual?: R;
  steps: WorkoutStep[];
}

function minimumM<R>(ladder: Ladder<R>, rung: R, spec: Omit<RunSpec, 'targetKm'>): number {
  const work = ladder.sizingWork ? ladder.sizingWork(rung, spec) : ladder.work(rung, spec);
  return minimumFramedM(work, spec.paces);
}

/** Smallest targetKm this workout accepts (to 0.1 km) for these paces, goal and experience. */
export function ladderMinTargetKm<R>(ladder: Ladder<R>, spec: Omit<RunSpec, 'targetKm'>): number {
  const smallestM = minimumM(ladder, ladder.rungs(spec)[0]!, spec);
  return Math.ceil(smallestM / OVERSHOOT_LIMIT / 100) / 10;
}

/**
 * Metres each rung needs at most, measured when first asked. A rung's size depends on the paces
 * and goal only (sizingWork covers shapes that change with the step), so one pickRung shares it
 * between this session, the previous one and a normal week's.
 */
function rungSizes<R>(
  ladder: Ladder<R>,
  spec: Omit<RunSpec, 'targetKm'>,
): (index: number) => number {
  const rungs = ladder.rungs(spec);
  const sizes: number[] = [];
  return (index) => (sizes[index] ??= minimumM(ladder, rungs[index]!, spec));
}

function pickIndex<R>(ladder: Ladder<R>, spec: RunSpec, sizeM: (index: number) => number): number {
  const rungs = ladder.rungs(spec);
  const targetM = spec.targetKm * 1000;
  // The highest rung up to the wanted one that fits the target; a lower rung for a lower target,
  // so a bigger step never gives a smaller session.
  for (let index = wantedRung(ladder, spec, rungs.length); index >= 0; index--) {
    if (sizeM(index) <= targetM) return index;
  }
  if (spec.targetKm >= ladderMinTargetKm(ladder, spec)) return 0;
  throw new InputError(
    `targetKm ${spec.targetKm}: a ${ladder.type} session at these paces needs at least ${ladderMinTargetKm(ladder, spec)} km`,
    'targetKm',
  );
}

/** Picks the rung for this session and frames it to the target. */
export function pickRung<R>(ladder: Ladder<R>, spec: RunSpec): Picked<R> {
  const rungs = ladder.rungs(spec);
  const sizeM = rungSizes(ladder, spec);
  const index = pickIndex(ladder, spec, sizeM);
  const rung = rungs[index]!;
  const picked: Picked<R> = {
    rung,
    steps: frameWorkout(ladder.work(rung, spec), spec.targetKm * 1000, spec.paces),
  };
  if (spec.step > 0) {
    picked.previous =
      rungs[pickIndex(ladder, { ...spec, step: spec.step - 1, lighter: false }, sizeM)];
  }
  if (spec.lighter) {
    const usualIndex = pickIndex(ladder, { ...spec, lighter: false }, sizeM);
    if (usualIndex > index) picked.usual = rungs[usualIndex];
  }
  return picked;
}
