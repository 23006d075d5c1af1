// Request and response schemas of the HTTP API. The same objects validate requests and
// generate the OpenAPI document, so the two cannot drift. Domain enums, the plan and its days
// come from the core's schemas; numeric bounds reuse the core's limits where it has them.
import { z } from '@hono/zod-openapi';
import { BODY_LIMITS } from '../core/fuel/index.js';
import { MAX_EDIT_SETS } from '../core/plan/edit.js';
import {
  EquipmentSchema,
  ExperienceSchema,
  FocusSchema,
  GoalDistanceSchema,
  PlanDaySchema,
  PlanDaySummarySchema,
  RaceResultSchema,
  RunTypeSchema,
  SexSchema,
  UnitsSchema,
  WeekdaySchema,
} from '../core/plan/schema.js';
import { MAX_DISTANCE_KM } from '../core/units/index.js';

// ---- building blocks ------------------------------------------------------------------------

/**
 * Free text: trimmed, non-empty, bounded, and without NUL, which PostgreSQL cannot store in
 * text or JSON and would otherwise turn a typo into a server error.
 */
export const text = (maxLength: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(maxLength)
    .refine((s) => !s.includes('\u0000'), 'expected text without NUL characters');

/** Record ids and secrets in paths: the characters our UUIDs and base64url tokens use. */
export const idParam = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,100}$/, 'expected an id of letters, digits, - and _')
  .openapi({ example: '0f8e3c52-4f7e-4a5b-9a3c-2d1b7e6f9a10' });

/**
 * A calendar date as YYYY-MM-DD. Dates ahead are fine (people plan and log ahead); the years
 * are bounded so no database is asked for a date it cannot hold.
 */
export const calendarDate = z.iso
  .date({ error: 'expected a real calendar date as YYYY-MM-DD' })
  .refine((d) => d >= '1900-01-01' && d <= '2199-12-31', 'expected a year from 1900 to 2199')
  .openapi({ example: '2027-01-18' });

const instant = z
  .string()
  .openapi({ description: 'ISO 8601 UTC', example: '2027-01-18T06:30:00.000Z' });
const bounded = (lo: number, hi: number) => z.number().min(lo).max(hi);
const range = ([lo, hi]: readonly [number, number]) => bounded(lo, hi);
const scale1to5 = z.int().min(1).max(5);
const heartRateBpm = z.int().min(25).max(250);
/** The recovery core's plausible resting range; wider would store what readiness refuses. */
const restingHrBpm = z.int().min(25).max(220);
/** CR-10 session effort. */
const rpe = bounded(0, 10).openapi({ description: 'Session effort on the CR-10 scale' });
/** Up to two days, so even an ultra fits. */
const durationMin = bounded(0, 2880);

// ---- errors ---------------------------------------------------------------------------------

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'bad-input' }),
      message: z.string(),
      field: z.string().optional().openapi({ description: 'The request field at fault' }),
      rule: z.string().optional().openapi({ description: 'No plan: the rule that cannot be met' }),
      fix: z.string().optional().openapi({ description: 'No plan: what would make one possible' }),
    }),
  })
  .openapi('Error');

// ---- accounts -------------------------------------------------------------------------------

const RoleSchema = z.enum(['athlete', 'coach']);
const email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ error: 'expected an email address' }));

export const SignupSchema = z.object({
  email,
  password: z.string().min(8, 'expected at least 8 characters').max(256),
  name: text(100),
  role: RoleSchema,
});

export const LoginSchema = z.object({
  email,
  password: z.string().min(1).max(256),
});

export const DeleteAccountSchema = z.object({ password: z.string().min(1).max(256) });

export const AccountSchema = z
  .object({
    userId: z.string(),
    email: z.string(),
    name: z.string(),
    role: RoleSchema,
    athleteId: z.string().optional().openapi({ description: 'Set for athletes' }),
  })
  .openapi('Account');

export const TokenCreateSchema = z.object({
  name: text(100).openapi({ example: 'laptop script' }),
});

export const ApiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: instant,
    revokedAt: instant.optional(),
  })
  .openapi('ApiToken');

