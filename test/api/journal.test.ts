// The training journal over HTTP: logs, check-ins, weigh-ins and the food log.
import { describe, expect, it } from 'vitest';
import { planBody, profileBody } from './fixtures.js';
import { type Api, onEveryDatabase } from './harness.js';

const run = {
  kind: 'run',
  date: '2027-01-19',
  type: 'intervals',
  distanceKm: 9.5,
  durationMin: 52,
  avgHr: 158,
  rpe: 8,
} as const;
const lift = {
  kind: 'strength',
  date: '2027-01-19',
  durationMin: 35,
  rpe: 7.5,
  sets: [
    { exercise: 'back-squat', reps: 8, loadKg: 70, rir: 2 },
    { exercise: 'romanian-deadlift', reps: 10, loadKg: 60 },
  ],
} as const;
const checkIn = {
  date: '2027-01-20',
  sleepHours: 6.25,
  soreness: 4,
  motivation: 2,
  fatigue: 4,
  restingHr: 54,
  pain: 'left achilles, stiff in the morning',
} as const;

onEveryDatabase('training journal', (api: () => Api) => {
  describe('logs', () => {
    it('logs a run and a lift with 201 and lists them by date, runs first on a day', async () => {
      const athlete = await api().signup();
      const path = `/api/athletes/${athlete.userId}/logs`;
      const later = await athlete.post(path, { ...run, date: '2027-01-25', type: 'easy' });
      const liftRes = await athlete.post(path, lift);
      const runRes = await athlete.post(path, run);
      for (const res of [later, liftRes, runRes]) expect(res.status).toBe(201);
      expect(runRes.body).toEqual({ ...run, id: expect.any(String), athleteId: athlete.userId });
      expect(liftRes.body).toEqual({ ...lift, id: expect.any(String), athleteId: athlete.userId });

      const listed = await athlete.get(`${path}?from=2027-01-18&to=2027-01-31`);
      expect(listed.status).toBe(200);
      expect(listed.body).toEqual([runRes.body, liftRes.body, later.body]);
      const oneDay = await athlete.get(`${path}?from=2027-01-19&to=2027-01-19`);
      expect(oneDay.body.map((e: { kind: string }) => e.kind)).toEqual(['run', 'strength']);
    });

    it('accepts dates ahead of today: people log what they plan to do', async () => {
      const athlete = await api().signup();
      const res = await athlete.post(`/api/athletes/${athlete.userId}/logs`, {
        ...run,
        date: '2031-07-04',
      });
      expect(res.status).toBe(201);
    });

    it('shows logged sessions in the calendar next to the plan', async () => {
      const athlete = await api().signup();
      const path = `/api/athletes/${athlete.userId}`;
      await athlete.put(`${path}/profile`, profileBody);
      await athlete.post(`${path}/plan`, planBody);
      const runRes = await athlete.post(`${path}/logs`, run);
      const liftRes = await athlete.post(`${path}/logs`, lift);
      const cal = await athlete.get(`${path}/calendar?from=2027-01-19&to=2027-01-19`);
      const { kind: _r, ...runRecord } = runRes.body;
      const { kind: _l, ...liftRecord } = liftRes.body;
      expect(cal.body.runs).toEqual([runRecord]);
      expect(cal.body.lifts).toEqual([liftRecord]);
      expect(cal.body.planned).toHaveLength(1);
    });

    it('names the bad field with 400, down to one set', async () => {
      const athlete = await api().signup();
      const path = `/api/athletes/${athlete.userId}/logs`;
      const { kind, ...noKind } = run;
      const cases: [unknown, string][] = [
        [noKind, 'kind'],
        [{ ...run, kind: 'swim' }, 'kind'],
        [{ ...run, type: 'jog' }, 'type'],
        [{ ...run, distanceKm: -1 }, 'distanceKm'],
        [{ ...run, rpe: 11 }, 'rpe'],
        [{ ...run, avgHr: 400 }, 'avgHr'],
        [{ ...run, date: '2027-02-29' }, 'date'],
        [{ ...lift, sets: [] }, 'sets'],
        [{ ...lift, sets: [lift.sets[0], { ...lift.sets[1], reps: 2.5 }] }, 'sets[1].reps'],
        [{ ...lift, sets: [{ ...lift.sets[0], exercise: '' }] }, 'sets[0].exercise'],
      ];
      for (const [body, field] of cases) {
        const res = await athlete.post(path, body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.body.error.field).toBe(field);
      }
      expect((await athlete.get(`${path}?from=2027-01-01&to=2027-12-31`)).body).toEqual([]);
    });

    it("writes under the path's athlete whatever athleteId or id the body carries", async () => {
      const athlete = await api().signup();
      const other = await api().signup();
      const res = await athlete.post(`/api/athletes/${athlete.userId}/logs`, {
        ...run,
        athleteId: other.userId,
        id: 'chosen-id',
      });
      expect(res.body.athleteId).toBe(athlete.userId);
      expect(res.body.id).not.toBe('chosen-id');
    });
  });

  describe('check-ins', () => {
    it('stores the check-in with 201; a second one for the date replaces it', async () => {
      const athlete = await api().signup();
      const path = `/api/athletes/${athlete.userId}/checkins`;
      const first = await athlete.post(path, checkIn);
      expect(first.status).toBe(201);
      expect(first.body).toEqual({ ...checkIn, athleteId: athlete.userId });
      const { pain, ...painFree } = checkIn;
      const second = await athlete.post(path, { ...painFree, sleepHours: 8 });
      expect(second.status).toBe(201);
      await athlete.post(path, { ...painFree, date: '2027-01-21' });
      const listed = await athlete.get(`${path}?from=2027-01-20&to=2027-01-21`);
      expect(listed.body).toEqual([
        { ...painFree, sleepHours: 8, athleteId: athlete.userId },
        { ...painFree, date: '2027-01-21', athleteId: athlete.userId },
      ]);
    });

    it('keeps the scales 1–5 in whole steps and sleep within a day', async () => {
      const athlete = await api().signup();
      const path = `/api/athletes/${athlete.userId}/checkins`;
      const cases: [unknown, string][] = [
        [{ ...checkIn, soreness: 6 }, 'soreness'],
        [{ ...checkIn, motivation: 0 }, 'motivation'],
        [{ ...checkIn, fatigue: 2.5 }, 'fatigue'],
        [{ ...checkIn, sleepHours: 25 }, 'sleepHours'],
        [{ ...checkIn, pain: 'x'.repeat(501) }, 'pain'],
      ];
      for (const [body, field] of cases) {
        const res = await athlete.post(path, body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.body.error.field).toBe(field);
      }
    });
  });

  describe('body and food log', () => {
    it('weighs in and logs intake with 201; fuel uses the latest weigh-in up to its date', async () => {
      const athlete = await api().signup();
      const path = `/api/athletes/${athlete.userId}`;
      await athlete.put(`${path}/profile`, profileBody);
      const weighIn = await athlete.post(`${path}/body`, {
        date: '2027-01-20',
        weightKg: 63.4,
        bodyFatPct: 21,
      });
      expect(weighIn.status).toBe(201);
      expect(weighIn.body).toEqual({
        date: '2027-01-20',
        weightKg: 63.4,
        bodyFatPct: 21,
        athleteId: athlete.userId,
      });
      await athlete.post(`${path}/body`, { date: '2027-01-27', weightKg: 70 });
      const intake = await athlete.post(`${path}/intake`, { date: '2027-01-22', kcal: 2300 });
      expect(intake.status).toBe(201);
      expect(intake.body).toEqual({ date: '2027-01-22', kcal: 2300, athleteId: athlete.userId });

      const weighIns = await athlete.get(`${path}/body?from=2027-01-20&to=2027-01-26`);
      expect(weighIns.body).toEqual([weighIn.body]);
      const fuel = await athlete.get(`${path}/fuel?date=2027-01-22`);
      expect(fuel.body.weightKg).toBe(63.4);
      expect(fuel.body.intake).toEqual({ kcal: 2300 });
      const before = await athlete.get(`${path}/fuel?date=2027-01-19`);
      expect(before.body.weightKg).toBe(profileBody.weightKg);
      expect(before.body.intake).toBeUndefined();
      // More body weight, more protein: the core scales it per kg.
      expect(fuel.body.proteinG).toBeGreaterThan(before.body.proteinG);
    });

    it('names the bad field with 400', async () => {
      const athlete = await api().signup();
      const path = `/api/athletes/${athlete.userId}`;
      const body = await athlete.post(`${path}/body`, { date: '2027-01-20', weightKg: 2 });
      expect(body.body.error.field).toBe('weightKg');
      const intake = await athlete.post(`${path}/intake`, { date: '2027-01-20', kcal: -5 });
      expect(intake.body.error.field).toBe('kcal');
    });
  });
});
