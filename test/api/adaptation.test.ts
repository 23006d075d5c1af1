// The week that adapts, through the service: check-ins and logs change the stored plan, and
// GET …/plan, the calendar and fuel show it. The core's rules are pinned in src/core/adapt; here
// the wiring: what triggers it, what it reads, that it never compounds or reads the clock.
import { expect, it } from 'vitest';
import { addDays } from '../../src/core/dates/calendar.js';
import type { Plan } from '../../src/core/plan/types.js';
import { validatePlan } from '../../src/core/rules/validate.js';
import { planBody, profileBody } from './fixtures.js';
import { type Api, type Client, onEveryDatabase } from './harness.js';
import { gpxRun, multipart, upload } from './uploads.js';

const rough = { sleepHours: 5, soreness: 4, motivation: 2, fatigue: 4 };
const fine = { sleepHours: 8, soreness: 1, motivation: 4, fatigue: 2 };
/** Days with a hard run other than the race, which pain does not take away. */
const hardDates = (plan: Plan) =>
  plan.weeks
    .flatMap((w) => w.days)
    .filter((d) => d.sessions.some((s) => s.kind === 'run' && s.hard && s.type !== 'race'))
    .map((d) => d.date);

onEveryDatabase('adaptation', (api: () => Api) => {
  async function athleteWithPlan(): Promise<{
    athlete: Client & { userId: string };
    path: string;
    base: Plan;
  }> {
    const athlete = await api().signup();
    const path = `/api/athletes/${athlete.userId}`;
    await athlete.put(`${path}/profile`, profileBody);
    const base: Plan = (await athlete.post(`${path}/plan`, planBody)).body;
    return { athlete, path, base };
  }

  it('makes the next week lighter after three rough mornings, and the calendar shows it', async () => {
    const { athlete, path, base } = await athleteWithPlan();
    expect(base.weeks[2]!.lighter).toBe(false);
    for (const date of ['2027-01-25', '2027-01-26', '2027-01-27']) {
      expect((await athlete.post(`${path}/checkins`, { date, ...rough })).status).toBe(201);
    }
    const plan: Plan = (await athlete.get(`${path}/plan`)).body;
    const week3 = plan.weeks[2]!;
    expect(week3.lighter).toBe(true);
    expect(week3.summary).toMatch(/check-ins/);
    // The seed's 10–15 % less running, at least.
    expect(week3.runKm).toBeLessThanOrEqual(base.weeks[2]!.runKm * 0.9 + 1e-9);
    expect(plan.weeks[1]).toEqual(base.weeks[1]);
    expect(validatePlan(plan)).toEqual([]);

    const cal = await athlete.get(`${path}/calendar?from=2027-02-01&to=2027-02-07&detail=full`);
    expect(cal.body.planned).toEqual(week3.days);
    const fuel = await athlete.get(`${path}/fuel?date=${week3.days[0]!.date}`);
    expect(fuel.body.targetKcal).toBe(week3.days[0]!.fuel.kcal);
  });

  it('pauses hard runs from a check-in with pain until a pain-free one', async () => {
    const { athlete, path, base } = await athleteWithPlan();
    const before = hardDates(base);
    await athlete.post(`${path}/checkins`, { date: '2027-01-20', ...fine, pain: 'left knee' });
    const paused: Plan = (await athlete.get(`${path}/plan`)).body;
    expect(hardDates(paused).filter((d) => d >= '2027-01-20')).toEqual([]);
    expect(hardDates(paused).filter((d) => d < '2027-01-20')).toEqual(
      before.filter((d) => d < '2027-01-20'),
    );
    expect(validatePlan(paused)).toEqual([]);

    await athlete.post(`${path}/checkins`, { date: '2027-01-22', ...fine });
    const back: Plan = (await athlete.get(`${path}/plan`)).body;
    expect(hardDates(back).filter((d) => d > '2027-01-22').length).toBeGreaterThan(0);
  });

  it('starts again from the generated plan each time, so nothing compounds', async () => {
    const { athlete, path } = await athleteWithPlan();
    for (const date of ['2027-01-25', '2027-01-26', '2027-01-27']) {
      await athlete.post(`${path}/checkins`, { date, ...rough });
    }
    const once: Plan = (await athlete.get(`${path}/plan`)).body;
    // More writes that change nothing leave the same plan.
    await athlete.post(`${path}/checkins`, { date: '2027-01-27', ...rough });
    await athlete.post(`${path}/body`, { date: '2027-01-27', weightKg: 61 });
    expect((await athlete.get(`${path}/plan`)).body).toEqual(once);
    // A good night replacing a rough one takes the lighter week away again.
    await athlete.post(`${path}/checkins`, { date: '2027-01-27', ...fine });
    const undone: Plan = (await athlete.get(`${path}/plan`)).body;
    expect(undone.weeks[2]!.lighter).toBe(false);
  });

  it('adapts a new plan to the check-ins already there', async () => {
    const athlete = await api().signup();
    const path = `/api/athletes/${athlete.userId}`;
    await athlete.put(`${path}/profile`, profileBody);
    await athlete.post(`${path}/checkins`, { date: '2027-01-19', ...fine, pain: 'shin' });
    const plan: Plan = (await athlete.post(`${path}/plan`, planBody)).body;
    expect(hardDates(plan).filter((d) => d >= '2027-01-19')).toEqual([]);
    expect((await athlete.get(`${path}/plan`)).body).toEqual(plan);
  });

  it("reads the data's dates, not the server's clock", async () => {
    const { athlete, path } = await athleteWithPlan();
    for (const date of ['2027-01-25', '2027-01-26', '2027-01-27']) {
      await athlete.post(`${path}/checkins`, { date, ...rough });
    }
    const first: Plan = (await athlete.get(`${path}/plan`)).body;
    // A token, because the session would expire with the jump.
    athlete.bearer = (await athlete.post('/api/tokens', { name: 'clock' })).body.token;
    api().clock.set('2031-06-01T12:00:00.000Z');
    await athlete.post(`${path}/body`, { date: '2027-01-28', weightKg: 61 });
    await athlete.post(`${path}/checkins`, { date: '2027-01-27', ...rough });
    expect((await athlete.get(`${path}/plan`)).body).toEqual(first);
  });

  it('counts imported runs in the load ratio: a sudden week of long runs makes the next week lighter', async () => {
    const { athlete, path, base } = await athleteWithPlan();
    expect(base.weeks[1]!.lighter).toBe(false);
    // Four weeks of three 20-minute runs, then an hour every day of the plan's first week.
    const before = ['2026-12-21', '2026-12-28', '2027-01-04', '2027-01-11'].flatMap((monday) =>
      [0, 2, 4].map((d) => gpxRun(addDays(monday, d), 20)),
    );
    const spike = [0, 1, 2, 3, 4, 5, 6].map((d) => gpxRun(addDays('2027-01-18', d), 60));
    const imported = await upload(api(), athlete, multipart([...before, ...spike]));
    expect(imported.status).toBe(200);
    expect(imported.body.imported).toBe(19);
    const plan: Plan = (await athlete.get(`${path}/plan`)).body;
    expect(plan.weeks[1]!.lighter).toBe(true);
    expect(plan.weeks[1]!.summary).toMatch(/training load over the last 7 days/);
    expect(validatePlan(plan)).toEqual([]);
  });
});
