// Imported activities: upload (multipart, streamed file by file), lists, one activity with its
// track, training load, the plan's runs as watch workout files, and the privacy zones.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { activityFiles } from '../../adapters/files/activity-files.js';
import { planWorkoutFiles } from '../../adapters/files/fit/plan-workout-files.js';
import {
  getActivity,
  importForAthlete,
  listActivities,
  loadReport,
  planWorkouts,
} from '../../app/activities.js';
import { NotFoundError } from '../../app/errors.js';
import type { ImportSource } from '../../app/import-files.js';
import { addPrivacyZone, listPrivacyZones, removePrivacyZone } from '../../app/privacy-zones.js';
import { type AppDeps, type AppEnv, actorOf } from '../context.js';
import { multipartBoundary, multipartFiles } from '../multipart.js';
import { errors, jsonAnswer, jsonBody, signedIn } from '../openapi.js';
import { calendarDate, DateRangeQuery, idParam } from '../schemas.js';

/**
 * Largest upload accepted in one request: a few years of FIT files. Bigger exports go in
 * several requests, or through `runstrong import` on the server.
 */
export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;

/** The upload route: the only one exempt from the app's 1 MiB body limit (it has its own). */
export const isUploadPath = (path: string): boolean =>
  /^\/api\/athletes\/[^/]+\/imports\/?$/.test(path);

const tags = ['activities'];
const params = z.object({ id: idParam });
const athleteRoute = { tags, security: signedIn };

const SetSchema = z.object({ exercise: z.string(), reps: z.number(), loadKg: z.number() });

const ActivityViewSchema = z
  .object({
    id: z.string(),
    sport: z.string(),
    title: z
      .string()
      .optional()
      .openapi({ description: "The name it was given (the file's, or Strava's)" }),
    start: z.string().openapi({ description: 'ISO 8601 UTC' }),
    date: z.string().openapi({ description: "The athlete's calendar date" }),
    distanceKm: z.number(),
    movingTimeSec: z.number(),
    elapsedTimeSec: z.number(),
    avgHr: z.number().optional(),
    maxHr: z.number().optional(),
    elevationGainM: z.number(),
    load: z.number().openapi({ description: 'Session-RPE units (docs/load.md)' }),
    partial: z.boolean(),
    partialReason: z.string().optional(),
    plannedDate: z.string().optional(),
    sets: z.array(SetSchema),
  })
  .openapi('Activity');

const SampleSchema = z.object({
  timeSec: z.number(),
  lat: z.number().optional(),
  lon: z.number().optional(),
  altitudeM: z.number().optional(),
  distanceM: z.number().optional(),
  heartRateBpm: z.number().optional(),
  cadenceSpm: z.number().optional(),
  powerW: z.number().optional(),
  speedMps: z.number().optional(),
});

const ActivityDetailSchema = ActivityViewSchema.extend({
  subSport: z.string().optional(),
  samples: z.array(SampleSchema).openapi({
    description:
      "Points inside the athlete's privacy zones carry no position unless the athlete asks",
  }),
}).openapi('ActivityDetail');

const FileResultSchema = z.object({
  file: z.string(),
  status: z.enum(['imported', 'partial', 'duplicate', 'failed']),
  error: z.string().optional(),
});

const ImportSummarySchema = z
  .object({
    imported: z.number(),
    duplicates: z.number(),
    failed: z.array(z.object({ file: z.string(), error: z.string() })),
    files: z.array(FileResultSchema),
    activities: z.array(ActivityViewSchema),
  })
  .openapi('ImportSummary');

const FitnessDaySchema = z.object({
  date: z.string(),
  load: z.number(),
  ctl: z.number(),
  atl: z.number(),
  tsb: z.number(),
});

const WeekVolumeSchema = z.object({
  weekStart: z.string(),
  isoWeek: z.string(),
  runKm: z.number(),
  runMin: z.number(),
  strengthSets: z.number(),
  strengthTonnageKg: z.number().optional(),
  sessions: z.record(z.string(), z.number()),
});

const LoadReportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    days: z.array(FitnessDaySchema),
    acwr: z
      .object({
        acuteMean: z.number(),
        chronicMean: z.number(),
        ratio: z.number(),
        zone: z.enum(['below', 'target', 'raised', 'spike']),
      })
      .optional(),
    weeks: z.array(WeekVolumeSchema),
    context: z.object({
      restHr: z.number().optional(),
      maxHr: z.number().optional(),
      sex: z.enum(['male', 'female']).optional(),
    }),
  })
  .openapi('LoadReport');

const PrivacyZoneInputSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  radiusM: z.number().positive().max(50_000),
});

const PrivacyZoneSchema = PrivacyZoneInputSchema.extend({
  id: z.string(),
  athleteId: z.string(),
}).openapi('PrivacyZone');

const WorkoutListSchema = z.array(z.object({ name: z.string(), url: z.string() }));
const workoutName = z
  .string()
  .regex(/^[\w.-]{1,100}\.fit$/, 'expected a workout file name ending in .fit');

const timeZone = z
  .string()
  .refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    },
    { message: 'expected an IANA time zone such as Europe/London or America/Denver' },
  )
  .openapi({
    description:
      "The uploader's time zone: an activity's date is the local date it started on. Default UTC.",
    example: 'Europe/London',
  });

const importRoute = createRoute({
  ...athleteRoute,
  method: 'post',
  path: '/api/athletes/{id}/imports',
  summary: 'Upload activity files (FIT, GPX, TCX, or .gz of them) as multipart/form-data',
  description: `One part per file. Files are read one at a time as they arrive; each file commits on its own, so a failed file does not stop the rest. Over ${MAX_UPLOAD_BYTES} bytes the upload stops with 413 (files already read stay imported).`,
  request: { params, query: z.object({ timeZone: timeZone.optional() }) },
  responses: {
    200: jsonAnswer(ImportSummarySchema, 'What happened to each file'),
    ...errors(400, 401, 403, 404, 413),
  },
});

const listRoute = createRoute({
  ...athleteRoute,
  method: 'get',
  path: '/api/athletes/{id}/activities',
  summary: 'Imported activities between two dates, by start time',
  request: { params, query: DateRangeQuery },
  responses: {
    200: jsonAnswer(z.array(ActivityViewSchema), 'Activities'),
    ...errors(400, 401, 404),
  },
});

const getRoute = createRoute({
  ...athleteRoute,
  method: 'get',
  path: '/api/athletes/{id}/activities/{activityId}',
  summary: 'One activity with its samples; positions in privacy zones hidden from others',
  request: { params: z.object({ id: idParam, activityId: idParam }) },
  responses: {
    200: jsonAnswer(ActivityDetailSchema, 'The activity'),
    ...errors(400, 401, 404),
  },
});

const loadRoute = createRoute({
  ...athleteRoute,
  method: 'get',
  path: '/api/athletes/{id}/load',
  summary: 'Daily load, fitness/fatigue/form, acute:chronic ratio and weekly volume',
  request: { params, query: z.object({ date: calendarDate.optional() }) },
  responses: { 200: jsonAnswer(LoadReportSchema, 'The last 42 days'), ...errors(400, 401, 404) },
});

const workoutsRoute = createRoute({
  ...athleteRoute,
  method: 'get',
  path: '/api/athletes/{id}/plan/workouts',
  summary: "The current plan's runs as FIT workout files: names and download links",
  request: { params },
  responses: { 200: jsonAnswer(WorkoutListSchema, 'One file per run'), ...errors(400, 401, 404) },
});

