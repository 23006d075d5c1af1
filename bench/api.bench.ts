// The API speed benchmark of issue 3: 1,000 athletes, each with a year of logged runs and lifts
// and a current plan, in a fresh SQLite store (and PostgreSQL when TEST_DATABASE_URL is set);
// the real server in a process of its own on a free loopback port (bench/api-server.ts);
// autocannon in another process asking for one month's calendar of random athletes with their
// Bearer tokens, 50 connections for ~10 s after an unmeasured warm-up of 3 s.
// Run: npm run bench:api [-- --json] [--athletes N] [--duration S] [--warmup S]
// Goal: p99 under 25 ms.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../src/adapters/db/open.js';
import { secretTokens } from '../src/adapters/security/secret-tokens.js';
import { randomIds } from '../src/adapters/system/ids.js';
import { planInputFrom } from '../src/app/plan.js';
import type { AthleteProfile, LiftLog, RunLog, Store } from '../src/app/ports.js';
import { addDays, weekdayIndex } from '../src/core/dates/calendar.js';
import { generatePlan } from '../src/core/plan/generate.js';
import type { Plan, PlanInput } from '../src/core/plan/types.js';
import type { LoadJob, LoadResult } from './api-load.js';
import type { ServerMessage } from './api-server.js';

const GOAL_P99_MS = 25;
const YEAR_FROM = '2025-01-01';
const DAYS_LOGGED = 365;
const MONTH = { from: '2025-11-01', to: '2025-11-30' };
const ATHLETES_PER_TRANSACTION = 50;
const NOW = '2025-12-31T12:00:00.000Z';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const json = process.argv.includes('--json');
const athleteCount = Number(flag('--athletes') ?? 1000);
const durationSec = Number(flag('--duration') ?? 10);
const warmupSec = Number(flag('--warmup') ?? 3);
const connections = 50;

/** One plan made once and given to every athlete: the store keeps a copy each. */
function benchPlan(): { input: PlanInput; plan: Plan } {
  const profile: AthleteProfile = {
    athleteId: 'bench',
    sex: 'female',
    ageYears: 34,
    heightCm: 168,
    weightKg: 62,
    focus: 'balanced',
    days: ['mon', 'tue', 'thu', 'fri', 'sat', 'sun'],
    longRunDay: 'sun',
    weeklyKm: 40,
    experience: 'intermediate',
    equipment: 'gym',
    units: 'km',
    updatedAt: NOW,
  };
  const input = planInputFrom(profile, { distance: 'half', weeks: 16, start: '2025-10-06' });
  const made = generatePlan(input);
  if (!made.ok) throw new Error(`bench plan: ${made.error.message}`);
  return { input, plan: made.value };
}

/** A year of training: runs five days a week, lifts on two of them. */
async function seedAthlete(
  tx: Store,
  n: number,
  tag: string,
  base: { input: PlanInput; plan: Plan },
): Promise<{ id: string; token: string }> {
  const id = randomIds.newId();
  const token = secretTokens.newToken();
  await tx.users.create({
    id,
    email: `bench-${tag}-${n}@example.test`,
    passwordHash: '',
    name: `Bench ${n}`,
    role: 'athlete',
    createdAt: NOW,
  });
  await tx.apiTokens.create({
    id: randomIds.newId(),
    userId: id,
    name: 'bench',
    tokenHash: secretTokens.hash(token),
    createdAt: NOW,
  });
  await tx.plans.putCurrent({ athleteId: id, ...base, updatedAt: NOW });
  for (let d = 0; d < DAYS_LOGGED; d++) {
    const date = addDays(YEAR_FROM, d);
    const weekday = weekdayIndex(date);
    if (weekday !== 2 && weekday !== 4) {
      const long = weekday === 6;
      const run: RunLog = {
        id: randomIds.newId(),
        athleteId: id,
        date,
        type: long ? 'long' : 'easy',
        distanceKm: long ? 16 : 6 + (n % 5),
        durationMin: long ? 95 : 35 + (n % 5) * 5,
        rpe: long ? 6 : 4,
      };
      await tx.runLogs.add(run);
    }
    if (weekday === 1 || weekday === 4) {
      const lift: LiftLog = {
        id: randomIds.newId(),
        athleteId: id,
        date,
        durationMin: 40,
        rpe: 7,
        sets: [1, 2, 3].map(() => ({ exercise: 'back-squat', reps: 8, loadKg: 60, rir: 2 })),
      };
      await tx.liftLogs.add(lift);
    }
  }
  return { id, token };
}

async function seed(
  options: { dataDir: string; databaseUrl?: string },
  tag: string,
): Promise<{ athletes: { id: string; token: string }[]; seedSec: number }> {
  const started = performance.now();
  const store = await openDatabase(options);
  const base = benchPlan();
  const athletes: { id: string; token: string }[] = [];
  try {
    for (let first = 0; first < athleteCount; first += ATHLETES_PER_TRANSACTION) {
      const last = Math.min(athleteCount, first + ATHLETES_PER_TRANSACTION);
      const batch = await store.transaction(async (tx) => {
        const made: { id: string; token: string }[] = [];
        for (let n = first; n < last; n++) made.push(await seedAthlete(tx, n, tag, base));
        return made;
      });
      athletes.push(...batch);
    }
  } finally {
    await store.close();
  }
  return { athletes, seedSec: (performance.now() - started) / 1000 };
}

