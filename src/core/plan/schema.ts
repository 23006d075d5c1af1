// Runtime schemas for the public plan format (docs/plan-format.md). They mirror types.ts, and the
// compile-time check at the bottom fails the build if the two ever disagree.
import { z } from 'zod';
import { weekdayOf } from '../dates/calendar.js';
import { InputError } from '../errors.js';
import type { Plan, PlanDaySummary, PlanInput } from './types.js';

const isoDate = z.iso.date({ error: 'expected YYYY-MM-DD' });
const nonNegative = z.number().nonnegative();
const count = z.int().nonnegative();

/** [fast, slow] in seconds per km: the fast end is the smaller number. */
const paceRangeSecPerKm = z
  .tuple([z.number().positive(), z.number().positive()])
  .refine(([fast, slow]) => fast <= slow, 'expected [fast, slow]: fast (fewer s/km) first')
  .describe('Pace range [fast, slow] in seconds per km');

export const GoalDistanceSchema = z.enum(['5k', '10k', 'half', 'marathon']);
export const FocusSchema = z.enum(['endurance', 'balanced', 'muscle']);
export const ExperienceSchema = z.enum(['beginner', 'intermediate', 'advanced']);
export const EquipmentSchema = z.enum(['gym', 'home', 'bodyweight']);
export const SexSchema = z.enum(['male', 'female']);
export const UnitsSchema = z.enum(['km', 'mi']);
export const WeekdaySchema = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export const PhaseSchema = z.enum(['base', 'build', 'peak', 'taper']);
export const RunTypeSchema = z.enum([
  'easy',
  'recovery',
  'long',
  'tempo',
  'intervals',
  'hills',
  'strides',
  'race-pace',
  'race',
]);
export const StrengthFocusSchema = z.enum(['lower', 'upper', 'full', 'accessory']);
export const PatternSchema = z.enum([
  'squat',
  'hinge',
  'lunge',
  'push',
  'pull',
  'carry',
  'calf',
  'core',
  'mobility',
]);

export const PacesSchema = z.object({
  vdot: z.number().positive().describe('Current fitness (Daniels–Gilbert VDOT)'),
  easySecPerKm: paceRangeSecPerKm,
  marathonSecPerKm: z.number().positive(),
  thresholdSecPerKm: z.number().positive(),
  intervalSecPerKm: z.number().positive(),
  repetitionSecPerKm: z.number().positive(),
});

export const RaceResultSchema = z.object({
  distanceM: z.number().positive(),
  timeSec: z.number().positive(),
});

export const BodySchema = z.object({
  sex: SexSchema,
  ageYears: z.number().positive(),
  heightCm: z.number().positive(),
  weightKg: z.number().positive(),
  bodyFatPct: z.number().min(0).max(100).optional(),
});

export const PlanInputSchema = z
  .object({
    distance: GoalDistanceSchema,
    weeks: z.int().min(8).max(20).optional().describe('Plan length in weeks; or give raceDate'),
    raceDate: isoDate.optional().describe('Race day; the plan ends on it'),
    start: isoDate.describe('First day of the plan'),
    focus: FocusSchema,
    weeklyKm: nonNegative.describe('Recent running volume, km per week'),
    days: z.array(WeekdaySchema).describe('Weekdays available for training'),
    minutesPerDay: z
      .partialRecord(WeekdaySchema, nonNegative)
      .optional()
      .describe('Minutes available per weekday; a missing day has no limit'),
    longRunDay: WeekdaySchema,
    experience: ExperienceSchema,
    recent: RaceResultSchema.optional().describe('A recent race or time trial'),
    body: BodySchema,
    equipment: EquipmentSchema,
    upperEmphasis: z.boolean().optional(),
    heat: z.boolean().optional().describe('Hot or humid conditions'),
    units: UnitsSchema.optional().describe(
      "Units for the plan's sentences (km and kg, or mi and lb); numbers stay metric",
    ),
  })
  .refine((input) => input.weeks !== undefined || input.raceDate !== undefined, {
    error: 'expected weeks or raceDate',
    path: ['weeks'],
  });

