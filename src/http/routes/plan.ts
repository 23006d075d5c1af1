// The athlete's profile, plan, calendar, fuel and progress.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { calendarForJson } from '../../app/calendar.js';
import { fuelForDate } from '../../app/fuel.js';
import { createPlan, getPlan, movePlanSession } from '../../app/plan.js';
import { getProfile, putProfile } from '../../app/profile.js';
import { progress } from '../../app/progress.js';
import { PlanSchema } from '../../core/plan/schema.js';
import { type AppDeps, type AppEnv, actorOf } from '../context.js';
import { calendarJson, jsonAnswer as jsonBytesAnswer } from '../json-bytes.js';
import { errors, jsonAnswer, jsonBody, signedIn } from '../openapi.js';
import {
  CalendarQuery,
  CalendarSchema,
  DayFuelSchema,
  FuelQuery,
  idParam,
  PlanRequestSchema,
  ProfileInputSchema,
  ProfileSchema,
  ProgressQuery,
  ProgressSchema,
  SessionMoveSchema,
} from '../schemas.js';

const tags = ['athlete'];
const params = z.object({ id: idParam });
const athleteRoute = { tags, security: signedIn, request: { params } };

const putProfileRoute = createRoute({
  ...athleteRoute,
  method: 'put',
  path: '/api/athletes/{id}/profile',
  summary: "Create or replace the athlete's profile",
  request: { params, ...jsonBody(ProfileInputSchema) },
  responses: { 200: jsonAnswer(ProfileSchema, 'The stored profile'), ...errors(400, 401, 404) },
});

const getProfileRoute = createRoute({
  ...athleteRoute,
  method: 'get',
  path: '/api/athletes/{id}/profile',
  summary: "The athlete's profile",
  responses: { 200: jsonAnswer(ProfileSchema, 'The profile'), ...errors(400, 401, 404) },
});

const createPlanRoute = createRoute({
  ...athleteRoute,
  method: 'post',
  path: '/api/athletes/{id}/plan',
  summary: 'Make a plan from the profile and a goal; it becomes the current plan',
  request: { params, ...jsonBody(PlanRequestSchema) },
  responses: {
    201: jsonAnswer(PlanSchema, 'The plan, in the JSON plan format (docs/plan-format.md)'),
    ...errors(400, 401, 404, 422),
  },
});

const getPlanRoute = createRoute({
  ...athleteRoute,
  method: 'get',
  path: '/api/athletes/{id}/plan',
  summary: 'The current plan',
  responses: { 200: jsonAnswer(PlanSchema, 'The plan'), ...errors(400, 401, 404) },
});

const moveRoute = createRoute({
  ...athleteRoute,
  method: 'post',
  path: '/api/athletes/{id}/plan/moves',
  summary:
    'Move one session of the current plan to another day, if the plan still keeps every rule',
  request: { params, ...jsonBody(SessionMoveSchema) },
  responses: {
    200: jsonAnswer(PlanSchema, 'The plan with the session moved'),
    ...errors(400, 401, 404, 422),
  },
});

const calendarRoute = createRoute({
  ...athleteRoute,
  method: 'get',
  path: '/api/athletes/{id}/calendar',
  summary: 'Planned days and done sessions between two dates (both included)',
  request: { params, query: CalendarQuery },
  responses: { 200: jsonAnswer(CalendarSchema, 'Planned and done'), ...errors(400, 401, 404) },
});

const fuelRoute = createRoute({
  ...athleteRoute,
  method: 'get',
  path: '/api/athletes/{id}/fuel',
  summary: "Energy, macros, timing and fluid for one day's planned training",
  request: { params, query: FuelQuery },
  responses: { 200: jsonAnswer(DayFuelSchema, "The day's fuel"), ...errors(400, 401, 404, 422) },
});

const progressRoute = createRoute({
  ...athleteRoute,
  method: 'get',
  path: '/api/athletes/{id}/progress',
  summary: 'Weekly volume planned and done, estimated 1RM per lift, compliance, weight trend',
  request: { params, query: ProgressQuery },
  responses: { 200: jsonAnswer(ProgressSchema, 'Progress'), ...errors(400, 401, 404) },
});

export function planRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(putProfileRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await putProfile(deps, await actorOf(c, deps), id, c.req.valid('json')), 200);
  });

  app.openapi(getProfileRoute, async (c) =>
    c.json(await getProfile(deps, await actorOf(c, deps), c.req.valid('param').id), 200),
  );

  app.openapi(createPlanRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await createPlan(deps, await actorOf(c, deps), id, c.req.valid('json')), 201);
  });

  app.openapi(getPlanRoute, async (c) =>
    c.json(await getPlan(deps, await actorOf(c, deps), c.req.valid('param').id), 200),
  );

  app.openapi(moveRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(
      await movePlanSession(deps, await actorOf(c, deps), id, c.req.valid('json')),
      200,
    );
  });

  app.openapi(calendarRoute, async (c) => {
    const { id } = c.req.valid('param');
    const range = await calendarForJson(deps, await actorOf(c, deps), id, c.req.valid('query'));
    return jsonBytesAnswer(c, calendarJson(range), 200);
  });

  app.openapi(fuelRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { date, heat } = c.req.valid('query');
    return c.json(await fuelForDate(deps, await actorOf(c, deps), id, date, heat === 'true'), 200);
  });

  app.openapi(progressRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await progress(deps, await actorOf(c, deps), id, c.req.valid('query').date), 200);
  });
}
