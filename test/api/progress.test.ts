// Progress over HTTP: weekly volume planned and done, e1RM, compliance, the weight trend.
import { expect, it } from 'vitest';
import { addDays } from '../../src/core/dates/calendar.js';
import type { Plan } from '../../src/core/plan/types.js';
import { planBody, profileBody } from './fixtures.js';
import { type Api, onEveryDatabase } from './harness.js';
import { gpxRun, multipart, upload } from './uploads.js';

const ON_DATE = '2027-02-01';

onEveryDatabase('progress', (api: () => Api) => {
  it('needs no data: the weeks from the date on, no lifts, no body trend without a profile', async () => {
    const athlete = await api().signup();
    const res = await athlete.get(`/api/athletes/${athlete.userId}/progress?date=${ON_DATE}`);
    expect(res.status).toBe(200);
    // Nothing planned or done before: the date's own week and 4 ahead, whole ISO weeks.
    expect(res.body.weeks[0].weekStart).toBe('2027-02-01');
    expect(res.body.weeks.at(-1).weekStart).toBe('2027-03-01');
    expect(res.body.weeks).toHaveLength(5);
    expect(res.body.weeks.every((w: { done: { runKm: number } }) => w.done.runKm === 0)).toBe(true);
    expect(res.body.lifts).toEqual([]);
    expect(res.body.body).toBeUndefined();
    expect(res.body.compliance).toEqual({
      days7: { planned: 0, done: 0 },
      days28: { planned: 0, done: 0 },
    });
  });

  it('counts planned and done per week, up to the date only, with e1RM and the weight trend', async () => {
    const athlete = await api().signup();
    const path = `/api/athletes/${athlete.userId}`;
    await athlete.put(`${path}/profile`, profileBody);
    expect((await athlete.post(`${path}/plan`, planBody)).status).toBe(201);
    const run = (date: string, distanceKm: number, durationMin: number) =>
      athlete.post(`${path}/logs`, { kind: 'run', date, type: 'easy', distanceKm, durationMin });
    await run('2027-01-26', 6, 36);
    await run('2027-01-30', 8, 50);
    await run('2027-02-05', 10, 60); // after the date: not done yet
    await athlete.post(`${path}/logs`, {
      kind: 'strength',
      date: '2027-01-27',
      durationMin: 35,
      sets: [
        { exercise: 'back-squat', reps: 8, loadKg: 70, rir: 2 },
        { exercise: 'back-squat', reps: 8, loadKg: 70, rir: 1 },
        { exercise: 'romanian-deadlift', reps: 10, loadKg: 60 },
      ],
    });
    for (const [back, weightKg] of [
      [21, 61],
      [14, 61.2],
      [7, 61.4],
      [0, 61.6],
    ] as const) {
      await athlete.post(`${path}/body`, { date: addDays(ON_DATE, -back), weightKg });
    }

    // The plan as it stands after the logs (the service adapts it as data arrives).
    const plan: Plan = (await athlete.get(`${path}/plan`)).body;
    const res = await athlete.get(`${path}/progress?date=${ON_DATE}`);
    expect(res.status).toBe(200);
    const week = (start: string) =>
      res.body.weeks.find((w: { weekStart: string }) => w.weekStart === start);

    // The plan's own weekly running km (no race in week 1) is what the volume counts as planned.
    expect(week('2027-01-18').planned.runKm).toBeCloseTo(plan.weeks[0]!.runKm, 6);
    // The weeks start with the plan: nothing was planned or done before it.
    expect(res.body.weeks[0].weekStart).toBe('2027-01-18');
    expect(week('2027-01-25').done).toMatchObject({
      runKm: 14,
      runMin: 86,
      strengthSets: 3,
      strengthTonnageKg: 8 * 70 + 8 * 70 + 10 * 60,
      sessions: { run: 2, strength: 1, cross: 0, mobility: 0 },
    });
    expect(week('2027-02-01').done.runKm).toBe(0);

    // 8 reps with 2 in reserve: 10 to failure, Epley 70 × (1 + 10/30); the day's best set counts.
    const squat = res.body.lifts.find((l: { exercise: string }) => l.exercise === 'back-squat');
    expect(squat.points).toHaveLength(1);
    expect(squat.points[0]).toMatchObject({ date: '2027-01-27', reps: 8, loadKg: 70, rir: 2 });
    expect(squat.points[0].e1rmKg).toBeCloseTo(70 * (1 + 10 / 30), 6);

    // +0.2 kg a week on about 61.3 kg: 0.33 % a week, above the balanced band of 0–0.25 %.
    expect(res.body.body).toMatchObject({ status: 'above', expectedBand: [0, 0.25] });
    expect(res.body.body.ratePctPerWeek).toBeCloseTo((0.2 / 61.3) * 100, 2);
    expect(res.body.body.nudgeKcal).toBeLessThan(0);

    const plannedIn = (days: number) =>
      plan.weeks
        .flatMap((w) => w.days)
        .filter((d) => d.date > addDays(ON_DATE, -days) && d.date <= ON_DATE)
        .reduce((n, d) => n + d.sessions.length, 0);
    expect(res.body.compliance.days7.planned).toBe(plannedIn(7));
    expect(res.body.compliance.days28.planned).toBe(plannedIn(28));
  });

  it('counts imported runs as done, and starts the weeks at the first of them', async () => {
    const athlete = await api().signup();
    const path = `/api/athletes/${athlete.userId}`;
    const files = [gpxRun('2027-01-05', 30), gpxRun('2027-01-07', 40)];
    expect((await upload(api(), athlete, multipart(files))).body.imported).toBe(2);
    const res = await athlete.get(`${path}/progress?date=${ON_DATE}`);
    expect(res.body.weeks[0].weekStart).toBe('2027-01-04');
    // 10 km/h: 5 km in 30 min and 6.7 km in 40, measured from the points.
    expect(res.body.weeks[0].done.sessions.run).toBe(2);
    expect(res.body.weeks[0].done.runKm).toBeCloseTo(11.7, 0);
    expect(res.body.weeks[0].done.runMin).toBeCloseTo(70, 0);
  });
});