export const NewApiTokenSchema = ApiTokenSchema.extend({
  token: z.string().openapi({ description: 'Send as "Authorization: Bearer …"; shown once' }),
}).openapi('NewApiToken');

// ---- profile and plan -----------------------------------------------------------------------

const weeklyKm = bounded(0, MAX_DISTANCE_KM);

export const ProfileInputSchema = z.object({
  sex: SexSchema,
  age: range(BODY_LIMITS.ageYears).openapi({ description: 'Years' }),
  heightCm: range(BODY_LIMITS.heightCm),
  weightKg: range(BODY_LIMITS.weightKg),
  bodyFatPct: range(BODY_LIMITS.bodyFatPct).optional(),
  focus: FocusSchema,
  days: z.array(WeekdaySchema).min(1).max(7).openapi({ description: 'Weekdays free to train' }),
  longRunDay: WeekdaySchema,
  weeklyKm: weeklyKm.openapi({ description: 'Running volume now, km a week' }),
  experience: ExperienceSchema,
  equipment: EquipmentSchema,
  units: UnitsSchema,
  recent: z
    .union([z.string().max(40), RaceResultSchema])
    .optional()
    .openapi({ description: 'A recent race: "5k=24:30", or {distanceM, timeSec}' }),
});

export const ProfileSchema = ProfileInputSchema.extend({
  athleteId: z.string(),
  recent: RaceResultSchema.optional(),
  updatedAt: instant,
}).openapi('Profile');

export const PlanRequestSchema = z
  .object({
    distance: GoalDistanceSchema,
    weeks: z.int().min(8).max(20).optional().openapi({ description: 'Or give raceDate' }),
    raceDate: calendarDate.optional(),
    start: calendarDate,
    minutesPerDay: z.partialRecord(WeekdaySchema, bounded(0, 1440)).optional(),
    upperEmphasis: z.boolean().optional(),
    heat: z.boolean().optional(),
  })
  .refine((r) => r.weeks !== undefined || r.raceDate !== undefined, {
    error: 'expected weeks or raceDate',
    path: ['weeks'],
  });

export const SessionMoveSchema = z.object({
  from: calendarDate,
  index: z.int().min(0).max(20).openapi({ description: "The session's position in that day" }),
  to: calendarDate,
});

const sessionAt = {
  date: calendarDate,
  index: z.int().min(0).max(20).openapi({ description: "The session's position in that day" }),
};

/** The core (editSession) checks the rest: what fits the session, and the plan's rules. */
export const SessionEditSchema = z
  .discriminatedUnion('change', [
    z.object({
      ...sessionAt,
      change: z.literal('distance'),
      distanceKm: z.number().positive(),
    }),
    z.object({
      ...sessionAt,
      change: z.literal('duration'),
      durationMin: z.number().positive(),
    }),
    z.object({
      ...sessionAt,
      change: z.literal('sets'),
      sets: z
        .record(z.string().min(1).max(100), z.int().min(1).max(MAX_EDIT_SETS))
        .openapi({ description: 'Working sets by exercise id', example: { 'back-squat': 3 } }),
    }),
    z.object({ ...sessionAt, change: z.literal('skip') }),
  ])
  .openapi('SessionEdit');

// ---- the journal ----------------------------------------------------------------------------

export const RunLogInputSchema = z.object({
  kind: z.literal('run'),
  date: calendarDate,
  type: RunTypeSchema,
  distanceKm: bounded(0, MAX_DISTANCE_KM),
  durationMin,
  avgHr: heartRateBpm.optional(),
  rpe: rpe.optional(),
});

export const LiftSetSchema = z.object({
  exercise: text(100).openapi({ example: 'back-squat' }),
  reps: z.int().min(0).max(1000),
  loadKg: bounded(0, 1000),
  rir: z.int().min(0).max(10).optional().openapi({ description: 'Reps in reserve' }),
});

export const LiftLogInputSchema = z.object({
  kind: z.literal('strength'),
  date: calendarDate,
  durationMin,
  rpe: rpe.optional(),
  sets: z.array(LiftSetSchema).min(1).max(200),
});

