// The authorization walk: every route, as each kind of caller, against one athlete's data.
// The table is the contract: who gets what status. A coach sees and changes only athletes who
// accepted its invite; anyone else gets 404 for another athlete's data (the same answer as for an
// athlete that does not exist), nobody signed in gets 401.
import { beforeAll, describe, expect, it } from 'vitest';
import { planBody, profileBody } from './fixtures.js';
import { type Api, type Client, onEveryDatabase, PASSWORD } from './harness.js';

type Who = 'anonymous' | 'self' | 'otherAthlete' | 'ownCoach' | 'otherCoach';
const WHO: Who[] = ['anonymous', 'self', 'otherAthlete', 'ownCoach', 'otherCoach'];

interface World {
  api: Api;
  /** The athlete whose data the athlete routes address. */
  athleteId: string;
  ownCoachId: string;
  emails: Record<Exclude<Who, 'anonymous'>, string>;
  /** A coach nobody walks as: its invites are accepted without changing who coaches whom. */
  inviter: Client;
  self: Client;
}

interface Row {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The route as the OpenAPI document names it. */
  route: string;
  expected: [number, number, number, number, number];
  /** The concrete request: path and body, made fresh for each caller. */
  request?: (w: World) => Promise<{ path?: string; body?: unknown }>;
}

const A = '/api/athletes/{id}';
const at = (w: World, route: string) => route.replace('{id}', w.athleteId);
const run = { kind: 'run', date: '2027-01-19', type: 'easy', distanceKm: 6, durationMin: 36 };
const range = '?from=2027-01-18&to=2027-01-31';
let serial = 0;

/** An imported activity of the walked athlete, stored directly: the walk is about who sees it. */
async function storedActivity(w: World): Promise<string> {
  const id = `walk-activity-${++serial}`;
  await w.api.store.activities.add({
    id,
    athleteId: w.athleteId,
    contentHash: id,
    sport: 'run',
    startTime: '2027-01-19T07:00:00.000Z',
    date: '2027-01-19',
    summary: {
      distanceKm: 5,
      movingTimeSec: 1500,
      elapsedTimeSec: 1550,
      elevationGainM: 12,
      strengthVolumeKg: 0,
    },
    importedAt: '2027-01-19T09:00:00.000Z',
    samples: [{ timeSec: 0, lat: 51.5, lon: -0.12 }],
    sets: [],
  });
  return id;
}

