// `npm start`: until the web app lands, show what the CLI does and a sample plan.
import { runCli } from '../cli/main.js';

const io = {
  out: (t: string) => process.stdout.write(t),
  err: (t: string) => process.stderr.write(t),
  readText: () => '',
  writeText: () => {},
  writeBytes: () => {},
  today: () => new Date().toISOString().slice(0, 10),
  ask: async () => '',
};
await runCli(['--help'], io);
process.stdout.write('\nA sample plan (10K, balanced focus, 25 km a week now):\n\n');
process.exitCode = await runCli(
  [
    'plan',
    '--distance',
    '10k',
    '--weeks',
    '10',
    '--weekly-km',
    '25',
    '--sex',
    'female',
    '--age',
    '32',
    '--height',
    '168',
    '--weight',
    '62',
    '--days',
    'mon,tue,thu,fri,sat',
    '--long-run-day',
    'sat',
  ],
  io,
);
