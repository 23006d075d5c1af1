// The plan: the public JSON format (docs/plan-format.md). Always metric: km, kg, seconds.
// Every field here is part of the contract that CLI, API, web and exports read.

export type GoalDistance = '5k' | '10k' | 'half' | 'marathon';
export type Focus = 'endurance' | 'balanced' | 'muscle';
export type Experience = 'beginner' | 'intermediate' | 'advanced';
export type Equipment = 'gym' | 'home' | 'bodyweight';
export type Sex = 'male' | 'female';
export type Units = 'km' | 'mi';
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type Phase = 'base' | 'build' | 'peak' | 'taper';

export type RunType =
  | 'easy'
  | 'recovery'
  | 'long'
  | 'tempo'
  | 'intervals'
  | 'hills'
  | 'strides'
  | 'race-pace'
  | 'race';
export type StrengthFocus = 'lower' | 'upper' | 'full' | 'accessory';
export type Pattern =
  | 'squat'
  | 'hinge'
  | 'lunge'
  | 'push'
  | 'pull'
  | 'carry'
  | 'calf'
  | 'core'
  | 'mobility';

/** Training paces from current fitness. Pace ranges are [fast, slow] in seconds per km. */
export interface Paces {
  vdot: number;
  easySecPerKm: [number, number];
  marathonSecPerKm: number;
  thresholdSecPerKm: number;
  intervalSecPerKm: number;
  repetitionSecPerKm: number;
}

/** A recent race or time trial. */
export interface RaceResult {
  distanceM: number;
  timeSec: number;
}

export interface Body {
  sex: Sex;
  ageYears: number;
  heightCm: number;
  weightKg: number;
  bodyFatPct?: number;
}

/** Everything the generator needs; dates are ISO calendar dates (YYYY-MM-DD), never "today". */
export interface PlanInput {
  distance: GoalDistance;
  /** Plan length in weeks (8–20). Give this or raceDate. */
  weeks?: number;
  /** Race day; the plan ends on it. */
  raceDate?: string;
  /** First day of the plan. */
  start: string;
  focus: Focus;
  /** Running volume over the last few weeks. */
  weeklyKm: number;
  days: Weekday[];
  /** Minutes available on a given weekday; absent means no limit given. */
  minutesPerDay?: Partial<Record<Weekday, number>>;
  longRunDay: Weekday;
  experience: Experience;
  recent?: RaceResult;
  body: Body;
  equipment: Equipment;
  upperEmphasis?: boolean;
  /** Hot or humid conditions: fuel adds electrolytes and extra fluid. */
  heat?: boolean;
  /** Units for the plan's sentences (notes, expectations: km and kg, or mi and lb); numbers stay metric. */
  units?: Units;
}

/** A single step of a structured run. Pace ranges are [fast, slow] s/km. */
export interface RunStep {
  intensity: 'warmup' | 'active' | 'rest' | 'cooldown';
  /** Exactly one of durationSec or distanceM is set. */
  durationSec?: number;
  distanceM?: number;
  paceSecPerKm?: [number, number];
  /** What to do, in a few words ("easy jog", "strides, relaxed and fast"). */
  label: string;
}

export interface RepeatStep {
  repeat: number;
  steps: RunStep[];
}

export type WorkoutStep = RunStep | RepeatStep;

export interface RunSession {
  kind: 'run';
  type: RunType;
  /** Tempo, intervals, hills, race pace and race are hard; the rest are not. */
  hard: boolean;
  title: string;
  distanceKm: number;
  durationMin: number;
  steps: WorkoutStep[];
  why: string;
}

export interface StrengthExercise {
  id: string;
  name: string;
  pattern: Pattern;
  sets: number;
  /** Rep range [low, high]; for timed holds, seconds. */
  reps: [number, number];
  /** Reps in reserve: stop this many reps short of failure. */
  rir: number;
  restSec: number;
  /** True when reps are seconds (planks, carries by time). */
  timed?: boolean;
  /**
   * Double progression: add this percentage to last session's working weight (0 = keep the
   * weight and chase the higher rep range). RIR sets the load until a lift has history.
   */
  loadChangePct: number;
  cue: string;
}

/** focus 'accessory' is the short optional extra (calves, glutes); the others are main sessions. */
export interface StrengthSession {
  kind: 'strength';
  focus: StrengthFocus;
  /** Hypertrophy loading (muscle and balanced focus) rather than light durability work. */
  heavy: boolean;
  title: string;
  durationMin: number;
  exercises: StrengthExercise[];
  why: string;
}

export interface MobilitySession {
  kind: 'mobility';
  title: string;
  durationMin: number;
  /** Exercise ids from the library (mobility and core patterns). */
  items: string[];
  why: string;
}

export interface CrossSession {
  kind: 'cross';
  title: string;
  durationMin: number;
  why: string;
}

export type Session = RunSession | StrengthSession | MobilitySession | CrossSession;

export type FuelDayType = 'rest' | 'light' | 'moderate' | 'high';

export interface DayFuel {
  dayType: FuelDayType;
  kcal: number;
  proteinG: number;
  carbsG: number;
  fatG: number;
  meals: number;
  /** Planned exercise energy included in kcal. */
  trainingKcal: number;
  waterL: number;
  electrolytes: boolean;
  /** Short timing advice for this day's sessions. */
  timing: string[];
}

export interface PlanDay {
  date: string;
  weekday: Weekday;
  /** No run and no strength session (mobility and stretching allowed). */
  rest: boolean;
  sessions: Session[];
  fuel: DayFuel;
}

/**
 * A planned session as a calendar overview shows it: what kind, its title and size; the
 * steps, exercises and reasons stay with the full day.
 */
export interface SessionSummary {
  kind: Session['kind'];
  title: string;
  durationMin: number;
  /** Runs. */
  type?: RunType;
  hard?: boolean;
  distanceKm?: number;
  /** Strength. */
  focus?: StrengthFocus;
  heavy?: boolean;
}

/** A planned day as a calendar overview shows it: its sessions in brief and the day's energy. */
export interface PlanDaySummary {
  date: string;
  weekday: Weekday;
  rest: boolean;
  sessions: SessionSummary[];
  fuel: Pick<DayFuel, 'dayType' | 'kcal' | 'proteinG' | 'carbsG' | 'fatG'>;
}

export interface PlanWeek {
  index: number;
  phase: Phase;
  lighter: boolean;
  /** Running km planned this week, the race excluded. */
  runKm: number;
  /** Working sets of main strength sessions this week. */
  strengthSets: number;
  /** One line on what this week is for. */
  summary: string;
  days: PlanDay[];
}

export interface FuelBasis {
  bmrKcal: number;
  /** Which resting-energy equation was used. */
  bmrFormula: 'mifflin-st-jeor' | 'katch-mcardle';
  /** Resting energy plus a non-exercise allowance, before any planned training. */
  maintenanceKcal: number;
  surplusKcal: number;
  proteinGPerKg: number;
}

export interface Expectation {
  horizon: string;
  text: string;
}

export interface Plan {
  version: 1;
  input: PlanInput;
  race: { distance: GoalDistance; date: string };
  paces: Paces;
  /** How the paces were found: from the given race, or estimated (and how). */
  pacesSource: string;
  /** Plain-language notes for the runner (estimates, caps applied, predictions caveats). */
  notes: string[];
  weeks: PlanWeek[];
  fuelBasis: FuelBasis;
  expectations: Expectation[];
}