// biome-ignore format: the table reads best aligned
const ROWS: Row[] = [
  //                                                      anon  self  other own   other
  //                                                                  athl. coach coach
  { method: 'GET',    route: '/api/health',                 expected: [200, 200, 200, 200, 200] },
  { method: 'GET',    route: '/api/openapi.json',           expected: [200, 200, 200, 200, 200] },
  { method: 'POST',   route: '/api/auth/signup',            expected: [201, 201, 201, 201, 201],
    request: async () => ({ body: { email: `walk${++serial}.${process.pid}@example.org`, password: PASSWORD, name: 'New', role: 'athlete' } }) },
  { method: 'POST',   route: '/api/auth/login',             expected: [200, 200, 200, 200, 200],
    request: async (w) => ({ body: { email: w.emails.self, password: PASSWORD } }) },
  { method: 'POST',   route: '/api/auth/logout',            expected: [204, 204, 204, 204, 204] },
  { method: 'GET',    route: '/api/me',                     expected: [401, 200, 200, 200, 200] },
  // A wrong password: the walk keeps its accounts (deletion itself is in auth.test.ts).
  { method: 'DELETE', route: '/api/me',                     expected: [401, 403, 403, 403, 403],
    request: async () => ({ body: { password: 'not the password' } }) },
  { method: 'POST',   route: '/api/tokens',                 expected: [401, 201, 201, 201, 201],
    request: async () => ({ body: { name: 'walk' } }) },
  { method: 'GET',    route: '/api/tokens',                 expected: [401, 200, 200, 200, 200] },
  { method: 'DELETE', route: '/api/tokens/{id}',            expected: [401, 204, 404, 404, 404],
    request: async (w) => ({ path: `/api/tokens/${(await w.self.post('/api/tokens', { name: 'x' })).body.id}` }) },
  { method: 'PUT',    route: `${A}/profile`,                expected: [401, 200, 404, 200, 404],
    request: async (w) => ({ path: at(w, `${A}/profile`), body: profileBody }) },
  { method: 'GET',    route: `${A}/profile`,                expected: [401, 200, 404, 200, 404] },
  { method: 'POST',   route: `${A}/plan`,                   expected: [401, 201, 404, 201, 404],
    request: async (w) => ({ path: at(w, `${A}/plan`), body: planBody }) },
  { method: 'GET',    route: `${A}/plan`,                   expected: [401, 200, 404, 200, 404] },
  { method: 'POST',   route: `${A}/plan/moves`,             expected: [401, 200, 404, 200, 404],
    request: async (w) => {
      // A fresh plan each time, so the same legal move is there to make again.
      await w.self.post(at(w, `${A}/plan`), planBody);
      return { path: at(w, `${A}/plan/moves`), body: { from: '2027-01-26', index: 1, to: '2027-01-28' } };
    } },
  { method: 'POST',   route: `${A}/plan/edits`,             expected: [401, 200, 404, 200, 404],
    request: async (w) => {
      await w.self.post(at(w, `${A}/plan`), planBody);
      return { path: at(w, `${A}/plan/edits`), body: { date: '2027-01-25', index: 1, change: 'sets', sets: { 'back-squat': 3 } } };
    } },
  { method: 'GET',    route: `${A}/calendar`,               expected: [401, 200, 404, 200, 404],
    request: async (w) => ({ path: at(w, `${A}/calendar${range}`) }) },
  { method: 'GET',    route: `${A}/fuel`,                   expected: [401, 200, 404, 200, 404],
    request: async (w) => ({ path: at(w, `${A}/fuel?date=2027-01-19`) }) },
  { method: 'GET',    route: `${A}/progress`,               expected: [401, 200, 404, 200, 404] },
  { method: 'POST',   route: `${A}/logs`,                   expected: [401, 201, 404, 201, 404],
    request: async (w) => ({ path: at(w, `${A}/logs`), body: run }) },
  { method: 'GET',    route: `${A}/logs`,                   expected: [401, 200, 404, 200, 404],
    request: async (w) => ({ path: at(w, `${A}/logs${range}`) }) },
  { method: 'POST',   route: `${A}/checkins`,               expected: [401, 201, 404, 201, 404],
    request: async (w) => ({ path: at(w, `${A}/checkins`), body: { date: '2027-01-19', sleepHours: 7.5, soreness: 2, motivation: 4, fatigue: 2 } }) },
  { method: 'GET',    route: `${A}/checkins`,               expected: [401, 200, 404, 200, 404],
    request: async (w) => ({ path: at(w, `${A}/checkins${range}`) }) },
  { method: 'POST',   route: `${A}/body`,                   expected: [401, 201, 404, 201, 404],
    request: async (w) => ({ path: at(w, `${A}/body`), body: { date: '2027-01-19', weightKg: 61.2 } }) },
  { method: 'GET',    route: `${A}/body`,                   expected: [401, 200, 404, 200, 404],
    request: async (w) => ({ path: at(w, `${A}/body${range}`) }) },
  { method: 'POST',   route: `${A}/intake`,                 expected: [401, 201, 404, 201, 404],
    request: async (w) => ({ path: at(w, `${A}/intake`), body: { date: '2027-01-19', kcal: 2400 } }) },
  { method: 'GET',    route: `${A}/coaches`,                expected: [401, 200, 404, 200, 404] },
  { method: 'DELETE', route: `${A}/coaches/{coachId}`,      expected: [401, 204, 404, 403, 404],
    request: async (w) => {
      // Put the link back first: the athlete's own removal in an earlier column took it away.
      await w.api.store.coachLinks.add({ coachId: w.ownCoachId, athleteId: w.athleteId, createdAt: w.api.clock.now() });
      return { path: at(w, `${A}/coaches/${w.ownCoachId}`) };
    } },
  // A JSON body is no upload: once past authorization it is a 400, not a 2xx.
  { method: 'POST',   route: `${A}/imports`,                expected: [401, 400, 404, 400, 404],
    request: async (w) => ({ path: at(w, `${A}/imports`), body: {} }) },
  { method: 'GET',    route: `${A}/activities`,             expected: [401, 200, 404, 200, 404],
    request: async (w) => ({ path: at(w, `${A}/activities${range}`) }) },
  { method: 'GET',    route: `${A}/activities/{activityId}`, expected: [401, 200, 404, 200, 404],
    request: async (w) => ({ path: at(w, `${A}/activities/${await storedActivity(w)}`) }) },
  { method: 'GET',    route: `${A}/load`,                   expected: [401, 200, 404, 200, 404] },
  { method: 'GET',    route: `${A}/plan/workouts`,          expected: [401, 200, 404, 200, 404] },
  { method: 'GET',    route: `${A}/plan/workouts/{file}`,   expected: [401, 200, 404, 200, 404],
    request: async (w) => ({ path: (await w.self.get(at(w, `${A}/plan/workouts`))).body[0].url }) },
  { method: 'GET',    route: `${A}/plan.ics`,               expected: [401, 200, 404, 200, 404] },
  { method: 'GET',    route: `${A}/plan.md`,                expected: [401, 200, 404, 200, 404] },
  { method: 'GET',    route: `${A}/export`,                 expected: [401, 200, 404, 200, 404] },
  // Only the athlete makes the address; whoever holds it reads the feed, signed in or not.
  { method: 'POST',   route: `${A}/calendar-feed`,          expected: [401, 201, 404, 403, 404] },
  { method: 'GET',    route: '/api/feeds/{feed}',           expected: [200, 200, 200, 200, 200],
    request: async (w) => ({ path: new URL((await w.self.post(at(w, `${A}/calendar-feed`))).body.url).pathname }) },
  { method: 'POST',   route: `${A}/privacy-zones`,          expected: [401, 201, 404, 403, 404],
    request: async (w) => ({ path: at(w, `${A}/privacy-zones`), body: { lat: 51.5, lon: -0.12, radiusM: 300 } }) },
  { method: 'GET',    route: `${A}/privacy-zones`,          expected: [401, 200, 404, 403, 404] },
  { method: 'DELETE', route: `${A}/privacy-zones/{zoneId}`, expected: [401, 204, 404, 403, 404],
    request: async (w) => ({ path: at(w, `${A}/privacy-zones/${(await w.self.post(at(w, `${A}/privacy-zones`), { lat: 51.5, lon: -0.12, radiusM: 300 })).body.id}`) }) },
  { method: 'POST',   route: '/api/coach/invites',          expected: [401, 403, 403, 201, 201] },
  { method: 'GET',    route: '/api/coach/athletes',         expected: [401, 403, 403, 200, 200] },
  { method: 'POST',   route: '/api/invites/{code}/accept',  expected: [401, 201, 201, 403, 403],
    request: async (w) => ({ path: `/api/invites/${(await w.inviter.post('/api/coach/invites')).body.code}/accept` }) },
];

