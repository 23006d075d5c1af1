// runstrong today / log / checkin / week on a SQLite store in a temp folder: the local athlete
// gets a profile and plan through the app's use cases, then the terminal commands read and
// write the same store the server uses.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPlan } from '../../src/app/plan.js';
import { putProfile } from '../../src/app/profile.js';
import type { CliIo } from '../../src/cli/io.js';
import { localServices } from '../../src/cli/local-services.js';
import { withLocalAthlete } from '../../src/cli/local-store.js';
import { runCli } from '../../src/cli/main.js';

const TODAY = '2025-10-22'; // a Wednesday; the plan starts on Monday the 20th

async function run(args: string[]) {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readText: (p) => readFileSync(p, 'utf8'),
    writeText: (p, t) => writeFileSync(p, t),
    writeBytes: (p, b) => writeFileSync(p, b),
    today: () => TODAY,
    ask: async () => '',
  };
  const code = await runCli(args, io);
  return { code, out, err };
}

async function seedPlan(units: 'km' | 'mi' = 'km') {
  await withLocalAthlete(process.env, undefined, async (session) => {
    const { s, actor, athleteId } = await localServices(session);
    await putProfile(s, actor, athleteId, {
      sex: 'male',
      age: 35,
      heightCm: 178,
      weightKg: 72,
      focus: 'balanced',
      days: ['mon', 'tue', 'thu', 'sat'],
      longRunDay: 'sat',
      weeklyKm: 30,
      experience: 'intermediate',
      equipment: 'gym',
      units,
      recent: '5k=24:30',
    });
    await createPlan(s, actor, athleteId, { distance: '10k', weeks: 10, start: '2025-10-20' });
  });
}

beforeEach(() => {
  process.env.RUNSTRONG_DATA_DIR = mkdtempSync(join(tmpdir(), 'runstrong-cli-train-'));
  delete process.env.DATABASE_URL;
});

