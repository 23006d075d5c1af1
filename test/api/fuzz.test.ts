// Garbage in, never a 500: every route gets malformed paths, queries and bodies, signed in as
// the athlete who owns the data (so validation, not authorization, is what answers) and as
// nobody. Each answer must be a clean error body, never a stack trace.
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { planBody, profileBody } from './fixtures.js';
import { type Answer, type Api, type Client, onEveryDatabase, PASSWORD } from './harness.js';

interface Route {
  method: string;
  path: string;
  params: string[];
  query: string[];
  hasBody: boolean;
}

/** A valid body per route, for near misses: one field swapped for garbage. */
const EXAMPLES: Record<string, Record<string, unknown>> = {
  'POST /api/auth/signup': { email: 'x@example.org', password: PASSWORD, name: 'X', role: 'coach' },
  'POST /api/auth/login': { email: 'x@example.org', password: PASSWORD },
  'POST /api/tokens': { name: 'script' },
  'PUT /api/athletes/{id}/profile': { ...profileBody },
  'POST /api/athletes/{id}/plan': { ...planBody },
  'POST /api/athletes/{id}/logs': {
    kind: 'strength',
    date: '2027-01-19',
    durationMin: 30,
    sets: [{ exercise: 'back-squat', reps: 5, loadKg: 80 }],
  },
  'POST /api/athletes/{id}/checkins': {
    date: '2027-01-19',
    sleepHours: 7,
    soreness: 2,
    motivation: 3,
    fatigue: 2,
  },
  'POST /api/athletes/{id}/body': { date: '2027-01-19', weightKg: 61 },
  'POST /api/athletes/{id}/intake': { date: '2027-01-19', kcal: 2400 },
};

/** Values that have broken servers before: NUL, huge and odd numbers, deep and wide JSON. */
const NASTY: unknown[] = [
  null,
  '',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '💥'.repeat(300),
  'x'.repeat(10_000),
  -1,
  0,
  1e308,
  -1e308,
  5e-324,
  2 ** 53 + 1,
  true,
  [],
  {},
  [null],
  { __proto__: { polluted: true } },
  { constructor: { prototype: { polluted: true } } },
  '2027-02-30',
  '0000-01-01',
  '9999-12-31',
  '5k=0:01',
  'NaN',
  Array.from({ length: 5000 }, (_, i) => i),
];

