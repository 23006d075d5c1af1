// Editing one planned session over HTTP (a run's distance or time, a lift's sets, a skip), by the
// athlete or their coach; an edit or move is refused only for a rule break it adds.
import { expect, it } from 'vitest';
import { moveSession } from '../../src/core/plan/move.js';
import type { Plan, RunSession, StrengthSession } from '../../src/core/plan/types.js';
import { validatePlan } from '../../src/core/rules/validate.js';
import { planBody, profileBody } from './fixtures.js';
import { type Api, onEveryDatabase } from './harness.js';

// Week 2 of the fixture plan: Monday hills + lower body, Tuesday easy 7.8 km + upper body,
// Thursday tempo + accessory, Saturday long run; 32.4 km after 30 km in week 1.
const dayOf = (plan: Plan, date: string) =>
  plan.weeks.flatMap((w) => w.days).find((d) => d.date === date)!;

onEveryDatabase('editing a session', (api: () => Api) => {
  async function athleteWithCoach() {
    const athlete = await api().signup();
    const coach = await api().signup('coach');
    const path = `/api/athletes/${athlete.userId}/plan`;
    await athlete.put(`/api/athletes/${athlete.userId}/profile`, profileBody);
    const plan = (await athlete.post(path, planBody)).body as Plan;
    const { code } = (await coach.post('/api/coach/invites')).body;
    await athlete.post(`/api/invites/${code}/accept`);
    return { athlete, coach, path, plan };
  }

  it("lets the coach lengthen a run: rebuilt, stored, and the athlete's plan shows it", async () => {
    const { athlete, coach, path } = await athleteWithCoach();
    const res = await coach.post(`${path}/edits`, {
      date: '2027-01-26',
      index: 0,
      change: 'distance',
      distanceKm: 8,
    });
    expect(res.status, res.text).toBe(200);
    const plan = res.body as Plan;
    expect(dayOf(plan, '2027-01-26').sessions[0]).toMatchObject({
      kind: 'run',
      type: 'easy',
      distanceKm: 8,
    });
    expect(plan.weeks[1]!.runKm).toBe(32.6);
    expect(validatePlan(plan)).toEqual([]);
    expect((await athlete.get(path)).body).toEqual(plan);
  });

  it("changes a lift's sets and skips the accessory session", async () => {
    const { coach, path } = await athleteWithCoach();
    const sets = await coach.post(`${path}/edits`, {
      date: '2027-01-25',
      index: 1,
      change: 'sets',
      sets: { 'back-squat': 3 },
    });
    expect(sets.status, sets.text).toBe(200);
    const lift = dayOf(sets.body, '2027-01-25').sessions[1] as StrengthSession;
    expect(lift.exercises.find((e) => e.id === 'back-squat')?.sets).toBe(3);
    expect(lift.durationMin).toBe(36);

    const skip = await coach.post(`${path}/edits`, {
      date: '2027-01-28',
      index: 1,
      change: 'skip',
    });
    expect(skip.status, skip.text).toBe(200);
    expect(dayOf(skip.body, '2027-01-28').sessions.map((s) => s.kind)).toEqual(['run']);
    // Each edit starts from the one before.
    expect(dayOf(skip.body, '2027-01-25').sessions[1]).toEqual(lift);
  });

  it('refuses an edit that adds a rule break with 422 naming the rule, and stores nothing', async () => {
    const { coach, path, plan } = await athleteWithCoach();
    const longer = await coach.post(`${path}/edits`, {
      date: '2027-01-26',
      index: 0,
      change: 'distance',
      distanceKm: 9,
    });
    expect(longer.status).toBe(422);
    expect(longer.body.error).toEqual({
      code: 'rule',
      message: 'Build gradually: 33.5 km after 30 km in week 1: more than +10 %',
      field: 'distanceKm',
    });
    const noLift = await coach.post(`${path}/edits`, {
      date: '2027-01-26',
      index: 1,
      change: 'skip',
    });
    expect(noLift.status).toBe(422);
    expect(noLift.body.error.field).toBe('index');
    expect(noLift.body.error.message).toMatch(/main strength sessions/);
    expect((await coach.get(path)).body).toEqual(plan);
  });

  it('edits and moves a stored plan that already breaks a rule, elsewhere', async () => {
    const { athlete, coach, path } = await athleteWithCoach();
    // Stored as an older version might have left it: week 2's long run on Sunday, not a
    // training day.
    const current = (await api().store.plans.getCurrent(athlete.userId))!;
    const broken = moveSession(current.plan, '2027-01-30', 0, '2027-01-31');
    const brokenRules = validatePlan(broken).map((v) => v.rule);
    expect(brokenRules).toEqual(['available-days', 'long-run']);
    await api().store.plans.putCurrent({ ...current, plan: broken });

    const edit = await coach.post(`${path}/edits`, {
      date: '2027-02-01',
      index: 1,
      change: 'sets',
      sets: { 'back-squat': 3 },
    });
    expect(edit.status, edit.text).toBe(200);
    // Thursday's accessory onto Monday: legal, though the old break is still there.
    const move = await athlete.post(`${path}/moves`, {
      from: '2027-02-04',
      index: 1,
      to: '2027-02-01',
    });
    expect(move.status, move.text).toBe(200);
    expect(validatePlan(move.body).map((v) => v.rule)).toEqual(brokenRules);
    // A new break is still refused.
    const worse = await coach.post(`${path}/edits`, {
      date: '2027-02-06',
      index: 0,
      change: 'skip',
    });
    expect(worse.status).toBe(422);
    expect(worse.body.error.message).toBe(
      'The long run on your long-run day: a full week without a long run',
    );
  });

  it('names the field with 400 when the change does not fit, and 404 without a plan', async () => {
    const { coach, path } = await athleteWithCoach();
    const cases: [unknown, string][] = [
      [{ date: '2027-01-26', index: 0, change: 'sets', sets: { row: 3 } }, 'sets'],
      [{ date: '2027-01-26', index: 1, change: 'sets', sets: { squat: 3 } }, 'sets'],
      [{ date: '2027-01-26', index: 1, change: 'sets', sets: { row: 11 } }, 'sets.row'],
      [{ date: '2027-01-26', index: 1, change: 'distance', distanceKm: 8 }, 'distanceKm'],
      [{ date: '2027-01-26', index: 0, change: 'distance', distanceKm: 0.5 }, 'distanceKm'],
      [{ date: '2027-01-26', index: 0, change: 'duration', durationMin: -5 }, 'durationMin'],
      [{ date: '2027-01-26', index: 0, change: 'faster' }, 'change'],
      [{ date: '2027-01-27', index: 0, change: 'skip' }, 'index'],
      [{ date: '2030-01-01', index: 0, change: 'skip' }, 'date'],
    ];
    for (const [body, field] of cases) {
      const res = await coach.post(`${path}/edits`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.field, JSON.stringify(body)).toBe(field);
    }
    const planless = await api().signup();
    const res = await planless.post(`/api/athletes/${planless.userId}/plan/edits`, {
      date: '2027-01-26',
      index: 0,
      change: 'skip',
    });
    expect(res.status).toBe(404);
  });

  it('turns a time into a run of about that length', async () => {
    const { athlete, path } = await athleteWithCoach();
    const res = await athlete.post(`${path}/edits`, {
      date: '2027-01-26',
      index: 0,
      change: 'duration',
      durationMin: 51,
    });
    expect(res.status, res.text).toBe(200);
    const run = dayOf(res.body, '2027-01-26').sessions[0] as RunSession;
    expect(run.durationMin).toBeGreaterThanOrEqual(50);
    expect(run.durationMin).toBeLessThanOrEqual(52);
  });

  it('keeps moves and edits when the plan adapts to a check-in or a log; a new plan starts clean', async () => {
    const { athlete, coach, path } = await athleteWithCoach();
    const id = path.split('/')[3]!;
    await coach.post(`${path}/edits`, {
      date: '2027-01-26',
      index: 0,
      change: 'distance',
      distanceKm: 8,
    });
    const moved = await athlete.post(`${path}/moves`, {
      from: '2027-01-26',
      index: 1,
      to: '2027-01-28',
    });
    expect(moved.status, moved.text).toBe(200);
    const changed = moved.body as Plan;

    const fine = { sleepHours: 8, soreness: 1, motivation: 4, fatigue: 2 };
    expect(
      (await athlete.post(`/api/athletes/${id}/checkins`, { date: '2027-01-25', ...fine })).status,
    ).toBe(201);
    const run = { kind: 'run', date: '2027-01-25', type: 'easy', distanceKm: 5, durationMin: 30 };
    expect((await athlete.post(`/api/athletes/${id}/logs`, run)).status).toBe(201);
    const after = (await athlete.get(path)).body as Plan;
    expect(dayOf(after, '2027-01-26')).toEqual(dayOf(changed, '2027-01-26'));
    expect(dayOf(after, '2027-01-28')).toEqual(dayOf(changed, '2027-01-28'));
    expect(dayOf(after, '2027-01-26').sessions).toEqual([
      expect.objectContaining({ kind: 'run', distanceKm: 8 }),
    ]);

    const fresh = (await athlete.post(path, planBody)).body as Plan;
    expect(dayOf(fresh, '2027-01-26').sessions.map((s) => s.kind)).toEqual(['run', 'strength']);
  });
});
