// GPX reading throughput and memory: runstrong's parseGpx (fast-xml-parser tree) against
// @xmldom/xmldom's DOMParser + @tmcw/togeojson's gpx() (a reference only) on the same ~20 MB
// document, built in memory by repeating the track points of a fixture.
// Run: node --import tsx bench/gpx.bench.ts [--json] [--reps N]
//   Speed: both readers in this process, taking turns, median of N repetitions (default 3).
//   Memory (not with --json): peak RSS of a fresh child process per reader that builds the
//   document and reads it once, next to the RSS it had before reading.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gpx } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { parseGpx } from '../src/adapters/files/gpx.js';

const FIXTURE = fileURLToPath(
  new URL('../test/fixtures/activities/gpx/togeojson__run.gpx', import.meta.url),
);
const TARGET_CHARS = 20e6;

type Reader = 'ours' | 'peer';

/** The fixture with its track points repeated until the document reaches TARGET_CHARS. */
function buildDocument(): string {
  const source = readFileSync(FIXTURE, 'utf8');
  const first = source.indexOf('<trkpt');
  const last = source.lastIndexOf('</trkpt>') + '</trkpt>'.length;
  const points = source.slice(first, last);
  const copies = Math.ceil((TARGET_CHARS - source.length) / points.length) + 1;
  return source.slice(0, first) + points.repeat(copies) + source.slice(last);
}

/** Reads the document; returns the number of points read, so the work cannot be skipped. */
function read(reader: Reader, text: string): number {
  if (reader === 'ours') return parseGpx(text, 'bench.gpx').samples.length;
  const doc = new DOMParser().parseFromString(text, 'text/xml');
  const features = gpx(doc as unknown as Document).features;
  let points = 0;
  for (const f of features) {
    if (f.geometry?.type === 'LineString') points += f.geometry.coordinates.length;
  }
  return points;
}

// A full collection before each timed read, outside the timing, so neither reader pays for the
// garbage the other left behind.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const MB = 1024 * 1024;

// Child mode: build, note RSS, read once, report RSS before and at peak (maxRSS is in KiB).
const childAt = process.argv.indexOf('--child');
if (childAt >= 0) {
  const reader = process.argv[childAt + 1] as Reader;
  const text = buildDocument();
  const beforeMb = process.memoryUsage().rss / MB;
  read(reader, text);
  const peakMb = (process.resourceUsage().maxRSS * 1024) / MB;
  console.log(JSON.stringify({ beforeMb, peakMb }));
  process.exit(0);
}

function childMemory(reader: Reader): { beforeMb: number; peakMb: number } {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', reader],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (r.status !== 0) throw new Error(`memory child for ${reader} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

const json = process.argv.includes('--json');
const repsAt = process.argv.indexOf('--reps');
const reps = repsAt >= 0 ? Math.max(1, Number(process.argv[repsAt + 1])) : 3;

const text = buildDocument();
const megabytes = Buffer.byteLength(text) / 1e6;
const ourPoints = read('ours', text); // warm-up, and the point counts to print
const peerPoints = read('peer', text);
const seconds: Record<Reader, number[]> = { ours: [], peer: [] };
for (let r = 0; r < reps; r++) {
  for (const reader of ['ours', 'peer'] as const) {
    collectGarbage();
    const started = performance.now();
    read(reader, text);
    seconds[reader].push((performance.now() - started) / 1000);
  }
}
const mbps = megabytes / median(seconds.ours);
const peerMbps = megabytes / median(seconds.peer);
const ratio = mbps / peerMbps;
const round1 = (x: number) => Math.round(x * 10) / 10;

if (json) {
  console.log(
    JSON.stringify({
      gpx: { mbps: round1(mbps), peerMbps: round1(peerMbps), ratio: round1(ratio) },
    }),
  );
} else {
  const ours = childMemory('ours');
  const peer = childMemory('peer');
  const mem = (m: { beforeMb: number; peakMb: number }) =>
    `peak RSS ${m.peakMb.toFixed(0)} MB (${m.beforeMb.toFixed(0)} MB before reading)`;
  console.log(`GPX read of a ${megabytes.toFixed(1)} MB document, median of ${reps}`);
  console.log(
    `  runstrong parseGpx            ${mbps.toFixed(1)} MB/s  ${ourPoints} points  ${mem(ours)}`,
  );
  console.log(
    `  xmldom + togeojson gpx()      ${peerMbps.toFixed(1)} MB/s  ${peerPoints} points  ${mem(peer)}`,
  );
  console.log(`  ratio                         ${ratio.toFixed(1)}×`);
}