const workoutFileRoute = createRoute({
  ...athleteRoute,
  method: 'get',
  path: '/api/athletes/{id}/plan/workouts/{file}',
  summary: 'One run of the current plan as a FIT workout file (copy it to a watch)',
  request: { params: z.object({ id: idParam, file: workoutName }) },
  responses: {
    200: {
      description: 'The FIT file',
      content: { 'application/vnd.ant.fit': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...errors(400, 401, 404),
  },
});

const addZoneRoute = createRoute({
  ...athleteRoute,
  method: 'post',
  path: '/api/athletes/{id}/privacy-zones',
  summary: 'Add a privacy zone: a circle whose points nobody else sees',
  request: { params, ...jsonBody(PrivacyZoneInputSchema) },
  responses: { 201: jsonAnswer(PrivacyZoneSchema, 'The zone'), ...errors(400, 401, 403, 404) },
});

const listZonesRoute = createRoute({
  ...athleteRoute,
  method: 'get',
  path: '/api/athletes/{id}/privacy-zones',
  summary: "The athlete's privacy zones (the athlete only)",
  request: { params },
  responses: {
    200: jsonAnswer(z.array(PrivacyZoneSchema), 'Zones'),
    ...errors(400, 401, 403, 404),
  },
});

const removeZoneRoute = createRoute({
  ...athleteRoute,
  method: 'delete',
  path: '/api/athletes/{id}/privacy-zones/{zoneId}',
  summary: 'Remove a privacy zone',
  request: { params: z.object({ id: idParam, zoneId: idParam }) },
  responses: { 204: { description: 'Removed' }, ...errors(400, 401, 403, 404) },
});

/** The request body as chunks; 413 straight away when the declared length is over the limit. */
function uploadBody(c: Context<AppEnv>): AsyncIterable<Uint8Array> {
  const declared = Number(c.req.header('Content-Length') ?? Number.NaN);
  if (declared > MAX_UPLOAD_BYTES) {
    throw new HTTPException(413, { message: `upload over ${MAX_UPLOAD_BYTES} bytes` });
  }
  const body = c.req.raw.body;
  if (!body) throw new HTTPException(400, { message: 'no files: the body is empty' });
  return body as unknown as AsyncIterable<Uint8Array>;
}

async function* uploadSources(c: Context<AppEnv>): AsyncGenerator<ImportSource> {
  const boundary = multipartBoundary(c.req.header('Content-Type'));
  for await (const file of multipartFiles(uploadBody(c), boundary, MAX_UPLOAD_BYTES)) {
    yield { name: file.filename, open: async () => file.bytes };
  }
}

export function activityRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(importRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { timeZone } = c.req.valid('query');
    const summary = await importForAthlete(
      { ...deps, files: activityFiles },
      await actorOf(c, deps),
      id,
      uploadSources(c),
      { onDate: deps.clock.now().slice(0, 10), ...(timeZone !== undefined && { timeZone }) },
    );
    return c.json(summary, 200);
  });

  app.openapi(listRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(
      await listActivities(deps, await actorOf(c, deps), id, c.req.valid('query')),
      200,
    );
  });

  app.openapi(getRoute, async (c) => {
    const { id, activityId } = c.req.valid('param');
    return c.json(await getActivity(deps, await actorOf(c, deps), id, activityId), 200);
  });

  app.openapi(loadRoute, async (c) => {
    const { id } = c.req.valid('param');
    const onDate = c.req.valid('query').date ?? deps.clock.now().slice(0, 10);
    return c.json(await loadReport(deps, await actorOf(c, deps), id, onDate), 200);
  });

  app.openapi(workoutsRoute, async (c) => {
    const { id } = c.req.valid('param');
    const files = await planWorkouts(deps, await actorOf(c, deps), id, planWorkoutFiles);
    const base = `/api/athletes/${id}/plan/workouts`;
    return c.json(
      files.map((f) => ({ name: f.name, url: `${base}/${f.name}` })),
      200,
    );
  });

  app.openapi(workoutFileRoute, async (c) => {
    const { id, file } = c.req.valid('param');
    const files = await planWorkouts(deps, await actorOf(c, deps), id, planWorkoutFiles);
    const found = files.find((f) => f.name === file);
    if (!found) throw new NotFoundError('workout file');
    return c.body(new Uint8Array(found.bytes), 200, {
      'Content-Type': 'application/vnd.ant.fit',
      'Content-Disposition': `attachment; filename="${found.name}"`,
    });
  });

  app.openapi(addZoneRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await addPrivacyZone(deps, await actorOf(c, deps), id, c.req.valid('json')), 201);
  });

  app.openapi(listZonesRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await listPrivacyZones(deps, await actorOf(c, deps), id), 200);
  });

  app.openapi(removeZoneRoute, async (c) => {
    const { id, zoneId } = c.req.valid('param');
    await removePrivacyZone(deps, await actorOf(c, deps), id, zoneId);
    return c.body(null, 204);
  });
}