const runStepObject = z.object({
  intensity: z.enum(['warmup', 'active', 'rest', 'cooldown']),
  durationSec: z.number().positive().optional(),
  distanceM: z.number().positive().optional(),
  paceSecPerKm: paceRangeSecPerKm.optional(),
  label: z.string().describe('What to do, in a few words'),
});

export const RunStepSchema = runStepObject.refine(
  (step) => (step.durationSec === undefined) !== (step.distanceM === undefined),
  { error: 'expected exactly one of durationSec or distanceM', path: ['durationSec'] },
);

export const RepeatStepSchema = z.object({
  repeat: z.int().positive(),
  steps: z.array(RunStepSchema).min(1),
});

export const WorkoutStepSchema = z.union([RunStepSchema, RepeatStepSchema]);

export const RunSessionSchema = z.object({
  kind: z.literal('run'),
  type: RunTypeSchema,
  hard: z.boolean().describe('Tempo, intervals, hills, race pace and race are hard'),
  title: z.string(),
  distanceKm: nonNegative,
  durationMin: nonNegative,
  steps: z.array(WorkoutStepSchema).describe('In the order to run them'),
  why: z.string(),
});

export const StrengthExerciseSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    pattern: PatternSchema,
    sets: z.int().positive(),
    reps: z
      .tuple([z.int().nonnegative(), z.int().nonnegative()])
      .describe('Rep range [low, high]; seconds when timed'),
    rir: count.describe('Reps in reserve: stop this many short of failure'),
    restSec: nonNegative,
    timed: z.boolean().optional().describe('Reps are seconds (holds, timed carries)'),
    loadChangePct: z
      .number()
      .describe('Change to last working weight, % (0: keep it and aim for the top of the range)'),
    cue: z.string(),
  })
  .refine(({ reps: [low, high] }) => low <= high, {
    error: 'expected [low, high] with low <= high',
    path: ['reps'],
  });

export const StrengthSessionSchema = z.object({
  kind: z.literal('strength'),
  focus: StrengthFocusSchema,
  heavy: z.boolean().describe('Hypertrophy loading rather than light durability work'),
  title: z.string(),
  durationMin: nonNegative,
  exercises: z.array(StrengthExerciseSchema).describe('In the order to do them'),
  why: z.string(),
});

export const MobilitySessionSchema = z.object({
  kind: z.literal('mobility'),
  title: z.string(),
  durationMin: nonNegative,
  items: z.array(z.string()).describe('Exercise ids (mobility and core patterns)'),
  why: z.string(),
});

export const CrossSessionSchema = z.object({
  kind: z.literal('cross'),
  title: z.string(),
  durationMin: nonNegative,
  why: z.string(),
});

export const SessionSchema = z.discriminatedUnion('kind', [
  RunSessionSchema,
  StrengthSessionSchema,
  MobilitySessionSchema,
  CrossSessionSchema,
]);

export const DayFuelSchema = z.object({
  dayType: z.enum(['rest', 'light', 'moderate', 'high']),
  kcal: nonNegative,
  proteinG: nonNegative,
  carbsG: nonNegative,
  fatG: nonNegative,
  meals: z.int().positive(),
  trainingKcal: nonNegative.describe('Planned exercise energy, included in kcal'),
  waterL: nonNegative,
  electrolytes: z.boolean(),
  timing: z.array(z.string()).describe('Short fuelling advice for the day'),
});

export const PlanDaySchema = z
  .object({
    date: isoDate,
    weekday: WeekdaySchema,
    rest: z.boolean().describe('No run and no strength session'),
    sessions: z.array(SessionSchema).describe('In the order to do them'),
    fuel: DayFuelSchema,
  })
  .refine((day) => weekdayOf(day.date) === day.weekday, {
    error: 'expected the weekday of date',
    path: ['weekday'],
  });

