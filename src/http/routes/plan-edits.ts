// Editing one planned session (a run's distance or time, a lift's sets) or skipping it. Moves
// live beside the plan in routes/plan.ts; both are refused only for a rule break they add.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { editPlanSession } from '../../app/plan-edits.js';
import { PlanSchema } from '../../core/plan/schema.js';
import { type AppDeps, type AppEnv, actorOf } from '../context.js';
import { errors, jsonAnswer, jsonBody, signedIn } from '../openapi.js';
import { idParam, SessionEditSchema } from '../schemas.js';

const editRoute = createRoute({
  method: 'post',
  path: '/api/athletes/{id}/plan/edits',
  tags: ['athlete'],
  summary:
    "Change one session of the current plan (a run's distance or time, a lift's sets) or skip it, unless that adds a rule break",
  security: signedIn,
  request: { params: z.object({ id: idParam }), ...jsonBody(SessionEditSchema) },
  responses: {
    200: jsonAnswer(PlanSchema, 'The plan with the session changed'),
    ...errors(400, 401, 404, 422),
  },
});

export function planEditRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(editRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(
      await editPlanSession(deps, await actorOf(c, deps), id, c.req.valid('json')),
      200,
    );
  });
}
