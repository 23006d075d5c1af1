import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { parsePlan } from '../../src/core/plan/schema.js';

const dir = mkdtempSync(join(tmpdir(), 'runstrong-cli-'));

function run(args: string[], answers: string[] = []) {
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
    today: () => '2027-01-17',
    ask: async () => answers.shift() ?? '',
  };
  return runCli(args, io).then((code) => ({ code, out, err }));
}

const body = ['--sex', 'male', '--age', '30', '--height', '178', '--weight', '72'];
const planArgs = [
  'plan',
  '--distance',
  '10k',
  '--weeks',
  '12',
  '--focus',
  'muscle',
  '--days',
  'mon,tue,thu,fri,sat,sun',
  '--long-run-day',
  'sat',
  '--weekly-km',
  '25',
  '--recent',
  '5k=22:30',
  ...body,
];

describe('runstrong plan', () => {
  it('starts tomorrow by default and prints a week-by-week table', async () => {
    const r = await run(planArgs);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Week 1 of 12 · Mon 18 Jan – Sun 24 Jan/);
    expect(r.out).toMatch(/Sun 11 Apr/);
    expect(r.out).toMatch(/\/km/);
  });

  it('prints only JSON on stdout with --format json; notes go to stderr', async () => {
    const r = await run([...planArgs, '--format', 'json', '--weekly-km', '60']);
    expect(r.code).toBe(0);
    const plan = parsePlan(JSON.parse(r.out));
    expect(plan.paces.vdot).toBe(43.4);
    expect(plan.paces.thresholdSecPerKm).toBeGreaterThan(280);
    expect(plan.weeks).toHaveLength(12);
    expect(r.err).toMatch(/note: .*caps running at 40 km/);
    const mi = await run([...planArgs, '--format', 'json', '--weekly-km', '60', '--units', 'mi']);
    // 60 km = 37.3 mi, the cap 40 km = 24.9 mi: sentences follow --units, numbers stay metric.
    expect(mi.err).toMatch(
      /note: You run 37 mi a week now; the muscle focus caps running at 25 mi/,
    );
    const miPlan = parsePlan(JSON.parse(mi.out));
    expect(miPlan.weeks[0]!.runKm).toBeLessThanOrEqual(40);
    expect(miPlan.expectations.map((e) => e.text).join(' ')).toMatch(/ lb /);
  });

  it('reads weight and height with units and shows miles when asked, keeping the JSON metric', async () => {
    const r = await run([
      ...planArgs,
      '--weight',
      '160lb',
      '--height',
      '5ft10in',
      '--units',
      'mi',
      '--format',
      'json',
    ]);
    const plan = parsePlan(JSON.parse(r.out));
    expect(plan.input.body.weightKg).toBeCloseTo(72.57, 1);
    expect(plan.input.body.heightCm).toBeCloseTo(177.8, 1);
    const text = await run([...planArgs, '--units', 'mi']);
    expect(text.out).toMatch(/\/mi/);
    expect(text.out).not.toMatch(/\/km/);
  });

  it('writes a valid iCalendar file with one event per session', async () => {
    const file = join(dir, 'plan.ics');
    const r = await run([...planArgs, '--format', 'ics', '--out', file]);
    expect(r.code).toBe(0);
    const ics = readFileSync(file, 'utf8');
    const json = parsePlan(JSON.parse((await run([...planArgs, '--format', 'json'])).out));
    const sessions = json.weeks.flatMap((w) => w.days.flatMap((d) => d.sessions)).length;
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(sessions);
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20270118/);
  });

  it('writes a printable Markdown plan', async () => {
    const r = await run([...planArgs, '--format', 'md']);
    expect(r.out).toMatch(/^# /);
    expect(r.out).toMatch(/\| *Mon/);
  });

  it('reads a profile file and lets flags win', async () => {
    const file = join(dir, 'profile.json');
    writeFileSync(
      file,
      JSON.stringify({
        distance: 'half',
        weeks: 14,
        focus: 'balanced',
        weeklyKm: 30,
        sex: 'female',
        age: 40,
        height: 165,
        weight: 60,
      }),
    );
    const r = await run(['plan', '--profile', file, '--weeks', '10', '--format', 'json']);
    const plan = parsePlan(JSON.parse(r.out));
    expect(plan.input.distance).toBe('half');
    expect(plan.weeks).toHaveLength(10);
  });

  it.each([
    [['--distance', '12k'], /--distance "12k": expected one of 5k, 10k, half, marathon/],
    [['--recent', '5k=22:3x'], /recent/],
    [['--start', '2027-02-30'], /start "2027-02-30": expected a real calendar date/],
    [['--weight', '0'], /weight "0": expected 25–300 kg/],
    [['--bogus'], /unknown option '--bogus'/],
    [['--weeks', '30'], /8–20 weeks/],
    [
      ['--days', 'sat', '--long-run-day', 'sat'],
      /strength session.*\n.*rule: strength-count\n.*fix:/,
    ],
  ])('bad input %j: one clear message and exit 2', async (extra, message) => {
    const r = await run([...planArgs, ...extra]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
    expect(r.out).toBe('');
  });
});