const RAW_BODIES = [
  '',
  '{',
  'null',
  '[]',
  '"text"',
  '{"a":',
  `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
  '{"__proto__":{"isAdmin":true}}',
  '\u0000',
];

const PATH_GARBAGE = [
  '%',
  '%zz',
  '%E0%A4%A',
  '..',
  '%2e%2e%2f',
  '\u0000',
  'x'.repeat(5000),
  '💥',
  ' ',
];

function expectCleanAnswer(res: Answer, what: string) {
  expect(res.status, `${what} → ${res.status} ${res.text.slice(0, 300)}`).toBeLessThan(500);
  expect(res.text, what).not.toMatch(/\n\s+at /);
  if (res.status >= 400) {
    expect(res.body?.error?.code, `${what}: ${res.text.slice(0, 300)}`).toBeTypeOf('string');
    expect(res.body.error.message).toBeTypeOf('string');
  }
}

onEveryDatabase('no 500 for garbage', (api: () => Api) => {
  let routes: Route[];
  let athlete: Client & { userId: string };

  beforeAll(async () => {
    athlete = await api().signup();
    const base = `/api/athletes/${athlete.userId}`;
    await athlete.put(`${base}/profile`, profileBody);
    await athlete.post(`${base}/plan`, planBody);
    const doc = (await api().client().get('/api/openapi.json')).body;
    routes = Object.entries(
      doc.paths as Record<
        string,
        Record<string, { parameters?: { in: string; name: string }[]; requestBody?: unknown }>
      >,
    ).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        params: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        hasBody: op.requestBody !== undefined,
      })),
    );
    expect(routes.length).toBeGreaterThan(20);
  });

  /** The route's path with its own athlete id where one goes, or the given garbage. */
  const pathOf = (route: Route, garbage?: string) =>
    route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
      garbage !== undefined
        ? garbage
        : name === 'id' && route.path.startsWith('/api/athletes')
          ? athlete.userId
          : 'no-such-thing',
    );

  const send = (client: Client, route: Route, path: string, raw?: string, contentType?: string) =>
    client.call(route.method, path, {
      ...(raw !== undefined && { raw }),
      ...(contentType !== undefined && { headers: { 'Content-Type': contentType } }),
    });

  it('survives a fixed list of nasty values in every body field, path and query', async () => {
    for (const route of routes) {
      const key = `${route.method} ${route.path}`;
      const example = EXAMPLES[key];
      for (const client of [athlete, api().client()]) {
        if (route.hasBody) {
          for (const raw of RAW_BODIES) {
            expectCleanAnswer(
              await send(client, route, pathOf(route), raw),
              `${key} raw ${raw.slice(0, 20)}`,
            );
          }
          for (const value of NASTY) {
            const bodies = [
              value,
              ...Object.keys(example ?? {}).map((field) => ({ ...example, [field]: value })),
            ];
            for (const body of bodies) {
              const raw = JSON.stringify(body) ?? 'null';
              expectCleanAnswer(
                await send(client, route, pathOf(route), raw),
                `${key} ${raw.slice(0, 80)}`,
              );
            }
          }
        }
        for (const garbage of PATH_GARBAGE) {
          if (route.params.length === 0) break;
          const raw = route.hasBody ? JSON.stringify(example ?? {}) : undefined;
          expectCleanAnswer(
            await send(client, route, pathOf(route, garbage), raw),
            `${key} path ${garbage.slice(0, 20)}`,
          );
        }
        for (const name of route.query) {
          for (const value of ['', '%zz', 'x'.repeat(3000), '2027-02-30', '\u0000']) {
            const path = `${pathOf(route)}?${name}=${value}&${name}=2027-01-01`;
            expectCleanAnswer(
              await send(client, route, path),
              `${key} ?${name}=${value.slice(0, 20)}`,
            );
          }
        }
      }
    }
  }, 120_000);

  it('survives random bodies, near misses, content types, paths and queries', async () => {
    const json = fc.jsonValue({ maxDepth: 4 });
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.oneof(
          json.map((v) => JSON.stringify(v)),
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.tuple(fc.nat(), json).map(([i, v]) => ({ field: i, value: v })),
        ),
        fc.constantFrom(
          'application/json',
          'application/json; charset=utf-8',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          undefined,
        ),
        fc.option(fc.string({ unit: 'grapheme', maxLength: 40 }), { nil: undefined }),
        fc.dictionary(
          fc.constantFrom('from', 'to', 'date', 'heat', 'x'),
          fc.string({ maxLength: 30 }),
        ),
        fc.boolean(),
        async (pick, body, contentType, pathGarbage, query, signedIn) => {
          const route = routes[pick % routes.length]!;
          const key = `${route.method} ${route.path}`;
          let raw: string | undefined;
          // fetch refuses a body on GET; everything else gets one, wanted or not.
          if (route.method === 'GET') raw = undefined;
          else if (typeof body === 'string') raw = body;
          else {
            const example = EXAMPLES[key] ?? {};
            const fields = Object.keys(example);
            const field = fields[body.field % Math.max(1, fields.length)] ?? 'x';
            raw = JSON.stringify({ ...example, [field]: body.value });
          }
          const path = `${pathOf(route, pathGarbage === undefined ? undefined : encodeURIComponent(pathGarbage))}?${new URLSearchParams(query)}`;
          const client = signedIn ? athlete : api().client();
          expectCleanAnswer(
            await send(client, route, path, raw, contentType),
            `${key} ${path} ${raw?.slice(0, 80)}`,
          );
        },
      ),
      { numRuns: 600 },
    );
  }, 120_000);
});