describe('runstrong today', () => {
  it('says how to make a plan when the store has none, exit 2', async () => {
    const r = await run(['today']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no stored plan yet/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('shows the plan day with its sessions, fuel and readiness from the latest check-in', async () => {
    await seedPlan();
    expect(
      (
        await run([
          'checkin',
          '--sleep',
          '8',
          '--soreness',
          '2',
          '--motivation',
          '4',
          '--fatigue',
          '2',
        ])
      ).code,
    ).toBe(0);
    const r = await run(['today', '--date', '2025-10-21', '--json']);
    expect(r.code).toBe(0);
    const view = JSON.parse(r.out);
    expect(view.date).toBe('2025-10-21');
    expect(view.day.date).toBe('2025-10-21');
    expect(view.day.sessions.length).toBeGreaterThan(0);
    expect(view.fuel.targetKcal).toBeGreaterThan(1500);
    // The check-in is dated today (22nd), after the 21st: readiness on the 21st has none.
    expect(view.readiness.score).toBeUndefined();
    const onToday = JSON.parse((await run(['today', '--json'])).out);
    expect(onToday.readiness.date).toBe(TODAY);
    expect(onToday.readiness.score).toBeGreaterThan(50);
    const text = (await run(['today', '--date', '2025-10-21'])).out;
    expect(text).toMatch(/^Tue 21 Oct 2025/);
    expect(text).toMatch(/Fuel: \d+ kcal/);
    expect(text).toMatch(/\/km/);
  });

  it('shows paces in miles for a runner who reads miles', async () => {
    await seedPlan('mi');
    const text = (await run(['today', '--date', '2025-10-21'])).out;
    expect(text).toMatch(/\/mi/);
    expect(text).not.toMatch(/\/km/);
  });
});

describe('runstrong plan --save', () => {
  it('stores the profile and plan for the local athlete, and today reads them', async () => {
    const r = await run([
      'plan',
      '--distance',
      '10k',
      '--weeks',
      '10',
      '--start',
      '2025-10-20',
      '--days',
      'mon,tue,thu,sat',
      '--weekly-mi',
      '20',
      '--units',
      'mi',
      '--sex',
      'female',
      '--age',
      '30',
      '--height',
      '165',
      '--weight',
      '60',
      '--save',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Saved as the current plan of me/);
    const planned = JSON.parse(r.out);
    const view = JSON.parse((await run(['today', '--date', '2025-10-21', '--json'])).out);
    expect(view.units).toBe('mi');
    expect(view.day).toEqual(planned.weeks[0].days[1]);
  });
});

describe('runstrong log and week', () => {
  it('logs a run in miles and a lift in pounds, and the week shows them against the plan', async () => {
    await seedPlan();
    const runLog = await run([
      'log',
      'run',
      '--date',
      '2025-10-21',
      '--type',
      'easy',
      '--distance',
      '5mi',
      '--time',
      '45:00',
      '--rpe',
      '6',
      '--avg-hr',
      '150',
      '--json',
    ]);
    expect(runLog.code).toBe(0);
    const savedRun = JSON.parse(runLog.out);
    expect(savedRun).toMatchObject({
      kind: 'run',
      date: '2025-10-21',
      type: 'easy',
      durationMin: 45,
      rpe: 6,
      avgHr: 150,
    });
    expect(savedRun.distanceKm).toBeCloseTo(8.047, 3);

    const liftLog = await run([
      'log',
      'lift',
      '--time',
      '35:00',
      '--set',
      'back-squat:8x60kg@2',
      '--set',
      'back-squat:8x135lb',
      '--json',
    ]);
    expect(liftLog.code).toBe(0);
    const savedLift = JSON.parse(liftLog.out);
    expect(savedLift.date).toBe(TODAY);
    expect(savedLift.sets).toEqual([
      { exercise: 'back-squat', reps: 8, loadKg: 60, rir: 2 },
      { exercise: 'back-squat', reps: 8, loadKg: 61.23 },
    ]);

    const week = JSON.parse((await run(['week', '--json'])).out);
    expect(week.from).toBe('2025-10-20');
    expect(week.to).toBe('2025-10-26');
    expect(week.days).toHaveLength(7);
    expect(week.doneRunKm).toBe(8);
    expect(week.doneSessions).toBe(2);
    expect(week.plannedRunKm).toBeGreaterThan(0);
    expect(week.days[1].done).toHaveLength(1);
    expect(week.days[2].done[0]).toMatch(/^lift 2 sets/);
    const text = (await run(['week'])).out;
    expect(text).toMatch(/8\.0 km done of/);
  });

  it('the week without a plan still lists what was done', async () => {
    expect((await run(['log', 'run', '--distance', '8km', '--time', '45:00'])).code).toBe(0);
    const week = JSON.parse((await run(['week', '--json'])).out);
    expect(week.plannedSessions).toBe(0);
    expect(week.doneRunKm).toBe(8);
  });
});

describe('bad input: one line naming the flag, exit 2', () => {
  it.each([
    [['log', 'run', '--distance', '8 parsecs', '--time', '45:00'], 'distance'],
    [['log', 'run', '--distance', '8km', '--time', '45:6x'], 'time'],
    [['log', 'run', '--distance', '8km'], 'time'],
    [['log', 'run', '--distance', '8km', '--time', '45:00', '--type', 'jog'], 'type'],
    [['log', 'run', '--distance', '8km', '--time', '45:00', '--rpe', '11'], 'rpe'],
    [['log', 'lift', '--time', '35:00', '--set', 'squat-8x60'], 'set'],
    [['log', 'lift', '--time', '35:00'], 'set'],
    [
      ['checkin', '--sleep', '7', '--soreness', '6', '--motivation', '3', '--fatigue', '2'],
      'soreness',
    ],
    [['checkin', '--soreness', '2', '--motivation', '3', '--fatigue', '2'], 'sleep'],
    [['week', '--date', '2025-13-01'], 'date'],
  ])('%j names %s', async (args, flag) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain(flag);
  });
});
