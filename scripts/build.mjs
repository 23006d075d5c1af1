// Compiles the TypeScript sources to dist/ and marks the CLI executable.
// Runs on `npm ci` (prepare), so the bin works without a TypeScript compiler at run time.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

rmSync('dist', { recursive: true, force: true });
run(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json']);
// The bin is one bundle with a chunk per command: loading ~60 small modules one by one cost
// more than the plan itself, and the chunks keep `plan` from loading the server's code.
const esbuild = await import('esbuild');
await esbuild.build({
  entryPoints: ['src/main/cli.ts'],
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: 'dist/bin',
  packages: 'external',
  logLevel: 'warning',
});
chmodSync('dist/bin/cli.js', 0o755);
if (existsSync('web/vite.config.ts')) {
  run(process.execPath, [
    join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js'),
    'build',
    '--config',
    'web/vite.config.ts',
    '--logLevel',
    'warn',
  ]);
}
