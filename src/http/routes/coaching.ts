// Coaching: invites, accepting one, the coach's athletes, and the athlete's coaches.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { acceptInvite, createInvite, listCoaches, removeCoach } from '../../app/coaching.js';
import { roster } from '../../app/roster.js';
import { type AppDeps, type AppEnv, actorOf } from '../context.js';
import { errors, jsonAnswer, signedIn } from '../openapi.js';
import {
  CoachLinkSchema,
  InviteSchema,
  idParam,
  RosterEntrySchema,
  RosterQuery,
} from '../schemas.js';

const tags = ['coaching'];

const createInviteRoute = createRoute({
  method: 'post',
  path: '/api/coach/invites',
  tags,
  security: signedIn,
  summary: 'A new invite code, valid for 7 days (coaches only)',
  responses: { 201: jsonAnswer(InviteSchema, 'The invite'), ...errors(401, 403) },
});

const acceptInviteRoute = createRoute({
  method: 'post',
  path: '/api/invites/{code}/accept',
  tags,
  security: signedIn,
  summary: "Accept a coach's invite (athletes only)",
  request: { params: z.object({ code: idParam }) },
  responses: {
    201: jsonAnswer(CoachLinkSchema, 'Now coached'),
    ...errors(400, 401, 403, 404, 409, 422),
  },
});

const rosterRoute = createRoute({
  method: 'get',
  path: '/api/coach/athletes',
  tags,
  security: signedIn,
  summary: "The coach's athletes with readiness, compliance and flags",
  request: { query: RosterQuery },
  responses: {
    200: jsonAnswer(z.array(RosterEntrySchema), 'Athletes, by name'),
    ...errors(400, 401, 403),
  },
});

const listCoachesRoute = createRoute({
  method: 'get',
  path: '/api/athletes/{id}/coaches',
  tags,
  security: signedIn,
  summary: "The athlete's coaches",
  request: { params: z.object({ id: idParam }) },
  responses: { 200: jsonAnswer(z.array(CoachLinkSchema), 'Coaches'), ...errors(400, 401, 404) },
});

const removeCoachRoute = createRoute({
  method: 'delete',
  path: '/api/athletes/{id}/coaches/{coachId}',
  tags,
  security: signedIn,
  summary: 'Remove a coach (the athlete only)',
  request: { params: z.object({ id: idParam, coachId: idParam }) },
  responses: { 204: { description: 'Removed' }, ...errors(400, 401, 403, 404) },
});

export function coachingRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(createInviteRoute, async (c) =>
    c.json(await createInvite(deps, await actorOf(c, deps)), 201),
  );

  app.openapi(acceptInviteRoute, async (c) =>
    c.json(await acceptInvite(deps, await actorOf(c, deps), c.req.valid('param').code), 201),
  );

  app.openapi(rosterRoute, async (c) =>
    c.json(await roster(deps, await actorOf(c, deps), c.req.valid('query').date), 200),
  );

  app.openapi(listCoachesRoute, async (c) =>
    c.json(await listCoaches(deps, await actorOf(c, deps), c.req.valid('param').id), 200),
  );

  app.openapi(removeCoachRoute, async (c) => {
    const { id, coachId } = c.req.valid('param');
    await removeCoach(deps, await actorOf(c, deps), id, coachId);
    return c.body(null, 204);
  });
}
