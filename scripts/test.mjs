// Runs every test with vitest and ends with one plain summary line
// ("N passed, N failed, N skipped") that CI logs and people can read at a glance.
// Two runs: the main config, then the browser tests (vitest.browser.config.ts, real Chromium);
// the summary line adds both up.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'runstrong-test-'));
const vitest = join(require.resolve('vitest/package.json'), '..', 'vitest.mjs');
const extra = process.argv.slice(2);

function run(name, configArgs) {
  const report = join(dir, `${name}.json`);
  const r = spawnSync(
    process.execPath,
    [
      vitest,
      'run',
      ...configArgs,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
      ...extra,
    ],
    { stdio: 'inherit', env: { ...process.env, NO_COLOR: '1' } },
  );
  try {
    const j = JSON.parse(readFileSync(report, 'utf8'));
    return {
      status: r.status ?? 1,
      passed: j.numPassedTests,
      failed: j.numFailedTests,
      skipped: j.numPendingTests + j.numTodoTests,
      total: j.numTotalTests,
    };
  } catch {
    // No report: vitest itself failed (a config or syntax error); count it as one failure.
    return { status: r.status || 1, passed: 0, failed: 1, skipped: 0, total: 1 };
  }
}

const runs = [
  run('main', []),
  // A filter given on the command line may match no browser test: that is not a failure.
  run('browser', [
    '--config',
    'vitest.browser.config.ts',
    ...(extra.length > 0 ? ['--passWithNoTests'] : []),
  ]),
];
const sum = (key) => runs.reduce((n, r) => n + r[key], 0);
console.log(`\ntests: ${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped`);
let status = runs.find((r) => r.status !== 0)?.status ?? 0;
if (sum('total') === 0) status = 1;
rmSync(dir, { recursive: true, force: true });
process.exit(status);
