// The plan as .ics and Markdown files and all of an athlete's data as JSON, over HTTP.
import { expect, it } from 'vitest';
import type { Plan } from '../../src/core/plan/types.js';
import { planBody, profileBody } from './fixtures.js';
import { type Api, onEveryDatabase } from './harness.js';

onEveryDatabase('exports', (api: () => Api) => {
  async function athleteWithPlan(units: 'km' | 'mi' = 'km') {
    const athlete = await api().signup();
    const path = `/api/athletes/${athlete.userId}`;
    await athlete.put(`${path}/profile`, { ...profileBody, units });
    const plan = (await athlete.post(`${path}/plan`, planBody)).body as Plan;
    return Object.assign(athlete, { path, plan });
  }

  it('gives the plan as an .ics attachment, one event per session', async () => {
    const athlete = await athleteWithPlan();
    const res = await athlete.get(`${athlete.path}/plan.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="runstrong-plan.ics"',
    );
    expect(res.text.startsWith('BEGIN:VCALENDAR')).toBe(true);
    const sessions = athlete.plan.weeks.flatMap((w) => w.days).flatMap((d) => d.sessions);
    expect(res.text.match(/BEGIN:VEVENT/g)).toHaveLength(sessions.length);
  });

  it("gives the plan as Markdown in the profile's units", async () => {
    const km = await athleteWithPlan('km');
    const mi = await athleteWithPlan('mi');
    const inKm = await km.get(`${km.path}/plan.md`);
    const inMi = await mi.get(`${mi.path}/plan.md`);
    expect(inKm.status).toBe(200);
    expect(inKm.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(inKm.headers.get('content-disposition')).toBe(
      'attachment; filename="runstrong-plan.md"',
    );
    expect(inKm.text).toMatch(/\/km/);
    expect(inMi.text).toMatch(/\/mi/);
    expect(inMi.text).not.toMatch(/\/km\b/);
  });

  it('answers 404 for the plan files before there is a plan', async () => {
    const athlete = await api().signup();
    const path = `/api/athletes/${athlete.userId}`;
    expect((await athlete.get(`${path}/plan.ics`)).status).toBe(404);
    expect((await athlete.get(`${path}/plan.md`)).status).toBe(404);
  });

  it('exports everything stored as one JSON attachment', async () => {
    const athlete = await athleteWithPlan();
    const run = { kind: 'run', date: '2027-01-19', type: 'easy', distanceKm: 6, durationMin: 36 };
    await athlete.post(`${athlete.path}/logs`, run);
    // Two years apart: more than any one range request may span.
    await athlete.post(`${athlete.path}/logs`, { ...run, date: '2029-03-01' });
    await athlete.post(`${athlete.path}/checkins`, {
      date: '2027-01-19',
      sleepHours: 7.5,
      soreness: 2,
      motivation: 4,
      fatigue: 2,
    });
    await athlete.post(`${athlete.path}/body`, { date: '2027-01-19', weightKg: 61.2 });
    await athlete.post(`${athlete.path}/intake`, { date: '2027-01-19', kcal: 2400 });

    const res = await athlete.get(`${athlete.path}/export`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="runstrong-${api().clock.now().slice(0, 10)}.json"`,
    );
    const data = res.body;
    expect(data.athleteId).toBe(athlete.userId);
    expect(data.profile).toEqual((await athlete.get(`${athlete.path}/profile`)).body);
    expect(data.plan).toEqual((await athlete.get(`${athlete.path}/plan`)).body);
    expect(data.logs.map((l: { date: string }) => l.date)).toEqual(['2027-01-19', '2029-03-01']);
    expect(data.checkIns).toHaveLength(1);
    expect(data.body).toEqual([{ athleteId: athlete.userId, date: '2027-01-19', weightKg: 61.2 }]);
    expect(data.intake).toHaveLength(1);
    expect(data.activities).toEqual([]);
  });

  it('exports an athlete with nothing stored yet as empty lists', async () => {
    const athlete = await api().signup();
    const res = await athlete.get(`/api/athletes/${athlete.userId}/export`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ profile: null, plan: null, logs: [], checkIns: [] });
  });
});