/** The server, started in its own process on the store that `env` names. */
async function startServerProcess(env: Record<string, string | undefined>) {
  const script = fileURLToPath(new URL('./api-server.ts', import.meta.url));
  const child = fork(script, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...env },
  });
  const next = () =>
    new Promise<ServerMessage>((resolve, reject) => {
      child.once('message', (message) => resolve(message as ServerMessage));
      child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    });
  const started = await next();
  if (!('url' in started)) throw new Error('bench server did not say where it listens');
  return {
    url: started.url,
    cpu: async () => {
      const reply = next();
      child.send('cpu');
      const answer = await reply;
      if (!('cpu' in answer)) throw new Error('bench server did not give its CPU time');
      return answer.cpu;
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send('close');
      }),
  };
}

function load(job: LoadJob): Promise<LoadResult> {
  const script = fileURLToPath(new URL('./api-load.ts', import.meta.url));
  const child = fork(script, [], { execArgv: ['--import', 'tsx'] });
  return new Promise((resolve, reject) => {
    // A stuck client must not hold the bench open: twice the run and a margin, then give up.
    const timer = setTimeout(
      () => {
        child.kill();
        reject(new Error('load process did not answer in time'));
      },
      ((job.warmupSec + job.durationSec) * 2 + 30) * 1000,
    );
    child.once('message', (result) => {
      clearTimeout(timer);
      resolve(result as LoadResult);
    });
    child.once('error', reject);
    child.send(job);
  });
}

interface DatabaseFigures extends LoadResult {
  database: string;
  /** CPU time of the server's process per request served. */
  serverCpuMsPerRequest: number;
  athletes: number;
  logs: number;
  seedSec: number;
  goalMet: boolean;
}

async function benchDatabase(
  env: Record<string, string | undefined>,
  seedOptions: { dataDir: string; databaseUrl?: string },
  name: string,
): Promise<DatabaseFigures> {
  const { athletes, seedSec } = await seed(seedOptions, `${Date.now().toString(36)}`);
  const server = await startServerProcess(env);
  try {
    const cpuBefore = await server.cpu();
    const result = await load({
      url: server.url,
      athletes,
      ...MONTH,
      connections,
      durationSec,
      warmupSec,
    });
    return {
      database: name,
      athletes: athletes.length,
      logs: athletes.length * logsPerAthlete(),
      seedSec: Math.round(seedSec * 10) / 10,
      ...result,
      serverCpuMsPerRequest: cpuMsPer(cpuBefore, await server.cpu(), result),
      goalMet: result.p99Ms < GOAL_P99_MS && result.non2xx === 0 && result.errors === 0,
    };
  } finally {
    await server.close();
    // A PostgreSQL database outlives the run: take the bench's athletes (and, by cascade,
    // everything they own) out of it again.
    if (seedOptions.databaseUrl) await removeAthletes(seedOptions, athletes);
  }
}

async function removeAthletes(
  options: { dataDir: string; databaseUrl?: string },
  athletes: { id: string }[],
): Promise<void> {
  const store = await openDatabase(options);
  try {
    for (const { id } of athletes) await store.users.remove(id);
  } finally {
    await store.close();
  }
}

function cpuMsPer(before: NodeJS.CpuUsage, after: NodeJS.CpuUsage, result: LoadResult): number {
  const micros = after.user - before.user + (after.system - before.system);
  const ms = micros / 1000 / (result.requests + result.warmupRequests);
  return Math.round(ms * 100) / 100;
}

function logsPerAthlete(): number {
  let count = 0;
  for (let d = 0; d < DAYS_LOGGED; d++) {
    const weekday = weekdayIndex(addDays(YEAR_FROM, d));
    if (weekday !== 2 && weekday !== 4) count += 1;
    if (weekday === 1 || weekday === 4) count += 1;
  }
  return count;
}

const figures: DatabaseFigures[] = [];
const sqliteDir = mkdtempSync(join(tmpdir(), 'runstrong-bench-api-'));
try {
  figures.push(
    await benchDatabase({ RUNSTRONG_DATA_DIR: sqliteDir }, { dataDir: sqliteDir }, 'sqlite'),
  );
} finally {
  rmSync(sqliteDir, { recursive: true, force: true });
}
const pgUrl = process.env.TEST_DATABASE_URL;
if (pgUrl) {
  const pgDir = mkdtempSync(join(tmpdir(), 'runstrong-bench-api-pg-'));
  try {
    figures.push(
      await benchDatabase(
        { DATABASE_URL: pgUrl, RUNSTRONG_DATA_DIR: pgDir },
        { dataDir: pgDir, databaseUrl: pgUrl },
        'postgres',
      ),
    );
  } finally {
    rmSync(pgDir, { recursive: true, force: true });
  }
}

if (json) {
  process.stdout.write(
    `${JSON.stringify({ goalP99Ms: GOAL_P99_MS, connections, durationSec, warmupSec, results: figures })}\n`,
  );
} else {
  console.log(
    `GET /api/athletes/{id}/calendar for ${MONTH.from}..${MONTH.to}, ${connections} connections, ${durationSec} s after ${warmupSec} s of warm-up, random athletes by Bearer token`,
  );
  for (const f of figures) {
    console.log(
      `${f.database.padEnd(8)} ${f.athletes} athletes, ${f.logs} logs (seeded in ${f.seedSec} s): ` +
        `${Math.round(f.requestsPerSec)} req/s, p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms, ` +
        `server CPU ${f.serverCpuMsPerRequest} ms and client CPU ${f.clientCpuMsPerRequest} ms per request ` +
        `(goal < ${GOAL_P99_MS} ms: ${f.goalMet ? 'met' : 'NOT met'}; non-2xx ${f.non2xx}, errors ${f.errors})`,
    );
  }
  if (!pgUrl) console.log('PostgreSQL: skipped (set TEST_DATABASE_URL to run it)');
}
