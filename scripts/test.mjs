// Runs every test with vitest and ends with one plain summary line
// ("N passed, N failed, N skipped") that CI logs and people can read at a glance.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'runstrong-test-'));
const report = join(dir, 'report.json');
const vitest = join(require.resolve('vitest/package.json'), '..', 'vitest.mjs');
const r = spawnSync(
  process.execPath,
  [
    vitest,
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env: { ...process.env, NO_COLOR: '1' } },
);
let status = r.status ?? 1;
try {
  const j = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = j.numPendingTests + j.numTodoTests;
  console.log(
    `\ntests: ${j.numPassedTests} passed, ${j.numFailedTests} failed, ${skipped} skipped`,
  );
  if (j.numTotalTests === 0) status = 1;
} catch {
  console.log('\ntests: 0 passed, 1 failed');
  status = status || 1;
}
rmSync(dir, { recursive: true, force: true });
process.exit(status);
