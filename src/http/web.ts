// The mount point for the web app (web/, built into web/dist): its files at /, and index.html
// for any other page path so the app's own router can take it. /api/* never falls through here.
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.js';

const outsideApi =
  (handler: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> =>
  (c, next) =>
    c.req.path === '/api' || c.req.path.startsWith('/api/') ? next() : handler(c, next);

/** Call after createApp, so the API's routes come first. */
export function mountWeb(app: OpenAPIHono<AppEnv>, distDir: string): void {
  app.use('*', outsideApi(serveStatic({ root: distDir })));
  app.get('*', outsideApi(serveStatic({ root: distDir, path: 'index.html' })));
}
