// The athlete's data as files to download: the plan for a calendar app or for printing, and
// everything stored as JSON. Each is an attachment, so a plain link saves it.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { renderPlanIcs } from '../../adapters/export/ics.js';
import { renderPlanMarkdown } from '../../adapters/export/markdown.js';
import { exportData, planToExport } from '../../app/exports.js';
import { PlanSchema } from '../../core/plan/schema.js';
import { type AppDeps, type AppEnv, actorOf } from '../context.js';
import { errors, jsonAnswer, signedIn } from '../openapi.js';
import {
  ActivityHeaderSchema,
  BodyEntrySchema,
  CheckInSchema,
  IntakeEntrySchema,
  idParam,
  LogEntrySchema,
  ProfileSchema,
} from '../schemas.js';

const tags = ['export'];
const params = z.object({ id: idParam });

const DataExportSchema = z
  .object({
    exportedAt: z.string(),
    athleteId: z.string(),
    profile: ProfileSchema.nullable(),
    plan: PlanSchema.nullable(),
    logs: z.array(LogEntrySchema),
    checkIns: z.array(CheckInSchema),
    body: z.array(BodyEntrySchema),
    intake: z.array(IntakeEntrySchema),
    activities: z.array(ActivityHeaderSchema),
  })
  .openapi('DataExport');

const textFile = (mediaType: string, description: string) => ({
  description,
  content: { [mediaType]: { schema: z.string() } },
});

const icsRoute = createRoute({
  method: 'get',
  path: '/api/athletes/{id}/plan.ics',
  tags,
  summary: 'The current plan as an iCalendar file, one event per session',
  security: signedIn,
  request: { params },
  responses: {
    200: textFile('text/calendar', 'The .ics file'),
    ...errors(400, 401, 404),
  },
});

const markdownRoute = createRoute({
  method: 'get',
  path: '/api/athletes/{id}/plan.md',
  tags,
  summary: 'The current plan as a printable Markdown document',
  security: signedIn,
  request: { params },
  responses: {
    200: textFile('text/markdown', 'The .md file'),
    ...errors(400, 401, 404),
  },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/api/athletes/{id}/export',
  tags,
  summary: 'Everything stored for the athlete, as one JSON file',
  security: signedIn,
  request: { params },
  responses: {
    200: jsonAnswer(DataExportSchema, 'Profile, plan, logs, check-ins, body, intake, activities'),
    ...errors(400, 401, 404),
  },
});

const attachment = (fileName: string) => ({
  'Content-Disposition': `attachment; filename="${fileName}"`,
});

export function exportRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(icsRoute, async (c) => {
    const { plan, units } = await planToExport(
      deps,
      await actorOf(c, deps),
      c.req.valid('param').id,
    );
    const ics = renderPlanIcs(plan, units, { stamp: deps.clock.now() });
    return c.body(ics, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      ...attachment('runstrong-plan.ics'),
    });
  });

  app.openapi(markdownRoute, async (c) => {
    const { plan, units } = await planToExport(
      deps,
      await actorOf(c, deps),
      c.req.valid('param').id,
    );
    return c.body(renderPlanMarkdown(plan, units), 200, {
      'Content-Type': 'text/markdown; charset=utf-8',
      ...attachment('runstrong-plan.md'),
    });
  });

  app.openapi(exportRoute, async (c) => {
    const data = await exportData(deps, await actorOf(c, deps), c.req.valid('param').id);
    return c.json(data, 200, attachment(`runstrong-${data.exportedAt.slice(0, 10)}.json`));
  });
}
