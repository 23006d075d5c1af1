// Coaching over HTTP: invites, accepting, the coach's roster, and removing a coach.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates/calendar.js';
import type { Plan } from '../../src/core/plan/types.js';
import { planBody, profileBody } from './fixtures.js';
import { type Api, onEveryDatabase } from './harness.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

onEveryDatabase('coaching', (api: () => Api) => {
  async function coachedAthlete() {
    const coach = await api().signup('coach', 'Coach Carter');
    const athlete = await api().signup('athlete', 'Ada');
    const invite = await coach.post('/api/coach/invites');
    const accepted = await athlete.post(`/api/invites/${invite.body.code}/accept`);
    expect(accepted.status).toBe(201);
    return { coach, athlete, code: invite.body.code as string };
  }

  describe('invites', () => {
    it('gives the coach a 7-day code, stored only as its hash', async () => {
      const coach = await api().signup('coach');
      const res = await coach.post('/api/coach/invites');
      expect(res.status).toBe(201);
      const now = api().clock.now();
      expect(res.body).toEqual({
        code: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        createdAt: now,
        expiresAt: new Date(Date.parse(now) + 7 * 86_400_000).toISOString(),
      });
      expect(await api().store.invites.get(res.body.code)).toBeUndefined();
      expect(await api().store.invites.get(sha256(res.body.code))).toMatchObject({
        coachId: coach.userId,
      });
    });

    it('links the athlete on accept, 201, and answers a repeat the same way', async () => {
      const coach = await api().signup('coach', 'Coach Carter');
      const athlete = await api().signup('athlete', 'Ada');
      const { code } = (await coach.post('/api/coach/invites')).body;
      const first = await athlete.post(`/api/invites/${code}/accept`);
      expect(first.status).toBe(201);
      expect(first.body).toEqual({
        coachId: coach.userId,
        coachName: 'Coach Carter',
        athleteId: athlete.userId,
        athleteName: 'Ada',
        createdAt: api().clock.now(),
      });
      api().clock.advanceMin(5);
      const again = await athlete.post(`/api/invites/${code}/accept`);
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect((await athlete.get(`/api/athletes/${athlete.userId}/coaches`)).body).toEqual([
        first.body,
      ]);
    });

    it('refuses a code another athlete used (409), an unknown one (404), an old one (422)', async () => {
      const { code } = await coachedAthlete();
      const late = await api().signup();
      const used = await late.post(`/api/invites/${code}/accept`);
      expect(used.status).toBe(409);
      expect(used.body.error).toMatchObject({ code: 'code-taken', field: 'code' });
      expect((await late.post('/api/invites/no-such-code/accept')).status).toBe(404);

      const coach = await api().signup('coach');
      const { code: fresh } = (await coach.post('/api/coach/invites')).body;
      const { code: stale } = (await coach.post('/api/coach/invites')).body;
      api().clock.advanceMin(7 * 24 * 60 - 1);
      expect((await late.post(`/api/invites/${fresh}/accept`)).status).toBe(201);
      api().clock.advanceMin(1);
      const expired = await late.post(`/api/invites/${stale}/accept`);
      expect(expired.status).toBe(422);
      expect(expired.body.error.code).toBe('invite-expired');
    });

    it('lets only coaches invite and only athletes accept (403)', async () => {
      const athlete = await api().signup();
      const coach = await api().signup('coach');
      expect((await athlete.post('/api/coach/invites')).status).toBe(403);
      const { code } = (await coach.post('/api/coach/invites')).body;
      const other = await api().signup('coach');
      const res = await other.post(`/api/invites/${code}/accept`);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
      expect((await athlete.get('/api/coach/athletes')).status).toBe(403);
    });
  });

  describe("a coach and the athlete's data", () => {
    it('reads and changes the athlete it coaches, until the athlete removes it', async () => {
      const { coach, athlete } = await coachedAthlete();
      const path = `/api/athletes/${athlete.userId}`;
      expect((await coach.put(`${path}/profile`, profileBody)).status).toBe(200);
      expect((await coach.post(`${path}/plan`, planBody)).status).toBe(201);
      expect((await athlete.get(`${path}/plan`)).status).toBe(200);
      // Only the athlete decides who coaches them.
      const selfRemoval = await coach.delete(`${path}/coaches/${coach.userId}`);
      expect(selfRemoval.status).toBe(403);

      expect((await athlete.delete(`${path}/coaches/${coach.userId}`)).status).toBe(204);
      expect((await coach.get(`${path}/profile`)).status).toBe(404);
      expect((await coach.get('/api/coach/athletes')).body).toEqual([]);
      expect((await athlete.delete(`${path}/coaches/${coach.userId}`)).status).toBe(404);
      expect((await athlete.get(`${path}/coaches`)).body).toEqual([]);
    });
  });

  describe('roster', () => {
    it('lists only linked athletes, by name, with empty figures when there is no data', async () => {
      const coach = await api().signup('coach');
      expect((await coach.get('/api/coach/athletes')).body).toEqual([]);
      const names = ['Zoe', 'Bea'];
      for (const name of names) {
        const athlete = await api().signup('athlete', name);
        const { code } = (await coach.post('/api/coach/invites')).body;
        await athlete.post(`/api/invites/${code}/accept`);
      }
      await api().signup('athlete', 'Not coached');
      const res = await coach.get('/api/coach/athletes?date=2027-02-01');
      expect(res.status).toBe(200);
      expect(res.body.map((e: { name: string }) => e.name)).toEqual(['Bea', 'Zoe']);
      expect(res.body[0]).toMatchObject({
        readiness: { lagging: false },
        compliance: { days7: { planned: 0, done: 0 }, days28: { planned: 0, done: 0 } },
        flags: [],
      });
      expect(res.body[0].readiness.score).toBeUndefined();
      expect(res.body[0].loadRatio).toBeUndefined();
    });

    it('shows readiness, compliance and flags from the check-ins and logs up to the date', async () => {
      const { coach, athlete } = await coachedAthlete();
      const path = `/api/athletes/${athlete.userId}`;
      await athlete.put(`${path}/profile`, profileBody);
      expect((await athlete.post(`${path}/plan`, planBody)).status).toBe(201);
      const onDate = '2027-03-01';

      // Three rough mornings in the last five days, the last with pain.
      const rough = { sleepHours: 5, soreness: 4, motivation: 2, fatigue: 4 };
      for (const back of [4, 2]) {
        await athlete.post(`${path}/checkins`, { date: addDays(onDate, -back), ...rough });
      }
      await athlete.post(`${path}/checkins`, { date: onDate, ...rough, pain: 'right knee' });

      // Eight weeks of light runs, then a hard last week: the load ratio spikes.
      for (let back = 55; back >= 7; back -= 2) {
        const date = addDays(onDate, -back);
        await athlete.post(`${path}/logs`, {
          kind: 'run',
          date,
          type: 'easy',
          distanceKm: 5,
          durationMin: 30,
          rpe: 3,
        });
      }
      for (let back = 6; back >= 0; back--) {
        const date = addDays(onDate, -back);
        await athlete.post(`${path}/logs`, {
          kind: 'run',
          date,
          type: 'tempo',
          distanceKm: 15,
          durationMin: 90,
          rpe: 8,
        });
      }

      const res = await coach.get(`/api/coach/athletes?date=${onDate}`);
      expect(res.status).toBe(200);
      const [entry] = res.body;
      expect(entry).toMatchObject({
        athleteId: athlete.userId,
        name: 'Ada',
        email: athlete.email,
        readiness: {
          date: onDate,
          band: 'low',
          lagging: true,
          laggingReason: expect.stringMatching(/^Your check-ins show/),
        },
        loadRatio: { zone: 'spike' },
        flags: ['recovery-lagging', 'pain', 'load-spike'],
      });
      // acute 7 × 720 / 7 = 720; chronic (7 × 720 + 11 × 90) / 28 (runs every other day from 55 days back)
      const lightRunsInChronic = [27, 25, 23, 21, 19, 17, 15, 13, 11, 9, 7].length;
      const chronic = (7 * 720 + lightRunsInChronic * 90) / 28;
      expect(entry.loadRatio.ratio).toBeCloseTo(720 / chronic, 10);

      // Compliance counts the sessions of the plan as it stands (adapted to the check-ins) in
      // the window; a run logged on a planned run day pays one off.
      const plan: Plan = (await athlete.get(`${path}/plan`)).body;
      const plannedIn = (days: number) =>
        plan.weeks
          .flatMap((w) => w.days)
          .filter((d) => d.date > addDays(onDate, -days) && d.date <= onDate)
          .reduce((n, d) => n + d.sessions.length, 0);
      expect(entry.compliance.days7.planned).toBe(plannedIn(7));
      expect(entry.compliance.days28.planned).toBe(plannedIn(28));
      expect(entry.compliance.days7.done).toBeGreaterThan(0);
      expect(entry.compliance.days7.done).toBeLessThanOrEqual(entry.compliance.days7.planned);
      expect(entry.compliance.days7.ratio).toBeCloseTo(
        entry.compliance.days7.done / entry.compliance.days7.planned,
        10,
      );

      // A pain-free morning ends the pain flag; the date anchors everything, not the clock.
      await athlete.post(`${path}/checkins`, { date: addDays(onDate, 1), ...rough });
      const next = await coach.get(`/api/coach/athletes?date=${addDays(onDate, 1)}`);
      expect(next.body[0].flags).not.toContain('pain');
      const before = await coach.get(`/api/coach/athletes?date=${addDays(onDate, -10)}`);
      expect(before.body[0].flags).toEqual([]);
    });
  });
});