export const LogInputSchema = z.discriminatedUnion('kind', [RunLogInputSchema, LiftLogInputSchema]);

const owned = { id: z.string(), athleteId: z.string() };
export const RunLogSchema = RunLogInputSchema.extend(owned).openapi('RunLog');
export const LiftLogSchema = LiftLogInputSchema.extend(owned).openapi('LiftLog');
export const LogEntrySchema = z.discriminatedUnion('kind', [RunLogSchema, LiftLogSchema]);

export const CheckInInputSchema = z.object({
  date: calendarDate,
  sleepHours: bounded(0, 24),
  soreness: scale1to5.openapi({ description: '1 none … 5 very sore' }),
  motivation: scale1to5.openapi({ description: '1 none … 5 eager' }),
  fatigue: scale1to5.openapi({ description: '1 fresh … 5 exhausted' }),
  restingHr: restingHrBpm.optional(),
  pain: text(500)
    .optional()
    .openapi({ description: 'Where and how it hurts; omit when nothing does' }),
});
export const CheckInSchema = CheckInInputSchema.extend({ athleteId: z.string() }).openapi(
  'CheckIn',
);

export const BodyInputSchema = z.object({
  date: calendarDate,
  weightKg: range(BODY_LIMITS.weightKg),
  bodyFatPct: range(BODY_LIMITS.bodyFatPct).optional(),
});
export const BodyEntrySchema = BodyInputSchema.extend({ athleteId: z.string() }).openapi(
  'BodyEntry',
);

export const IntakeInputSchema = z.object({
  date: calendarDate,
  kcal: bounded(0, 20_000),
  proteinG: bounded(0, 1000).optional(),
});
export const IntakeEntrySchema = IntakeInputSchema.extend({ athleteId: z.string() }).openapi(
  'IntakeEntry',
);

// ---- reading back ---------------------------------------------------------------------------

export const DateRangeQuery = z.object({ from: calendarDate, to: calendarDate });

export const ActivityHeaderSchema = z
  .object({
    id: z.string(),
    athleteId: z.string(),
    contentHash: z.string(),
    sport: z.string(),
    subSport: z.string().optional(),
    title: z.string().optional(),
    startTime: instant,
    date: z.string(),
    summary: z.object({
      distanceKm: z.number(),
      movingTimeSec: z.number(),
      elapsedTimeSec: z.number(),
      elevationGainM: z.number(),
      avgHr: z.number().optional(),
      maxHr: z.number().optional(),
      trimp: z.number().optional(),
      srpeLoad: z.number().optional(),
      strengthVolumeKg: z.number(),
    }),
    partialReason: z.string().optional(),
    plannedDate: z.string().optional(),
    importedAt: instant,
  })
  .openapi('ActivityHeader');

export const CalendarQuery = DateRangeQuery.extend({
  detail: z.enum(['summary', 'full']).optional().openapi({
    description:
      "summary (the default): each planned day's sessions in brief (kind, title, time, a run's type and distance, a lift's focus) and its energy; full: the days as in the plan, with steps, exercises, reasons and meal timing",
  }),
});

export const CalendarSchema = z
  .object({
    planned: z
      .array(z.union([PlanDaySummarySchema.openapi('PlanDaySummary'), PlanDaySchema]))
      .openapi({ description: 'Days of the current plan, in brief unless detail=full' }),
    runs: z.array(RunLogInputSchema.omit({ kind: true }).extend(owned)),
    lifts: z.array(LiftLogInputSchema.omit({ kind: true }).extend(owned)),
    activities: z.array(ActivityHeaderSchema),
  })
  .openapi('Calendar');

export const FuelQuery = z.object({
  date: calendarDate,
  heat: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: 'Hot or humid day: more fluid and electrolytes' }),
});

