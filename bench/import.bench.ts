// The import benchmark of issue 4, in one run:
//   fit   runstrong's FIT decoder against fit-file-parser (bench/fit.bench.ts, run as is: a
//         child process per decoder)
//   gpx   runstrong's GPX reader against xmldom + togeojson (bench/gpx.bench.ts, run as is)
//   bulk  2,000 distinct activity files made from the fixtures, imported end to end (walk,
//         read, hash, decode, summarise, one transaction each) into a fresh SQLite store by a
//         child process, timed, with that child's peak RSS.
// Run: npm run bench:import [-- --json] [--files N]
// Goals: FIT ≥ 10× the peer and ≥ 100 MB/s, GPX ≥ 5×, bulk under 60 s and 400 MB.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../src/adapters/db/open.js';
import { activityFiles } from '../src/adapters/files/activity-files.js';
import { decodeFit } from '../src/adapters/files/fit/decode.js';
import {
  encodeFit,
  type FitOutGroup,
  type FitOutMessage,
} from '../src/adapters/files/fit/fit-writer.js';
import { messageSpec } from '../src/adapters/files/fit/profile.js';
import type { FitMessage } from '../src/adapters/files/fit/types.js';
import { activitySources } from '../src/adapters/files/sources.js';
import { systemClock } from '../src/adapters/system/clock.js';
import { randomIds } from '../src/adapters/system/ids.js';
import { importFiles } from '../src/app/import-files.js';

const FIXTURES = fileURLToPath(new URL('../test/fixtures/activities/', import.meta.url));
const DAY_SEC = 86_400;
const MB = 1024 * 1024;

interface Bulk {
  files: number;
  activities: number;
  seconds: number;
  peakMb: number;
}

// ---- making distinct files ----------------------------------------------------------------

/** The FIT messages an activity is made of, by global number; the rest is left out. */
const FIT_KINDS = {
  file_id: 0,
  sport: 12,
  session: 18,
  lap: 19,
  record: 20,
  event: 21,
  activity: 34,
  set: 225,
} as const;

/**
 * The FIT file decoded and written again with every date-time moved by shiftSec: a new file
 * with its own bytes and start. Array fields and developer fields are dropped on the way.
 */
function shiftedFit(bytes: Uint8Array, shiftSec: number): Uint8Array {
  const fit = decodeFit(bytes);
  const groups: FitOutGroup[] = [];
  for (const [name, globalNum] of Object.entries(FIT_KINDS)) {
    const spec = messageSpec(globalNum)!;
    const dateFields = new Set(
      [...spec.fields.values()].filter((f) => f.conversion === 'date_time').map((f) => f.name),
    );
    const known = new Set([...spec.fields.values()].map((f) => f.name));
    const decoded: FitMessage[] =
      name === 'record'
        ? fit.records.messages()
        : fit.messages[name as Exclude<keyof typeof FIT_KINDS, 'record'>];
    const messages = decoded.map((m) => {
      const out: Record<string, number | string> = {};
      for (const [key, value] of Object.entries(m)) {
        if (!known.has(key) || (typeof value !== 'number' && typeof value !== 'string')) continue;
        out[key] = dateFields.has(key) && typeof value === 'number' ? value + shiftSec : value;
      }
      return out as FitOutMessage;
    });
    if (messages.length > 0) groups.push({ globalNum, messages });
  }
  return encodeFit(groups);
}

const ISO_INSTANT = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?/g;

/** The GPX or TCX text with every timestamp moved by shiftSec. */
function shiftedXml(text: string, shiftSec: number): string {
  return text.replace(ISO_INSTANT, (t) => {
    const ms = Date.parse(/Z|[+-]\d\d:\d\d$/.test(t) ? t : `${t}Z`);
    return Number.isNaN(ms) ? t : new Date(ms + shiftSec * 1000).toISOString();
  });
}

/** Fixtures that import cleanly and carry times (a route without times has no start to shift). */
async function usableFixtures(): Promise<{ name: string; bytes: Buffer }[]> {
  const out: { name: string; bytes: Buffer }[] = [];
  for (const kind of ['fit', 'gpx', 'tcx']) {
    for (const name of readdirSync(join(FIXTURES, kind)).sort()) {
      const bytes = readFileSync(join(FIXTURES, kind, name));
      try {
        const activity = await activityFiles.read(name, bytes);
        const timed = activity.samples.some((s) => s.timeSec > 0);
        if (timed && !activity.partial && !name.startsWith('muktihari__big')) {
          out.push({ name, bytes });
        }
      } catch {
        // Files that do not import are the damage tests' business, not the bench's.
      }
    }
  }
  return out;
}

