// The calendar subscription: the athlete asks for a private address, and calendar apps read the
// plan from it with no cookie or token, the secret in the address being the only key.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { renderPlanIcs } from '../../adapters/export/ics.js';
import { planForFeed, renewCalendarFeed } from '../../app/calendar-feed.js';
import { NotFoundError } from '../../app/errors.js';
import { type AppDeps, type AppEnv, actorOf, isHttps } from '../context.js';
import { errors, jsonAnswer, signedIn } from '../openapi.js';
import { idParam } from '../schemas.js';

const tags = ['export'];

const CalendarFeedLinkSchema = z
  .object({
    url: z.string().openapi({ example: 'https://runstrong.example/api/feeds/Qm9v….ics' }),
  })
  .openapi('CalendarFeedLink');

const renewRoute = createRoute({
  method: 'post',
  path: '/api/athletes/{id}/calendar-feed',
  tags,
  summary:
    'A new private calendar address for the athlete; the previous address stops working. Shown once.',
  security: signedIn,
  request: { params: z.object({ id: idParam }) },
  responses: {
    201: jsonAnswer(CalendarFeedLinkSchema, 'The address to subscribe to'),
    ...errors(400, 401, 403, 404),
  },
});

/** The last segment: a base64url secret and ".ics", so calendar apps see a calendar file. */
const FEED_FILE = /^([A-Za-z0-9_-]{1,100})\.ics$/;

const feedRoute = createRoute({
  method: 'get',
  path: '/api/feeds/{feed}',
  tags,
  summary: 'The plan as an iCalendar feed, for calendar apps; needs no sign-in',
  security: [],
  request: {
    params: z.object({
      feed: z
        .string()
        .openapi({ description: 'The secret from the address, then .ics', example: 'Qm9v….ics' }),
    }),
  },
  responses: {
    200: {
      description: 'The .ics calendar',
      content: { 'text/calendar': { schema: z.string() } },
    },
    ...errors(404),
  },
});

export function feedRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(renewRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { secret } = await renewCalendarFeed(deps, await actorOf(c, deps), id);
    const origin = `${isHttps(c, deps) ? 'https' : 'http'}://${new URL(c.req.url).host}`;
    return c.json({ url: `${origin}/api/feeds/${secret}.ics` }, 201);
  });

  app.openapi(feedRoute, async (c) => {
    // A malformed address is answered as an unknown one: nothing to learn from the difference.
    const secret = FEED_FILE.exec(c.req.valid('param').feed)?.[1];
    if (!secret) throw new NotFoundError('calendar feed');
    const { plan, units } = await planForFeed(deps, secret);
    return c.body(renderPlanIcs(plan, units, { stamp: deps.clock.now() }), 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
    });
  });
}