describe('runstrong paces', () => {
  it('prints one flat JSON object in seconds per km', async () => {
    const r = await run(['paces', '--race', '5k=22:30', '--goal', 'half', '--json']);
    const j = JSON.parse(r.out);
    expect(j.vdot).toBe(43.4);
    expect(Object.keys(j.predictions)).toEqual(['5k', '10k', 'half', 'marathon']);
    expect(j.splits.at(-1).cumulativeSec).toBe(j.predictions.half);
    expect(j.easySecPerKm[0]).toBeLessThan(j.easySecPerKm[1]);
  });

  it('shows paces per mile with --units mi', async () => {
    const r = await run(['paces', '--race', '10k=45:00', '--units', 'mi']);
    expect(r.out).toMatch(/Threshold +\d:\d\d\/mi/);
  });

  it('rejects a malformed time naming the flag', async () => {
    const r = await run(['paces', '--race', '5k=2230']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/race/);
  });
});

describe('runstrong fuel, exercises, catalog, check, init', () => {
  it('gives daily targets as JSON', async () => {
    const r = await run(['fuel', ...body, '--focus', 'muscle', '--json']);
    const j = JSON.parse(r.out);
    expect(j.bmrKcal).toBe(1688);
    expect(j.targetKcal).toBe(j.maintenanceKcal + 250);
    expect(j.proteinG).toBe(144);
    expect(Object.keys(j)).toEqual(
      expect.arrayContaining([
        'bmrKcal',
        'maintenanceKcal',
        'targetKcal',
        'proteinG',
        'carbsG',
        'fatG',
        'meals',
      ]),
    );
  });

  it('fuels a plan day from a plan file', async () => {
    const file = join(dir, 'fuel-plan.json');
    writeFileSync(file, (await run([...planArgs, '--format', 'json'])).out);
    const rest = JSON.parse((await run(['fuel', ...body, '--focus', 'muscle', '--json'])).out);
    const long = JSON.parse(
      (
        await run([
          'fuel',
          ...body,
          '--focus',
          'muscle',
          '--plan',
          file,
          '--date',
          '2027-01-23',
          '--json',
        ])
      ).out,
    );
    expect(long.targetKcal).toBeGreaterThan(rest.targetKcal);
    expect(long.carbsG).toBeGreaterThan(rest.carbsG);
  });

  it('lists exercises by pattern and equipment', async () => {
    const r = await run(['exercises', '--pattern', 'squat', '--equipment', 'bodyweight', '--json']);
    const list = JSON.parse(r.out) as { pattern: string; equipment: string[] }[];
    expect(list.length).toBeGreaterThan(0);
    for (const e of list) {
      expect(e.pattern).toBe('squat');
      expect(e.equipment).toContain('bodyweight');
    }
  });

  it('shows the catalog: every distance × focus × level', async () => {
    const r = await run(['catalog', '--json']);
    const entries = JSON.parse(r.out) as { typicalWeek: string[] }[];
    expect(entries).toHaveLength(36);
    for (const e of entries) expect(e.typicalWeek).toHaveLength(7);
  });

  it('checks a plan file: exit 0 when valid, 1 with every violation', async () => {
    const file = join(dir, 'check.json');
    const json = (await run([...planArgs, '--format', 'json'])).out;
    writeFileSync(file, json);
    expect((await run(['check', file])).code).toBe(0);
    const plan = JSON.parse(json);
    plan.weeks[1].days[0].sessions.reverse();
    plan.weeks[3].lighter = false;
    writeFileSync(file, JSON.stringify(plan));
    const r = await run(['check', file]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/week 2, 2027-01-25: \[run-first\]/);
    expect(r.out).toMatch(/week 4: \[lighter-cadence\]/);
    const broken = await run(['check', join(dir, 'missing.json')]);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/missing.json: no such file/);
  });

  it('asks the questions, re-asks a bad answer, and writes a profile the plan accepts', async () => {
    const file = join(dir, 'init.json');
    const answers = [
      'mi',
      'half',
      '',
      '14',
      'muscle',
      'tue,thu,sat,sun',
      'sat',
      '15',
      '',
      'beginner',
      'female',
      '29',
      '5ft5in',
      '0',
      '130lb',
      'home',
      'y',
    ];
    const r = await run(['init', '--out', file], answers);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/weight "0"/);
    const profile = JSON.parse(readFileSync(file, 'utf8'));
    expect(profile).toMatchObject({
      units: 'mi',
      distance: 'half',
      weeks: '14',
      weight: '130lb',
      upperEmphasis: true,
    });
    const plan = await run(['plan', '--profile', file, '--format', 'json']);
    expect(plan.code).toBe(0);
    expect(parsePlan(JSON.parse(plan.out)).input.weeklyKm).toBeCloseTo(24.1, 1);
  });
});

describe('the runstrong executable', () => {
  it('stops quietly when the reader closes the pipe early (runstrong plan | head)', () => {
    const p = spawnSync(
      'sh',
      [
        '-c',
        `${process.execPath} --import tsx src/main/cli.ts ${planArgs.join(' ')} --format json | head -1`,
      ],
      { encoding: 'utf8' },
    );
    expect(p.stdout).toBe('{\n');
    expect(p.stderr).not.toMatch(/EPIPE|at .*:\d+/);
  });

  it('runs as a process, exits 2 on bad input with one line and no stack trace', () => {
    const p = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/main/cli.ts', 'plan', '--distance', '3k'],
      { encoding: 'utf8' },
    );
    expect(p.status).toBe(2);
    expect(p.stderr.trim().split('\n')).toHaveLength(1);
    expect(p.stderr).toMatch(/^runstrong: --distance "3k"/);
  });
});
