// runstrong import / activities / load on a SQLite store in a temp folder: the --json shapes of
// the issue, exit codes, and a process killed in the middle of an import then run again.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/activities');
const ROOT = join(import.meta.dirname, '../..');

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
    today: () => '2025-10-25',
    ask: async () => '',
  };
  const code = await runCli(args, io);
  return { code, out, err };
}

/** A folder with a few good files: a run (FIT), a strength session (FIT), a ride (TCX). */
function goodFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'runstrong-good-'));
  mkdirSync(join(dir, 'watch'));
  for (const f of [
    'fit/fitparse__garmin-fenix-5-run.fit',
    'fit/fitanalyzer__20748058539_ACTIVITY.fit',
    'tcx/togeojson__garmin_connect.tcx',
  ]) {
    copyFileSync(join(FIXTURES, f), join(dir, 'watch', f.split('/')[1]!));
  }
  return dir;
}

beforeEach(() => {
  process.env.RUNSTRONG_DATA_DIR = mkdtempSync(join(tmpdir(), 'runstrong-cli-store-'));
  delete process.env.DATABASE_URL;
});

describe('runstrong import', () => {
  it('prints the summary of the issue with --json and exits 0 when every file went in', async () => {
    const r = await run(['import', goodFolder(), '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out);
    expect(Object.keys(summary).sort()).toEqual(
      ['activities', 'duplicates', 'failed', 'files', 'imported'].sort(),
    );
    expect(summary).toMatchObject({ imported: 3, duplicates: 0, failed: [] });
    expect(summary.files.map((f: { status: string }) => f.status)).toEqual([
      'imported',
      'imported',
      'imported',
    ]);
    const again = await run(['import', goodFolder(), '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ imported: 0, duplicates: 3, activities: [] });
  });

  it('exits 1 naming the file that failed, after importing the others', async () => {
    const dir = goodFolder();
    writeFileSync(join(dir, 'watch', 'zz-broken.fit'), Buffer.from('.FIT but not really'));
    const r = await run(['import', dir]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^imported {2}.*garmin-fenix-5-run\.fit$/m);
    expect(r.out).toMatch(/3 imported, 0 already there, 1 failed/);
    expect(r.err).toMatch(/zz-broken\.fit: not an activity file/);
  });

  it('reports a path that does not exist as a failed file', async () => {
    const r = await run(['import', '/no/such/place.fit', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).failed).toEqual([
      { file: '/no/such/place.fit', error: 'no such file or folder' },
    ]);
  });
});

describe('runstrong activities and load', () => {
  it('lists activities in the JSON shape of the issue, sets included', async () => {
    await run(['import', goodFolder()]);
    const r = await run(['activities', '--json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out);
    expect(list.map((a: { sport: string }) => a.sport)).toEqual(['run', 'ride', 'strength']);
    for (const a of list) {
      for (const key of [
        'id',
        'sport',
        'start',
        'distanceKm',
        'movingTimeSec',
        'elapsedTimeSec',
        'elevationGainM',
        'load',
        'partial',
        'sets',
      ]) {
        expect(a, key).toHaveProperty(key);
      }
    }
    const strength = list[2];
    expect(strength.start).toBe('2025-10-20T17:44:06.000Z');
    expect(strength.sets[0]).toEqual({ exercise: 'pull-up', reps: 15, loadKg: 0 });
    const only = JSON.parse((await run(['activities', '--from', '2025-01-01', '--json'])).out);
    expect(only.map((a: { id: string }) => a.id)).toEqual([strength.id]);
  });

  it('shows load, fitness and volume from the imported activities', async () => {
    await run(['import', goodFolder()]);
    const r = await run(['load', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.to).toBe('2025-10-25');
    expect(report.days).toHaveLength(42);
    const day = report.days.find((d: { date: string }) => d.date === '2025-10-20');
    // The strength session alone: 1857.71 s of lifting at RPE 5 (loading unknown).
    expect(day.load).toBeCloseTo((5 * 1857.71) / 60, 6);
    const week = report.weeks.find((w: { isoWeek: string }) => w.isoWeek === '2025-W43');
    expect(week.sessions.strength).toBe(1);
    expect(week.strengthSets).toBe(13);
    const text = await run(['load']);
    expect(text.out).toMatch(/Acute:chronic ratio/);
  });

  it("shows distances in the athlete's units", async () => {
    await run(['import', goodFolder()]);
    expect((await run(['activities'])).out).toMatch(/ km {2}/);
    const saved = await run([
      ...['plan', '--distance', '10k', '--weeks', '10', '--start', '2025-10-20'],
      ...['--days', 'mon,tue,thu,sat', '--weekly-mi', '20', '--units', 'mi'],
      ...['--sex', 'female', '--age', '30', '--height', '165', '--weight', '60', '--save'],
    ]);
    expect(saved.code).toBe(0);
    const text = (await run(['activities'])).out;
    expect(text).toMatch(/ mi {2}/);
    expect(text).not.toMatch(/ km /);
    expect((await run(['load'])).out).toMatch(/week {7}run mi/);
  });

  it('refuses an --athlete nobody has', async () => {
    const r = await run(['activities', '--athlete', 'nobody@example.org']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no account with that email/);
  });
});

describe('an import killed half way', () => {
  function cli(args: string[], env: NodeJS.ProcessEnv) {
    return spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main/cli.ts'), ...args], {
      cwd: ROOT,
      env,
    });
  }

  it('leaves no half activity and no duplicate once run again', async () => {
    const env = { ...process.env };
    const folder = join(FIXTURES, 'fit');
    // Killed as soon as the first file is in: the rest were never done or were mid-transaction.
    const child = cli(['import', folder], env);
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (/imported/.test(chunk.toString())) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    const again = await new Promise<string>((resolve) => {
      let out = '';
      const c = cli(['import', folder, '--json'], env);
      c.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
      });
      c.on('exit', () => resolve(out));
    });
    const summary = JSON.parse(again);
    expect(summary.failed).toEqual([]);
    expect(summary.duplicates).toBeGreaterThan(0);
    expect(summary.imported).toBeGreaterThan(0);

    process.env.RUNSTRONG_DATA_DIR = mkdtempSync(join(tmpdir(), 'runstrong-clean-'));
    const clean = JSON.parse((await run(['import', folder, '--json'])).out);
    process.env.RUNSTRONG_DATA_DIR = env.RUNSTRONG_DATA_DIR;
    const list = JSON.parse((await run(['activities', '--json'])).out);
    expect(list).toHaveLength(clean.imported);
    expect(new Set(list.map((a: { start: string }) => a.start)).size).toBe(list.length);
  }, 60_000);
});
