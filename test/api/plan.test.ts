// Profile, plan, calendar and fuel over HTTP.
import { describe, expect, it } from 'vitest';
import { summarizeDay } from '../../src/core/plan/day-summary.js';
import type { Plan } from '../../src/core/plan/types.js';
import { validatePlan } from '../../src/core/rules/validate.js';
import { PLAN_FIRST_DAY, PLAN_LAST_DAY, planBody, profileBody } from './fixtures.js';
import { type Api, onEveryDatabase } from './harness.js';

onEveryDatabase('profile and plan', (api: () => Api) => {
  async function athleteWithProfile() {
    const athlete = await api().signup();
    const res = await athlete.put(`/api/athletes/${athlete.userId}/profile`, profileBody);
    expect(res.status).toBe(200);
    return athlete;
  }

  async function athleteWithPlan() {
    const athlete = await athleteWithProfile();
    const res = await athlete.post(`/api/athletes/${athlete.userId}/plan`, planBody);
    expect(res.status).toBe(201);
    return Object.assign(athlete, { plan: res.body as Plan });
  }

  describe('profile', () => {
    it('stores the profile: race parsed, days Monday first, read back the same', async () => {
      const athlete = await api().signup();
      const path = `/api/athletes/${athlete.userId}/profile`;
      expect((await athlete.get(path)).status).toBe(404);
      const put = await athlete.put(path, profileBody);
      expect(put.status).toBe(200);
      expect(put.body).toEqual({
        ...profileBody,
        athleteId: athlete.userId,
        days: ['mon', 'tue', 'thu', 'sat'],
        recent: { distanceM: 5000, timeSec: 24 * 60 + 30 },
        updatedAt: api().clock.now(),
      });
      expect((await athlete.get(path)).body).toEqual(put.body);
      // What GET gives can be sent back as it is.
      const { athleteId, updatedAt, ...again } = put.body;
      expect((await athlete.put(path, { ...again, weightKg: 62.5 })).body.weightKg).toBe(62.5);
    });

    it('names the bad field with 400', async () => {
      const athlete = await api().signup();
      const path = `/api/athletes/${athlete.userId}/profile`;
      const { sex, ...noSex } = profileBody;
      const cases: [unknown, string][] = [
        [noSex, 'sex'],
        [{ ...profileBody, age: 7 }, 'age'],
        [{ ...profileBody, weightKg: 1000 }, 'weightKg'],
        [{ ...profileBody, days: ['mon', 'mon', 'sat'] }, 'days'],
        [{ ...profileBody, days: ['mon', 'someday'] }, 'days[1]'],
        [{ ...profileBody, recent: '5k=2:30' }, 'recent'],
        [{ ...profileBody, recent: 'fast' }, 'recent'],
        [{ ...profileBody, focus: 'speed' }, 'focus'],
        [[], 'body'],
      ];
      for (const [body, field] of cases) {
        const res = await athlete.put(path, body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.body.error.field).toBe(field);
      }
      expect((await athlete.get(path)).status).toBe(404);
    });
  });

  describe('plan', () => {
    it('makes a valid plan from the profile and the goal, 201, and GET gives it back', async () => {
      const { userId, plan, ...athlete } = await athleteWithPlan();
      expect(plan.version).toBe(1);
      expect(plan.weeks).toHaveLength(10);
      expect(plan.weeks[0]!.days[0]!.date).toBe(PLAN_FIRST_DAY);
      expect(plan.weeks.at(-1)!.days.at(-1)!.date).toBe(PLAN_LAST_DAY);
      expect(plan.input).toMatchObject({
        distance: '10k',
        focus: 'balanced',
        weeklyKm: 30,
        days: ['mon', 'tue', 'thu', 'sat'],
        recent: { distanceM: 5000, timeSec: 1470 },
        body: { sex: 'female', ageYears: 34, heightCm: 168, weightKg: 61 },
      });
      expect(validatePlan(plan)).toEqual([]);
      const got = await athlete.get(`/api/athletes/${userId}/plan`);
      expect(got.status).toBe(200);
      expect(got.body).toEqual(plan);
    });

    it('plans ahead: a start years away is fine', async () => {
      const athlete = await athleteWithProfile();
      const res = await athlete.post(`/api/athletes/${athlete.userId}/plan`, {
        distance: 'half',
        raceDate: '2031-10-12',
        start: '2031-06-02',
      });
      expect(res.status).toBe(201);
      expect(res.body.race).toEqual({ distance: 'half', date: '2031-10-12' });
    });

    it('asks for a profile first with 422', async () => {
      const athlete = await api().signup();
      const res = await athlete.post(`/api/athletes/${athlete.userId}/plan`, planBody);
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('profile-missing');
      expect((await athlete.get(`/api/athletes/${athlete.userId}/plan`)).status).toBe(404);
    });

    it('answers 422 with the rule and the fix when no plan can meet the rules', async () => {
      const athlete = await api().signup();
      const path = `/api/athletes/${athlete.userId}`;
      await athlete.put(`${path}/profile`, { ...profileBody, days: ['sat'], longRunDay: 'sat' });
      const res = await athlete.post(`${path}/plan`, planBody);
      expect(res.status).toBe(422);
      expect(res.body.error).toMatchObject({
        code: 'no-plan',
        rule: 'strength-count',
        field: 'days',
        fix: expect.stringContaining('add 1 training day'),
      });
      const offDay = await athlete.put(`${path}/profile`, { ...profileBody, longRunDay: 'sun' });
      expect(offDay.status).toBe(200);
      const longRun = await athlete.post(`${path}/plan`, planBody);
      expect(longRun.body.error).toMatchObject({ rule: 'long-run', field: 'longRunDay' });
    });

    it('names the bad goal field with 400', async () => {
      const athlete = await athleteWithProfile();
      const path = `/api/athletes/${athlete.userId}/plan`;
      const cases: [unknown, string][] = [
        [{ distance: '10k', start: '2027-01-18' }, 'weeks'],
        [{ ...planBody, weeks: 30 }, 'weeks'],
        [{ ...planBody, start: '2027-02-30' }, 'start'],
        [{ ...planBody, distance: '15k' }, 'distance'],
        // Too short to the race: the core's input check, reported on the API's field name.
        [{ distance: '10k', raceDate: '2027-02-01', start: '2027-01-18' }, 'raceDate'],
      ];
      for (const [body, field] of cases) {
        const res = await athlete.post(path, body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.body.error.field).toBe(field);
      }
    });
  });

  describe('moving a session', () => {
    const dayOf = (plan: Plan, date: string) =>
      plan.weeks.flatMap((w) => w.days).find((d) => d.date === date)!;

    it('moves the upper-body lift from Tuesday to Thursday, stores it, and the plan stays valid', async () => {
      const athlete = await athleteWithPlan();
      const path = `/api/athletes/${athlete.userId}/plan`;
      const lift = dayOf(athlete.plan, '2027-01-26').sessions[1]!;
      expect(lift).toMatchObject({ kind: 'strength', focus: 'upper' });
      const res = await athlete.post(`${path}/moves`, {
        from: '2027-01-26',
        index: 1,
        to: '2027-01-28',
      });
      expect(res.status, res.text).toBe(200);
      const moved = res.body as Plan;
      expect(validatePlan(moved)).toEqual([]);
      expect(dayOf(moved, '2027-01-26').sessions).toHaveLength(1);
      expect(dayOf(moved, '2027-01-28').sessions.at(-1)).toEqual(lift);
      expect((await athlete.get(path)).body).toEqual(moved);
    });

    it('refuses a hard run the day after leg work with 422 naming the rule, and stores nothing', async () => {
      const athlete = await athleteWithPlan();
      const path = `/api/athletes/${athlete.userId}/plan`;
      // Monday 25 January holds hills and the lower-body lift; Thursday's tempo onto Tuesday.
      const res = await athlete.post(`${path}/moves`, {
        from: '2027-01-28',
        index: 0,
        to: '2027-01-26',
      });
      expect(res.status).toBe(422);
      expect(res.body.error).toEqual({
        code: 'rule',
        message: 'Leg day is not the day before a hard run: leg work today, hard run on 2027-01-26',
        field: 'to',
      });
      expect((await athlete.get(path)).body).toEqual(athlete.plan);
    });

    it('names the field at fault with 400, and answers 404 without a plan', async () => {
      const athlete = await athleteWithPlan();
      const moves = `/api/athletes/${athlete.userId}/plan/moves`;
      const cases: [unknown, string][] = [
        [{ from: '2027-01-26', index: 1, to: '2030-01-01' }, 'to'],
        [{ from: '2027-01-27', index: 0, to: '2027-01-28' }, 'index'],
        [{ from: '2027-01-26', index: -1, to: '2027-01-28' }, 'index'],
        [{ from: '26/01/2027', index: 0, to: '2027-01-28' }, 'from'],
      ];
      for (const [body, field] of cases) {
        const res = await athlete.post(moves, body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.body.error.field).toBe(field);
      }
      const planless = await athleteWithProfile();
      const res = await planless.post(`/api/athletes/${planless.userId}/plan/moves`, {
        from: '2027-01-26',
        index: 1,
        to: '2027-01-28',
      });
      expect(res.status).toBe(404);
    });
  });

  describe('calendar', () => {
    it('lists the planned days in the range, nothing planned outside the plan', async () => {
      const athlete = await athleteWithPlan();
      const path = `/api/athletes/${athlete.userId}`;
      const week = `${path}/calendar?from=2027-01-18&to=2027-01-24`;
      const res = await athlete.get(week);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        planned: athlete.plan.weeks[0]!.days.map(summarizeDay),
        runs: [],
        lifts: [],
        activities: [],
      });
      // In full, the days as in the plan; a detail the API does not know is refused.
      const full = await athlete.get(`${week}&detail=full`);
      expect(full.body.planned).toEqual(athlete.plan.weeks[0]!.days);
      const bad = await athlete.get(`${week}&detail=everything`);
      expect(bad.status).toBe(400);
      expect(bad.body.error.field).toBe('detail');
      expect(res.body.planned.map((d: { date: string }) => d.date)).toEqual([
        '2027-01-18',
        '2027-01-19',
        '2027-01-20',
        '2027-01-21',
        '2027-01-22',
        '2027-01-23',
        '2027-01-24',
      ]);
      const before = await athlete.get(`${path}/calendar?from=2026-12-01&to=2027-01-17`);
      expect(before.body.planned).toEqual([]);
      const lastDay = await athlete.get(`${path}/calendar?from=${PLAN_LAST_DAY}&to=2027-04-30`);
      expect(lastDay.body.planned.map((d: { date: string }) => d.date)).toEqual([PLAN_LAST_DAY]);
    });

    it('names a bad or missing range bound with 400', async () => {
      const athlete = await api().signup();
      const path = `/api/athletes/${athlete.userId}/calendar`;
      const cases: [string, string][] = [
        ['?to=2027-01-31', 'from'],
        ['?from=2027-01-31&to=2027-01-01', 'to'],
        ['?from=2027-01-01&to=2029-01-01', 'to'],
        ['?from=2027-13-01&to=2027-12-31', 'from'],
      ];
      for (const [query, field] of cases) {
        const res = await athlete.get(`${path}${query}`);
        expect(res.status, query).toBe(400);
        expect(res.body.error.field).toBe(field);
      }
    });
  });

  describe('fuel', () => {
    it("gives the plan day's own targets for a training day", async () => {
      const athlete = await athleteWithPlan();
      const day = athlete.plan.weeks[1]!.days.find((d) => !d.rest)!;
      const res = await athlete.get(`/api/athletes/${athlete.userId}/fuel?date=${day.date}`);
      expect(res.status).toBe(200);
      // The generator fuelled the plan with the same core maths, so the figures agree.
      expect(res.body).toMatchObject({
        date: day.date,
        planned: true,
        weightKg: 61,
        dayType: day.fuel.dayType,
        targetKcal: day.fuel.kcal,
        proteinG: day.fuel.proteinG,
        carbsG: day.fuel.carbsG,
        fatG: day.fuel.fatG,
        waterL: day.fuel.waterL,
        timing: day.fuel.timing,
      });
      expect(res.body.intake).toBeUndefined();
      const hot = await athlete.get(
        `/api/athletes/${athlete.userId}/fuel?date=${day.date}&heat=true`,
      );
      expect(hot.body.electrolytes).toBe(true);
      expect(hot.body.waterL).toBeGreaterThan(day.fuel.waterL);
    });

    it('fuels a day outside the plan as a day without training', async () => {
      const athlete = await athleteWithPlan();
      const res = await athlete.get(`/api/athletes/${athlete.userId}/fuel?date=2028-06-01`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ planned: false, dayType: 'rest' });
    });

    it('asks for a profile first with 422, and for a date with 400', async () => {
      const athlete = await api().signup();
      const path = `/api/athletes/${athlete.userId}/fuel`;
      expect((await athlete.get(`${path}?date=2027-01-20`)).body.error.code).toBe(
        'profile-missing',
      );
      expect((await athlete.get(path)).body.error.field).toBe('date');
    });
  });
});
