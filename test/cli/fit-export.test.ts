// `runstrong plan --format fit --out DIR`: one FIT workout file per run of the plan.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFit } from '../../src/adapters/files/fit/decode.js';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { parsePlan } from '../../src/core/plan/schema.js';

const tmp = mkdtempSync(join(tmpdir(), 'runstrong-fit-'));

function run(args: string[]) {
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
    writeBytes: (p, b) => {
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, b);
    },
    today: () => '2027-01-17',
    ask: async () => '',
  };
  return runCli(args, io).then((code) => ({ code, out, err }));
}

const planArgs = [
  'plan',
  '--distance',
  '10k',
  '--weeks',
  '8',
  '--days',
  'mon,tue,thu,sat',
  '--weekly-km',
  '25',
  '--recent',
  '5k=22:30',
  '--sex',
  'female',
  '--age',
  '34',
  '--height',
  '168',
  '--weight',
  '61',
];

describe('runstrong plan --format fit', () => {
  it('writes one workout file per run session, named by date and type, into a new folder', async () => {
    const json = await run([...planArgs, '--format', 'json']);
    const plan = parsePlan(JSON.parse(json.out));
    const expected = plan.weeks
      .flatMap((w) =>
        w.days.flatMap((d) =>
          d.sessions.filter((s) => s.kind === 'run').map((s) => `${d.date}-${s.type}.fit`),
        ),
      )
      .sort();

    const dir = join(tmp, 'new', 'workouts');
    const r = await run([...planArgs, '--format', 'fit', '--out', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toContain(`Wrote ${expected.length} FIT workout files to ${dir}\n`);
    expect(readdirSync(dir).sort()).toEqual(expected);
    // The plan starts tomorrow (Mon 18 Jan) and ends with the race on the Sunday 8 weeks on.
    expect(expected.at(-1)).toBe('2027-03-14-race.fit');

    const race = decodeFit(new Uint8Array(readFileSync(join(dir, '2027-03-14-race.fit'))));
    expect(race.partial).toBeUndefined();
    expect(race.messages.file_id[0]?.type).toBe('workout');
    expect(race.messages.workout[0]).toMatchObject({
      wkt_name: '2027-03-14 Race: 10K',
      sport: 'running',
    });
    expect(race.messages.workout_step.map((s) => s.intensity)).toEqual([
      'warmup',
      'active',
      'cooldown',
    ]);
  });

  it('exits 2 without --out, before making a plan', async () => {
    const r = await run([...planArgs, '--format', 'fit']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^runstrong: .*--out DIR is required for fit\n$/);
  });

  it('exits 2 when --out names a file rather than a folder', async () => {
    const file = join(tmp, 'plan.md');
    writeFileSync(file, '# not a folder\n');
    const r = await run([...planArgs, '--format', 'fit', '--out', file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^runstrong: --out .*plan\.md: cannot write .*; give a folder\n$/);
  });

  it('creates the folder when run as the real command', () => {
    const dir = join(tmp, 'real', 'nested');
    const p = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/main/cli.ts', ...planArgs, '--format', 'fit', '--out', dir],
      { encoding: 'utf8' },
    );
    expect(p.status).toBe(0);
    const files = readdirSync(dir);
    expect(p.stderr).toContain(`Wrote ${files.length} FIT workout files`);
    expect(files.length).toBeGreaterThan(20);
    expect(files.every((f) => /^\d{4}-\d{2}-\d{2}-[a-z-]+\.fit$/.test(f))).toBe(true);
  });
});
