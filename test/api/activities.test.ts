// Activities over HTTP: multipart upload (streamed), duplicates, damaged files, the 413 limit,
// lists, load, privacy zones as a coach sees them, and the plan's runs as FIT downloads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { haversineM } from '../../src/core/activity/distance.js';
import { SESSION_COOKIE } from '../../src/http/context.js';
import { MAX_UPLOAD_BYTES } from '../../src/http/routes/activities.js';
import { planBody, profileBody } from './fixtures.js';
import { type Api, onEveryDatabase } from './harness.js';
import { gpxRun, multipart, upload } from './uploads.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/activities');
const STRENGTH_FIT = readFileSync(join(FIXTURES, 'fit/fitanalyzer__20748058539_ACTIVITY.fit'));
const RUN_GPX = readFileSync(join(FIXTURES, 'gpx/togeojson__run_gpxtpx.gpx'));
onEveryDatabase('activities', (api: () => Api) => {
  it('imports uploaded files once, reports damaged ones, and lists the activities', async () => {
    const athlete = await api().signup();
    const files = [
      { name: 'lift.fit', bytes: STRENGTH_FIT },
      { name: 'run.gpx', bytes: RUN_GPX },
    ];
    const first = await upload(api(), athlete, multipart(files));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ imported: 2, duplicates: 0, failed: [] });
    expect(first.body.files.map((f: { file: string }) => f.file)).toEqual(['lift.fit', 'run.gpx']);

    const again = await upload(
      api(),
      athlete,
      multipart([...files, { name: 'broken.fit', bytes: STRENGTH_FIT.subarray(0, 10) }]),
    );
    expect(again.body).toMatchObject({ imported: 0, duplicates: 2 });
    expect(again.body.failed.map((f: { file: string }) => f.file)).toEqual(['broken.fit']);

    // At most 400 days per request: the 2015 run and the 2025 lifting session are two asks.
    const list = await athlete.get(
      `/api/athletes/${athlete.userId}/activities?from=2025-01-01&to=2025-12-31`,
    );
    expect(list.status).toBe(200);
    expect(list.body.map((a: { sport: string }) => a.sport)).toEqual(['strength']);
    expect(list.body[0].sets[0]).toEqual({ exercise: 'pull-up', reps: 15, loadKg: 0 });

    const load = await athlete.get(`/api/athletes/${athlete.userId}/load?date=2025-10-25`);
    expect(load.status).toBe(200);
    expect(load.body.days).toHaveLength(42);
    expect(load.body.days.find((d: { date: string }) => d.date === '2025-10-20').load).toBeCloseTo(
      (5 * 1857.71) / 60,
      6,
    );
  });

  it("dates an activity by where it was run: the uploader's time zone, UTC by default", async () => {
    const athlete = await api().signup();
    // 23:30 UTC on 5 January is already the 6th in Tokyo.
    const late = [gpxRun('2027-01-05', 30, '23:30:00')];
    const tokyo = await upload(api(), athlete, multipart(late), {}, '?timeZone=Asia/Tokyo');
    expect(tokyo.status).toBe(200);
    expect(tokyo.body.activities[0].date).toBe('2027-01-06');
    const bad = await upload(api(), athlete, multipart(late), {}, '?timeZone=Mars/Olympus');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('timeZone');
    expect(bad.body.error.message).toMatch(/IANA time zone/);
    const other = await api().signup();
    const utc = await upload(api(), other, multipart(late));
    expect(utc.body.activities[0].date).toBe('2027-01-05');
  });

  it('answers 413 for an upload declared over the limit, before reading it', async () => {
    const athlete = await api().signup();
    const res = await upload(api(), athlete, multipart([{ name: 'a.fit', bytes: STRENGTH_FIT }]), {
      'Content-Length': String(MAX_UPLOAD_BYTES + 1),
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('too-large');
  });

  it("hides the points inside the athlete's privacy zones from the coach, not from the athlete", async () => {
    const athlete = await api().signup();
    const coach = await api().signup('coach');
    const { code } = (await coach.post('/api/coach/invites')).body;
    await athlete.post(`/api/invites/${code}/accept`);
    const base = `/api/athletes/${athlete.userId}`;
    const imported = await upload(api(), athlete, multipart([{ name: 'run.gpx', bytes: RUN_GPX }]));
    const id = imported.body.activities[0].id;

    const own = (await athlete.get(`${base}/activities/${id}`)).body;
    const first = own.samples[0];
    const zone = { lat: first.lat, lon: first.lon, radiusM: 20 };
    expect((await athlete.post(`${base}/privacy-zones`, zone)).status).toBe(201);
    const inside = own.samples.filter(
      (s: { lat: number; lon: number }) =>
        haversineM(s.lat, s.lon, zone.lat, zone.lon) <= zone.radiusM,
    ).length;
    expect(inside).toBeGreaterThan(0);
    expect(inside).toBeLessThan(own.samples.length);

    const seen = (await coach.get(`${base}/activities/${id}`)).body;
    expect(seen.samples).toHaveLength(own.samples.length);
    const located = seen.samples.filter((s: { lat?: number }) => s.lat !== undefined);
    expect(located).toHaveLength(own.samples.length - inside);
    for (const s of located) {
      expect(haversineM(s.lat, s.lon, zone.lat, zone.lon)).toBeGreaterThan(zone.radiusM);
    }
    // The athlete still sees the whole track; the coach may not even read the zones.
    const ownAgain = (await athlete.get(`${base}/activities/${id}`)).body;
    expect(ownAgain.samples.every((s: { lat?: number }) => s.lat !== undefined)).toBe(true);
    expect((await coach.get(`${base}/privacy-zones`)).status).toBe(403);
  });

  it("offers the plan's runs as FIT workout files", async () => {
    const athlete = await api().signup();
    const base = `/api/athletes/${athlete.userId}`;
    await athlete.put(`${base}/profile`, profileBody);
    await athlete.post(`${base}/plan`, planBody);
    const list = await athlete.get(`${base}/plan/workouts`);
    expect(list.status).toBe(200);
    expect(list.body[0].name).toMatch(/^2027-01-\d\d-[a-z-]+\.fit$/);
    const res = await api().app.request(list.body[0].url, {
      headers: { Cookie: `${SESSION_COOKIE}=${athlete.session}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.ant.fit');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(8, 12).toString('latin1')).toBe('.FIT');
  });
});