export const DayFuelSchema = z
  .object({
    date: z.string(),
    planned: z.boolean().openapi({ description: 'False: no plan day, fuel for a day off' }),
    weightKg: z.number().openapi({ description: 'Latest logged weight, else the profile' }),
    bmrKcal: z.number(),
    maintenanceKcal: z.number(),
    targetKcal: z.number(),
    proteinG: z.number(),
    carbsG: z.number(),
    fatG: z.number(),
    meals: z.number(),
    dayType: z.enum(['rest', 'light', 'moderate', 'high']),
    timing: z.array(z.string()),
    waterL: z.number(),
    electrolytes: z.boolean(),
    mealIdeas: z.array(z.string()),
    intake: z.object({ kcal: z.number(), proteinG: z.number().optional() }).optional(),
  })
  .openapi('DayFuel');

// ---- coaching -------------------------------------------------------------------------------

export const InviteSchema = z
  .object({
    code: z.string().openapi({ description: 'Give it to the athlete; shown once' }),
    createdAt: instant,
    expiresAt: instant,
  })
  .openapi('Invite');

export const CoachLinkSchema = z
  .object({
    coachId: z.string(),
    coachName: z.string(),
    athleteId: z.string(),
    athleteName: z.string(),
    createdAt: instant,
  })
  .openapi('CoachLink');

const ComplianceSchema = z.object({
  planned: z.int(),
  done: z.int(),
  ratio: z.number().optional().openapi({ description: 'done / planned; absent when none planned' }),
});

export const RosterQuery = z.object({
  date: calendarDate.optional().openapi({ description: "The coach's date; default today (UTC)" }),
});

export const RosterEntrySchema = z
  .object({
    athleteId: z.string(),
    name: z.string(),
    email: z.string(),
    linkedAt: instant,
    readiness: z.object({
      date: z.string().optional().openapi({ description: 'The check-in scored' }),
      score: z.number().optional().openapi({ description: '0–100; docs/readiness.md' }),
      band: z.enum(['good', 'ok', 'low']).optional(),
      lagging: z.boolean(),
      laggingReason: z.string().optional(),
    }),
    compliance: z.object({ days7: ComplianceSchema, days28: ComplianceSchema }),
    loadRatio: z
      .object({ ratio: z.number(), zone: z.enum(['below', 'target', 'raised', 'spike']) })
      .optional()
      .openapi({ description: 'Acute:chronic load; absent with under 4 weeks of logs' }),
    flags: z.array(z.enum(['recovery-lagging', 'pain', 'persistent-pain', 'load-spike'])),
  })
  .openapi('RosterEntry');

const WeekVolumeSchema = z.object({
  weekStart: z.string().openapi({ description: 'The Monday' }),
  isoWeek: z.string().openapi({ example: '2027-W03' }),
  runKm: z.number(),
  runMin: z.number(),
  strengthSets: z.number(),
  strengthTonnageKg: z.number().optional().openapi({ description: 'Σ reps × kg; done only' }),
  sessions: z.record(z.enum(['run', 'strength', 'cross', 'mobility']), z.number()),
});

export const ProgressQuery = z.object({
  date: calendarDate.optional().openapi({ description: "The athlete's date; default today (UTC)" }),
});

export const ProgressSchema = z
  .object({
    date: z.string(),
    weeks: z.array(
      z.object({
        weekStart: z.string(),
        isoWeek: z.string(),
        planned: WeekVolumeSchema,
        done: WeekVolumeSchema,
      }),
    ),
    lifts: z.array(
      z.object({
        exercise: z.string(),
        points: z.array(
          z.object({
            date: z.string(),
            e1rmKg: z.number(),
            reps: z.number(),
            loadKg: z.number(),
            rir: z.number().optional(),
          }),
        ),
      }),
    ),
    compliance: z.object({ days7: ComplianceSchema, days28: ComplianceSchema }),
    body: z
      .object({
        trendKg: z.number().optional(),
        ratePctPerWeek: z.number().optional(),
        expectedBand: z.tuple([z.number(), z.number()]),
        status: z.enum(['below', 'within', 'above', 'not-enough-data']),
        nudgeKcal: z.number(),
        message: z.string(),
      })
      .optional()
      .openapi({ description: 'Weight trend against the focus; absent without a profile' }),
  })
  .openapi('Progress');
