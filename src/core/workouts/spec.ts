import { InputError } from '../errors.js';
import type {
  Experience,
  GoalDistance,
  Paces,
  Phase,
  RunType,
  WorkoutStep,
} from '../plan/types.js';

/** What the plan generator asks for: the workout library turns it into steps and paces. */
export interface RunSpec {
  type: RunType;
  /** Volume the generator wants from this session, warm-up and cool-down included (unused for race). */
  targetKm: number;
  paces: Paces;
  /** Goal-race pace at current fitness, for race-pace and race sessions. */
  racePaceSecPerKm: number;
  goal: GoalDistance;
  phase: Phase;
  experience: Experience;
  /** How many sessions of this type came before it in the plan: drives progression. */
  step: number;
  /** Lighter week: fewer or shorter reps. */
  lighter: boolean;
}

export const MAX_TARGET_KM = 60;
/** Paces outside 2:00–20:00 per km are almost surely a unit mistake. */
const MIN_SEC_PER_KM = 120;
const MAX_SEC_PER_KM = 1200;

const RUN_TYPES: readonly RunType[] = [
  'easy',
  'recovery',
  'long',
  'tempo',
  'intervals',
  'hills',
  'strides',
  'race-pace',
  'race',
];
const GOALS: readonly GoalDistance[] = ['5k', '10k', 'half', 'marathon'];
const PHASES: readonly Phase[] = ['base', 'build', 'peak', 'taper'];
const EXPERIENCES: readonly Experience[] = ['beginner', 'intermediate', 'advanced'];

function oneOf<T extends string>(value: T, allowed: readonly T[], field: string): void {
  if (!allowed.includes(value)) {
    throw new InputError(`${field} "${value}": expected one of ${allowed.join(', ')}`, field);
  }
}

function pace(secPerKm: number, field: string): void {
  if (!Number.isFinite(secPerKm) || secPerKm < MIN_SEC_PER_KM || secPerKm > MAX_SEC_PER_KM) {
    throw new InputError(
      `${field} ${secPerKm}: expected seconds per km between ${MIN_SEC_PER_KM} and ${MAX_SEC_PER_KM}`,
      field,
    );
  }
}

/** Throws InputError naming the first field that is out of range. */
export function validateSpec(spec: RunSpec): void {
  oneOf(spec.type, RUN_TYPES, 'type');
  oneOf(spec.goal, GOALS, 'goal');
  oneOf(spec.phase, PHASES, 'phase');
  oneOf(spec.experience, EXPERIENCES, 'experience');
  if (!Number.isFinite(spec.targetKm) || spec.targetKm <= 0 || spec.targetKm > MAX_TARGET_KM) {
    throw new InputError(
      `targetKm ${spec.targetKm}: expected a distance above 0 and up to ${MAX_TARGET_KM} km`,
      'targetKm',
    );
  }
  if (!Number.isInteger(spec.step) || spec.step < 0) {
    throw new InputError(`step ${spec.step}: expected a whole number from 0`, 'step');
  }
  const [easyFast, easySlow] = spec.paces.easySecPerKm;
  pace(easyFast, 'paces.easySecPerKm');
  pace(easySlow, 'paces.easySecPerKm');
  if (easyFast > easySlow) {
    throw new InputError(
      `paces.easySecPerKm [${easyFast}, ${easySlow}]: expected [fast, slow] with fast ≤ slow`,
      'paces.easySecPerKm',
    );
  }
  pace(spec.paces.marathonSecPerKm, 'paces.marathonSecPerKm');
  pace(spec.paces.thresholdSecPerKm, 'paces.thresholdSecPerKm');
  pace(spec.paces.intervalSecPerKm, 'paces.intervalSecPerKm');
  pace(spec.paces.repetitionSecPerKm, 'paces.repetitionSecPerKm');
  pace(spec.racePaceSecPerKm, 'racePaceSecPerKm');
}

/** The parts of a session a builder decides; buildRun adds type, hard flag and totals. */
export interface BuiltRun {
  title: string;
  steps: WorkoutStep[];
  why: string;
}

export interface RunBuilder {
  build(spec: RunSpec): BuiltRun;
  /**
   * Smallest targetKm the builder accepts for this spec. It depends only on the type, the goal and
   * the paces, never on step, phase, experience or a lighter week: a plan asks once per type.
   */
  minTargetKm(spec: Omit<RunSpec, 'targetKm'>): number;
}
