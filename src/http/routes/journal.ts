// The training journal: logged runs and lifts, morning check-ins, weigh-ins and the food log.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  listBodyEntries,
  listCheckIns,
  putBodyEntry,
  putCheckIn,
  putIntakeEntry,
} from '../../app/daily.js';
import { addLog, listLogs } from '../../app/logs.js';
import { type AppDeps, type AppEnv, actorOf } from '../context.js';
import { errors, jsonAnswer, jsonBody, signedIn } from '../openapi.js';
import {
  BodyEntrySchema,
  BodyInputSchema,
  CheckInInputSchema,
  CheckInSchema,
  DateRangeQuery,
  IntakeEntrySchema,
  IntakeInputSchema,
  idParam,
  LogEntrySchema,
  LogInputSchema,
} from '../schemas.js';

const tags = ['journal'];
const params = z.object({ id: idParam });
const athleteRoute = { tags, security: signedIn };

const addLogRoute = createRoute({
  ...athleteRoute,
  method: 'post',
  path: '/api/athletes/{id}/logs',
  summary: 'Log a run or a strength session (dates ahead are fine)',
  request: { params, ...jsonBody(LogInputSchema) },
  responses: { 201: jsonAnswer(LogEntrySchema, 'The logged session'), ...errors(400, 401, 404) },
});

const listLogsRoute = createRoute({
  ...athleteRoute,
  method: 'get',
  path: '/api/athletes/{id}/logs',
  summary: 'Logged runs and lifts between two dates, by date',
  request: { params, query: DateRangeQuery },
  responses: { 200: jsonAnswer(z.array(LogEntrySchema), 'Sessions'), ...errors(400, 401, 404) },
});

const putCheckInRoute = createRoute({
  ...athleteRoute,
  method: 'post',
  path: '/api/athletes/{id}/checkins',
  summary: "The day's check-in; a second one for the same date replaces the first",
  request: { params, ...jsonBody(CheckInInputSchema) },
  responses: { 201: jsonAnswer(CheckInSchema, 'The check-in'), ...errors(400, 401, 404) },
});

const listCheckInsRoute = createRoute({
  ...athleteRoute,
  method: 'get',
  path: '/api/athletes/{id}/checkins',
  summary: 'Check-ins between two dates, by date',
  request: { params, query: DateRangeQuery },
  responses: { 200: jsonAnswer(z.array(CheckInSchema), 'Check-ins'), ...errors(400, 401, 404) },
});

const putBodyRoute = createRoute({
  ...athleteRoute,
  method: 'post',
  path: '/api/athletes/{id}/body',
  summary: "The day's weigh-in; replaces one already sent for that date",
  request: { params, ...jsonBody(BodyInputSchema) },
  responses: { 201: jsonAnswer(BodyEntrySchema, 'The weigh-in'), ...errors(400, 401, 404) },
});

const listBodyRoute = createRoute({
  ...athleteRoute,
  method: 'get',
  path: '/api/athletes/{id}/body',
  summary: 'Weigh-ins between two dates, by date',
  request: { params, query: DateRangeQuery },
  responses: { 200: jsonAnswer(z.array(BodyEntrySchema), 'Weigh-ins'), ...errors(400, 401, 404) },
});

const putIntakeRoute = createRoute({
  ...athleteRoute,
  method: 'post',
  path: '/api/athletes/{id}/intake',
  summary: "The day's food total (optional food log); replaces one already sent",
  request: { params, ...jsonBody(IntakeInputSchema) },
  responses: { 201: jsonAnswer(IntakeEntrySchema, 'The entry'), ...errors(400, 401, 404) },
});

export function journalRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(addLogRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await addLog(deps, await actorOf(c, deps), id, c.req.valid('json')), 201);
  });

  app.openapi(listLogsRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await listLogs(deps, await actorOf(c, deps), id, c.req.valid('query')), 200);
  });

  app.openapi(putCheckInRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await putCheckIn(deps, await actorOf(c, deps), id, c.req.valid('json')), 201);
  });

  app.openapi(listCheckInsRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await listCheckIns(deps, await actorOf(c, deps), id, c.req.valid('query')), 200);
  });

  app.openapi(putBodyRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await putBodyEntry(deps, await actorOf(c, deps), id, c.req.valid('json')), 201);
  });

  app.openapi(listBodyRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(
      await listBodyEntries(deps, await actorOf(c, deps), id, c.req.valid('query')),
      200,
    );
  });

  app.openapi(putIntakeRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await putIntakeEntry(deps, await actorOf(c, deps), id, c.req.valid('json')), 201);
  });
}