/** count distinct files in folder: fixture i mod n, shifted by i days and i seconds. */
async function makeFiles(folder: string, count: number): Promise<number> {
  const fixtures = await usableFixtures();
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const { name, bytes: source } = fixtures[i % fixtures.length]!;
    const shiftSec = (i + 1) * DAY_SEC + i;
    const data = name.endsWith('.fit')
      ? shiftedFit(source, shiftSec)
      : Buffer.from(shiftedXml(source.toString('utf8'), shiftSec));
    const file = join(folder, String(Math.floor(i / 100)), `${i}-${name}`);
    if (i % 100 === 0) mkdirSync(join(folder, String(Math.floor(i / 100))), { recursive: true });
    writeFileSync(file, data);
    bytes += data.length;
  }
  return bytes;
}

// ---- the bulk import, in a child process --------------------------------------------------

async function bulkChild(folder: string, storeDir: string): Promise<void> {
  const started = performance.now();
  const store = await openDatabase({ dataDir: storeDir });
  const athleteId = randomIds.newId();
  await store.users.create({
    id: athleteId,
    email: 'bench@localhost',
    passwordHash: '',
    name: 'bench',
    role: 'athlete',
    createdAt: systemClock.now(),
  });
  const summary = await importFiles(
    { store, clock: systemClock, ids: randomIds, files: activityFiles },
    athleteId,
    activitySources([folder]),
  );
  await store.close();
  const seconds = (performance.now() - started) / 1000;
  const result: Bulk = {
    files: summary.files.length,
    activities: summary.imported,
    seconds: Math.round(seconds * 10) / 10,
    peakMb: Math.round((process.resourceUsage().maxRSS * 1024) / MB),
  };
  if (summary.failed.length > 0) console.error(JSON.stringify(summary.failed.slice(0, 5)));
  console.log(JSON.stringify(result));
}

function runChild(args: string[]): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    encoding: 'utf8',
    maxBuffer: 16 * MB,
  });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout.trim().split('\n').pop()!;
}

const bench = (file: string) => fileURLToPath(new URL(file, import.meta.url));

// ---- main ---------------------------------------------------------------------------------

const childAt = process.argv.indexOf('--bulk-child');
if (childAt >= 0) {
  await bulkChild(process.argv[childAt + 1]!, process.argv[childAt + 2]!);
  process.exit(0);
}

const json = process.argv.includes('--json');
const filesAt = process.argv.indexOf('--files');
const fileCount = filesAt >= 0 ? Number(process.argv[filesAt + 1]) : 2000;

const { fit } = JSON.parse(runChild([bench('./fit.bench.ts'), '--json']));
const { gpx } = JSON.parse(runChild([bench('./gpx.bench.ts'), '--json']));

const work = mkdtempSync(join(tmpdir(), 'runstrong-bench-import-'));
let bulk: Bulk;
let madeBytes: number;
try {
  madeBytes = await makeFiles(join(work, 'files'), fileCount);
  bulk = JSON.parse(
    runChild([
      fileURLToPath(import.meta.url),
      '--bulk-child',
      join(work, 'files'),
      join(work, 'store'),
    ]),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (json) {
  console.log(JSON.stringify({ fit, gpx, bulk }));
} else {
  const check = (ok: boolean) => (ok ? 'goal met' : 'GOAL MISSED');
  console.log('Import benchmark');
  console.log(
    `  FIT decode   runstrong ${fit.mbps} MB/s, fit-file-parser ${fit.peerMbps} MB/s, ${fit.ratio}× (${check(fit.ratio >= 10 && fit.mbps >= 100)}: ≥ 10× and ≥ 100 MB/s)`,
  );
  console.log(
    `  GPX read     runstrong ${gpx.mbps} MB/s, xmldom + togeojson ${gpx.peerMbps} MB/s, ${gpx.ratio}× (${check(gpx.ratio >= 5)}: ≥ 5×)`,
  );
  console.log(
    `  bulk import  ${bulk.files} files (${(madeBytes / 1e6).toFixed(0)} MB) → ${bulk.activities} activities in ${bulk.seconds} s, peak RSS ${bulk.peakMb} MB (${check(bulk.seconds < 60 && bulk.peakMb < 400)}: < 60 s, < 400 MB)`,
  );
}
