// npm run bench:web: how much JavaScript the web app's first load costs, gzipped.
// "First load" is the entry chunk and every chunk it imports statically (what the browser must
// fetch before the first screen runs); screens loaded on demand are listed apart. Reads the
// manifest Vite writes next to the build, so run `npm run build` first.
// Exits 1 when the first load is over the 200 KB budget of issue 5.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'web/dist';
const BUDGET_KB = 200;
const json = process.argv.includes('--json');

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

let manifest: Record<string, ManifestChunk>;
try {
  manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'));
} catch {
  console.error(`no ${DIST}/.vite/manifest.json: build the web app first (npm run build)`);
  process.exit(2);
}

const gzipKb = (file: string) =>
  gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length / 1024;

/** The entry and its static imports, each chunk once. */
function firstLoad(): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return seen;
}

const initial = firstLoad();
const jsChunks = Object.entries(manifest).filter(([, c]) => c.file.endsWith('.js'));
const row = ([key, c]: [string, ManifestChunk]) => ({
  chunk: key,
  file: c.file,
  gzipKb: gzipKb(c.file),
});
const initialRows = jsChunks.filter(([k]) => initial.has(k)).map(row);
const lazyRows = jsChunks.filter(([k]) => !initial.has(k)).map(row);
const firstLoadKb = initialRows.reduce((sum, r) => sum + r.gzipKb, 0);
const lazyKb = lazyRows.reduce((sum, r) => sum + r.gzipKb, 0);

if (json) {
  console.log(
    JSON.stringify(
      {
        firstLoadGzipKb: round(firstLoadKb),
        budgetKb: BUDGET_KB,
        lazyGzipKb: round(lazyKb),
        initial: initialRows,
        lazy: lazyRows,
      },
      null,
      2,
    ),
  );
} else {
  console.log('first load (entry + static imports), gzip -9:');
  for (const r of initialRows)
    console.log(`  ${r.file.padEnd(44)} ${r.gzipKb.toFixed(1).padStart(7)} KB`);
  console.log('loaded when a screen opens:');
  for (const r of lazyRows.sort((a, b) => b.gzipKb - a.gzipKb))
    console.log(`  ${r.file.padEnd(44)} ${r.gzipKb.toFixed(1).padStart(7)} KB`);
  console.log(
    `\nweb first load: ${firstLoadKb.toFixed(1)} KB of JavaScript gzip (budget ${BUDGET_KB} KB); ` +
      `${lazyKb.toFixed(1)} KB more on demand`,
  );
}
if (firstLoadKb > BUDGET_KB) process.exitCode = 1;

function round(kb: number): number {
  return Math.round(kb * 10) / 10;
}
