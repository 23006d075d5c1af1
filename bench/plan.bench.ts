// npm run bench: how fast plans are made and how fast the CLI starts.
// Prints plans per second over 1,000 seeded random athletes (generate + validate, 16 weeks) and
// the `runstrong plan` process time next to a bare `node -e 0` on the same machine.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { generatePlan } from '../src/core/plan/generate.js';
import type { PlanInput, Weekday } from '../src/core/plan/types.js';

const json = process.argv.includes('--json');
const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** mulberry32: a small seeded generator, so every run benchmarks the same athletes. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function athletes(n: number, seed: number): PlanInput[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: n }, () => {
    const days = WEEKDAYS.filter(() => r() < 0.7);
    if (days.length < 3) days.splice(0, days.length, 'tue', 'thu', 'sat');
    return {
      distance: pick(['5k', '10k', 'half', 'marathon'] as const),
      weeks: 16,
      start: '2027-01-04',
      focus: pick(['endurance', 'balanced', 'muscle'] as const),
      weeklyKm: Math.round(r() * 60),
      days,
      longRunDay: pick(days),
      experience: pick(['beginner', 'intermediate', 'advanced'] as const),
      recent: { distanceM: 5000, timeSec: 1100 + Math.round(r() * 1000) },
      body: {
        sex: pick(['male', 'female'] as const),
        ageYears: 20 + Math.round(r() * 40),
        heightCm: 155 + Math.round(r() * 40),
        weightKg: 50 + Math.round(r() * 45),
      },
      equipment: pick(['gym', 'home', 'bodyweight'] as const),
      upperEmphasis: r() < 0.3,
    };
  });
}

/** ms per plan over the inputs; generatePlan validates its own output, so this times both. */
function timePlans(inputs: readonly PlanInput[]): { msPerPlan: number; valid: number } {
  const t0 = performance.now();
  let valid = 0;
  for (const input of inputs) if (generatePlan(input).ok) valid++;
  return { msPerPlan: (performance.now() - t0) / inputs.length, valid };
}

// A first pass over 1,000 other athletes, timed apart: it is mostly V8 compiling and
// recompiling the generator, which a long-running service pays once. Then the measured pass.
const warmUp = timePlans(athletes(1000, 7));
const inputs = athletes(1000, 42);
const { msPerPlan: planMs, valid: made } = timePlans(inputs);

function medianMs(cmd: string, args: string[], runs = 15): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const p = spawnSync(cmd, args, { stdio: 'ignore' });
    if (p.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${p.status}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

const cli = 'dist/bin/cli.js';
let startup: { nodeMs: number; cliMs: number; ratio: number } | undefined;
if (existsSync(cli)) {
  const args = [
    cli,
    'plan',
    '--distance',
    'half',
    '--weeks',
    '16',
    '--start',
    '2027-01-04',
    '--weekly-km',
    '30',
    '--sex',
    'female',
    '--age',
    '35',
    '--height',
    '165',
    '--weight',
    '60',
    '--format',
    'json',
  ];
  const nodeMs = medianMs(process.execPath, ['-e', '0']);
  const cliMs = medianMs(process.execPath, args);
  startup = { nodeMs, cliMs, ratio: cliMs / nodeMs };
}

const result = {
  plans: { count: inputs.length, valid: made, msPerPlan: planMs, plansPerSec: 1000 / planMs },
  firstPass: { msPerPlan: warmUp.msPerPlan },
  startup,
};
if (json) console.log(JSON.stringify(result));
else {
  console.log(
    `plan generate + validate (16 weeks): ${planMs.toFixed(3)} ms per plan, ${Math.round(1000 / planMs)} plans/s over ${inputs.length} athletes (${made} valid) (goal < 1 ms)`,
  );
  console.log(
    `  first pass over 1,000 other athletes, while V8 compiles the generator: ${warmUp.msPerPlan.toFixed(3)} ms per plan`,
  );
  if (startup)
    console.log(
      `process start: node -e 0 ${startup.nodeMs.toFixed(1)} ms, runstrong plan ${startup.cliMs.toFixed(1)} ms, ratio ${startup.ratio.toFixed(2)} (goal ≤ 2)`,
    );
  else console.log('process start: build first (npm run build) to time the CLI');
}