onEveryDatabase('authorization walk', (api: () => Api) => {
  let world: World;

  beforeAll(async () => {
    const self = await api().signup('athlete', 'Self');
    const otherAthlete = await api().signup('athlete', 'Other athlete');
    const ownCoach = await api().signup('coach', 'Own coach');
    const otherCoach = await api().signup('coach', 'Other coach');
    const inviter = await api().signup('coach', 'Inviter');
    const path = `/api/athletes/${self.userId}`;
    await self.put(`${path}/profile`, profileBody);
    await self.post(`${path}/plan`, planBody);
    const { code } = (await ownCoach.post('/api/coach/invites')).body;
    await self.post(`/api/invites/${code}/accept`);
    // The other coach coaches the other athlete: a coach with athletes, just not this one.
    const { code: otherCode } = (await otherCoach.post('/api/coach/invites')).body;
    await otherAthlete.post(`/api/invites/${otherCode}/accept`);
    world = {
      api: api(),
      athleteId: self.userId,
      ownCoachId: ownCoach.userId,
      emails: {
        self: self.email,
        otherAthlete: otherAthlete.email,
        ownCoach: ownCoach.email,
        otherCoach: otherCoach.email,
      },
      inviter,
      self,
    };
  });

  /** A caller signed in afresh (so logging out in one row spoils no other), or nobody. */
  async function caller(who: Who, via: 'session' | 'token'): Promise<Client> {
    const client = api().client();
    if (who === 'anonymous') return client;
    await client.post('/api/auth/login', { email: world.emails[who], password: PASSWORD });
    if (via === 'token') {
      client.bearer = (await client.post('/api/tokens', { name: 'walk' })).body.token;
      client.session = undefined;
    }
    return client;
  }

  for (const via of ['session', 'token'] as const) {
    describe(`signed in by ${via}`, () => {
      for (const row of ROWS) {
        it(`${row.method} ${row.route}`, async () => {
          const got: number[] = [];
          for (const who of WHO) {
            const { path = at(world, row.route), body } = (await row.request?.(world)) ?? {};
            const client = await caller(who, via);
            const res = await client.call(row.method, path, body === undefined ? {} : { body });
            got.push(res.status);
            if (res.status >= 400)
              expect(res.body.error.code, `${who}: ${res.text}`).toBeTypeOf('string');
          }
          expect(Object.fromEntries(WHO.map((w, i) => [w, got[i]]))).toEqual(
            Object.fromEntries(WHO.map((w, i) => [w, row.expected[i]])),
          );
        });
      }
    });
  }

  it("answers another athlete's data exactly as an athlete that does not exist", async () => {
    const stranger = await caller('otherAthlete', 'session');
    const theirs = await stranger.get(`/api/athletes/${world.athleteId}/profile`);
    const nobody = await stranger.get('/api/athletes/no-such-athlete/profile');
    expect(theirs.status).toBe(404);
    expect(theirs.text).toBe(nobody.text);
    const coach = await caller('otherCoach', 'session');
    expect((await coach.get(`/api/athletes/${world.athleteId}/plan`)).text).toBe(
      (await coach.get('/api/athletes/no-such-athlete/plan')).text,
    );
  });

  it('walks every route the API serves', async () => {
    const doc = (await api().client().get('/api/openapi.json')).body;
    const served = Object.entries(doc.paths as Record<string, object>).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const walked = ROWS.filter((r) => r.route !== '/api/openapi.json').map(
      (r) => `${r.method} ${r.route}`,
    );
    expect(walked.sort()).toEqual(served.sort());
  });
});