export const PlanDaySummarySchema = z.object({
  date: isoDate,
  weekday: WeekdaySchema,
  rest: z.boolean().describe('No run and no strength session'),
  sessions: z
    .array(
      z.object({
        kind: z.enum(['run', 'strength', 'mobility', 'cross']),
        title: z.string(),
        durationMin: nonNegative,
        type: RunTypeSchema.optional().describe('Runs'),
        hard: z.boolean().optional().describe('Runs'),
        distanceKm: nonNegative.optional().describe('Runs'),
        focus: StrengthFocusSchema.optional().describe('Strength'),
        heavy: z.boolean().optional().describe('Strength'),
      }),
    )
    .describe('In the order to do them'),
  fuel: DayFuelSchema.pick({ dayType: true, kcal: true, proteinG: true, carbsG: true, fatG: true }),
});

export const PlanWeekSchema = z.object({
  index: z.int().positive().describe('1 for the first week'),
  phase: PhaseSchema,
  lighter: z.boolean(),
  runKm: nonNegative.describe('Running km this week, the race excluded'),
  strengthSets: count.describe('Working sets of main strength sessions this week'),
  summary: z.string(),
  days: z.array(PlanDaySchema),
});

export const FuelBasisSchema = z.object({
  bmrKcal: nonNegative,
  bmrFormula: z.enum(['mifflin-st-jeor', 'katch-mcardle']),
  maintenanceKcal: nonNegative.describe('Resting energy plus a non-exercise allowance'),
  surplusKcal: z.number(),
  proteinGPerKg: nonNegative,
});

export const ExpectationSchema = z.object({
  horizon: z.string(),
  text: z.string(),
});

export const PlanSchema = z.object({
  version: z.literal(1, { error: 'expected 1 (the plan format version this reader knows)' }),
  input: PlanInputSchema,
  race: z.object({ distance: GoalDistanceSchema, date: isoDate }),
  paces: PacesSchema,
  pacesSource: z.string(),
  notes: z.array(z.string()),
  weeks: z.array(PlanWeekSchema),
  fuelBasis: FuelBasisSchema,
  expectations: z.array(ExpectationSchema),
});

/** The JSON Schema published as docs/plan.schema.json (what a valid plan file may contain). */
export function planJsonSchema(): Record<string, unknown> {
  // io 'input' leaves objects open to extra fields: readers ignore fields they do not know.
  const { $schema, ...schema } = z.toJSONSchema(PlanSchema, { io: 'input' });
  return {
    $schema,
    title: 'runstrong plan',
    description: 'A runstrong training plan, format version 1. Metric: km, kg, seconds, s/km.',
    ...schema,
  };
}

/** "weeks[2].days[0].date" from ['weeks', 2, 'days', 0, 'date']. */
function jsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) =>
      typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`,
    )
    .join('');
}

/** Validates untrusted JSON as a plan; throws InputError naming the first problem's path. */
export function parsePlan(json: unknown): Plan {
  const result = PlanSchema.safeParse(json);
  if (result.success) return result.data;
  const { path, message } = firstIssue(result.error.issues);
  const field = jsonPath(path) || 'plan';
  throw new InputError(`${field}: ${message}`, field);
}

/**
 * The issue to report. A failed plain union (a workout step is a run step or a repeat) says only
 * "Invalid input"; the branch with the fewest complaints is the one the author meant, so report
 * its first issue instead.
 */
function firstIssue(issues: readonly z.core.$ZodIssue[]): { path: PropertyKey[]; message: string } {
  const issue = issues[0]!;
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const closest = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
    if (closest.length > 0) {
      const inner = firstIssue(closest);
      return { path: [...issue.path, ...inner.path], message: inner.message };
    }
  }
  return { path: issue.path, message: issue.message };
}

// Compile-time guard: each side must be assignable to the other, so types.ts and the schema
// cannot drift apart without `tsc` failing here.
type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies MutuallyAssignable<z.infer<typeof PlanSchema>, Plan>;
true satisfies MutuallyAssignable<z.infer<typeof PlanInputSchema>, PlanInput>;
true satisfies MutuallyAssignable<z.infer<typeof PlanDaySummarySchema>, PlanDaySummary>;
