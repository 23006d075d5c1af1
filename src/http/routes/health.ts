import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../context.js';
import { jsonAnswer } from '../openapi.js';

const healthRoute = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['service'],
  summary: 'Is the service up',
  responses: { 200: jsonAnswer(z.object({ ok: z.literal(true) }), 'Up') },
});

export function healthRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(healthRoute, (c) => c.json({ ok: true as const }, 200));
}
