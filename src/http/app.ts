// The HTTP API: createApp wires the routes to the use cases. Validation, the OpenAPI document
// and the answers all come from the route definitions in routes/.
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { NotFoundError } from '../app/errors.js';
import { type AppDeps, type AppEnv, SESSION_COOKIE } from './context.js';
import { respondWithError, validationAnswer } from './errors.js';
import { activityRoutes, isUploadPath } from './routes/activities.js';
import { authRoutes } from './routes/auth.js';
import { coachingRoutes } from './routes/coaching.js';
import { exportRoutes } from './routes/exports.js';
import { feedRoutes } from './routes/feeds.js';
import { healthRoutes } from './routes/health.js';
import { journalRoutes } from './routes/journal.js';
import { planRoutes } from './routes/plan.js';
import { planEditRoutes } from './routes/plan-edits.js';

export type { AppDeps } from './context.js';

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Where a failed schema was: the names a client knows. */
const TARGET_NAMES: Record<string, string> = { json: 'body', param: 'path', query: 'query' };

export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const { body, status } = validationAnswer(
        result.error,
        TARGET_NAMES[result.target] ?? result.target,
      );
      return c.json(body, status);
    },
  });

  app.onError((error, c) => respondWithError(c, error));
  app.notFound((c) =>
    respondWithError(c, new NotFoundError(`route ${c.req.method} ${c.req.path}`)),
  );

  const maxSize = deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const limitBody = bodyLimit({
    maxSize,
    onError: (c) =>
      respondWithError(
        c,
        new HTTPException(413, { message: `request body over ${maxSize} bytes` }),
      ),
  });
  // File uploads stream under their own, larger limit (routes/activities.ts). Reads take no
  // body; skipping them also spares building the full Request object just to find that out.
  app.use('/api/*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' || isUploadPath(c.req.path)
      ? next()
      : limitBody(c, next),
  );
  app.use('/api/*', async (c, next) => {
    await next();
    // Answers carry personal data: no shared cache may keep them. Set on the response's own
    // headers: c.header() after the handler would copy the body into a stream and lose the
    // server's fast path for a ready string.
    c.res.headers.set('Cache-Control', 'no-store');
  });

  healthRoutes(app);
  authRoutes(app, deps);
  planRoutes(app, deps);
  planEditRoutes(app, deps);
  journalRoutes(app, deps);
  coachingRoutes(app, deps);
  activityRoutes(app, deps);
  exportRoutes(app, deps);
  feedRoutes(app, deps);

  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'A personal API token from POST /api/tokens',
  });
  // Built on first request, then kept: the routes do not change while the app runs.
  let document: ReturnType<typeof app.getOpenAPI31Document> | undefined;
  app.get('/api/openapi.json', (c) => {
    document ??= app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'runstrong API',
        version: '0.1.0',
        description:
          'Training plans, the training log, check-ins, fuel and coaching. See docs/api.md.',
      },
    });
    return c.json(document);
  });
  return app;
}
