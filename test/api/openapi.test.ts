// The OpenAPI document: generated from the route definitions that validate requests, so it
// must list every route the app serves, with the same fields the validators demand.
import { expect, it } from 'vitest';
import { type Api, onEveryDatabase } from './harness.js';

/** The public contract plus the routes the service adds. */
const CONTRACT = [
  'POST /api/auth/signup',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/me',
  'DELETE /api/me',
  'PUT /api/athletes/{id}/profile',
  'GET /api/athletes/{id}/profile',
  'POST /api/athletes/{id}/plan',
  'GET /api/athletes/{id}/plan',
  'POST /api/athletes/{id}/plan/moves',
  'POST /api/athletes/{id}/plan/edits',
  'GET /api/athletes/{id}/calendar',
  'POST /api/athletes/{id}/logs',
  'GET /api/athletes/{id}/logs',
  'POST /api/athletes/{id}/checkins',
  'GET /api/athletes/{id}/checkins',
  'POST /api/athletes/{id}/body',
  'GET /api/athletes/{id}/body',
  'POST /api/athletes/{id}/intake',
  'GET /api/athletes/{id}/fuel',
  'GET /api/athletes/{id}/progress',
  'POST /api/coach/invites',
  'POST /api/invites/{code}/accept',
  'GET /api/coach/athletes',
  'GET /api/athletes/{id}/coaches',
  'DELETE /api/athletes/{id}/coaches/{coachId}',
  'POST /api/tokens',
  'GET /api/tokens',
  'DELETE /api/tokens/{id}',
  'GET /api/health',
  'POST /api/athletes/{id}/imports',
  'GET /api/athletes/{id}/activities',
  'GET /api/athletes/{id}/activities/{activityId}',
  'GET /api/athletes/{id}/load',
  'GET /api/athletes/{id}/plan/workouts',
  'GET /api/athletes/{id}/plan.ics',
  'GET /api/athletes/{id}/plan.md',
  'GET /api/athletes/{id}/export',
  'POST /api/athletes/{id}/calendar-feed',
  'GET /api/feeds/{feed}',
  'GET /api/athletes/{id}/plan/workouts/{file}',
  'POST /api/athletes/{id}/privacy-zones',
  'GET /api/athletes/{id}/privacy-zones',
  'DELETE /api/athletes/{id}/privacy-zones/{zoneId}',
];

onEveryDatabase('OpenAPI document', (api: () => Api) => {
  // biome-ignore lint/suspicious/noExplicitAny: the document is read as loose JSON
  const document = async (): Promise<any> => (await api().client().get('/api/openapi.json')).body;

  it('is OpenAPI 3.1 and lists exactly the contract routes', async () => {
    const doc = await document();
    expect(doc.openapi).toBe('3.1.0');
    const listed = Object.entries(doc.paths as Record<string, object>).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(listed.sort()).toEqual([...CONTRACT].sort());
  });

  it('documents every /api route the app has registered, and nothing it has not', async () => {
    const doc = await document();
    const registered = new Set(
      api()
        .app.routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
        .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    registered.delete('GET /api/openapi.json');
    expect([...registered].sort()).toEqual([...CONTRACT].sort());
    expect(Object.keys(doc.paths).length).toBeGreaterThan(0);
  });

  it('carries the request schemas the validators use', async () => {
    const doc = await document();
    const signup = doc.paths['/api/auth/signup'].post;
    const schema = signup.requestBody.content['application/json'].schema;
    expect(schema.required.sort()).toEqual(['email', 'name', 'password', 'role']);
    expect(schema.properties.role.enum).toEqual(['athlete', 'coach']);
    expect(schema.properties.password.minLength).toBe(8);
    expect(Object.keys(signup.responses).sort()).toEqual(['201', '400', '409', '429']);

    const checkin = doc.paths['/api/athletes/{id}/checkins'].post;
    const soreness = checkin.requestBody.content['application/json'].schema.properties.soreness;
    expect(soreness).toMatchObject({ type: 'integer', minimum: 1, maximum: 5 });

    const calendar = doc.paths['/api/athletes/{id}/calendar'].get;
    expect(
      calendar.parameters.map((p: { in: string; name: string }) => `${p.in}:${p.name}`).sort(),
    ).toEqual(['path:id', 'query:detail', 'query:from', 'query:to']);
  });

  it('describes the error body, and how to sign in', async () => {
    const doc = await document();
    expect(doc.components.schemas.Error.properties.error.required.sort()).toEqual([
      'code',
      'message',
    ]);
    expect(doc.components.securitySchemes).toEqual({
      session: { type: 'apiKey', in: 'cookie', name: 'runstrong_session' },
      bearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    });
    expect(doc.paths['/api/me'].get.security).toEqual([{ session: [] }, { bearer: [] }]);
  });
});
