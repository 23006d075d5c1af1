// FIT decoding throughput: runstrong's decoder against fit-file-parser (a reference only) over
// the copyable FIT fixtures, repeated to at least 50 MB, in the same process.
// Run: node --import tsx bench/fit.bench.ts [--json] [--per-file]
// --per-file also prints each fixture's own throughput, decoded 20 times in a row.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import FitParser from 'fit-file-parser';
import { decodeFit } from '../src/adapters/files/fit/decode.js';

const FIXTURES = fileURLToPath(new URL('../test/fixtures/activities/fit/', import.meta.url));
const MIN_TOTAL_BYTES = 50e6;

// A full collection before each timed phase, outside the timing, so neither decoder pays for
// the garbage the other left behind.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

async function peerParses(buffer: Buffer): Promise<boolean> {
  try {
    await new FitParser().parseAsync(buffer as Buffer<ArrayBuffer>);
    return true;
  } catch {
    return false;
  }
}

// Only files both decoders read (fit-file-parser rejects the truncated one), so both do the same work.
const files: Buffer[] = [];
const names: string[] = [];
for (const name of readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.fit'))
  .sort()) {
  const buffer = readFileSync(join(FIXTURES, name));
  if (await peerParses(buffer)) {
    files.push(buffer);
    names.push(name);
  }
}
const setBytes = files.reduce((n, f) => n + f.length, 0);
/** Rounds run in blocks (see below). */
const BLOCKS = 5;
const blockRounds = Math.ceil(MIN_TOTAL_BYTES / setBytes / BLOCKS);
const rounds = blockRounds * BLOCKS;
const totalBytes = setBytes * rounds;
const views = files.map((f) => new Uint8Array(f.buffer, f.byteOffset, f.length));

function oursOnce(): number {
  let records = 0;
  for (const bytes of views) records += decodeFit(bytes).records.length;
  return records;
}

async function peerOnce(): Promise<number> {
  let records = 0;
  for (const buffer of files)
    records += ((await new FitParser().parseAsync(buffer as Buffer<ArrayBuffer>)).records ?? [])
      .length;
  return records;
}

// Warm both up (JIT, and our per-definition reader cache) before timing.
oursOnce();
await peerOnce();

// Blocks of rounds alternate between the two, so that both see the same machine load over time;
// each block starts after a full collection and pays for its own garbage, as a long import does.
let oursSec = 0;
let peerSec = 0;
let ourRecords = 0;
let peerRecords = 0;
for (let b = 0; b < BLOCKS; b++) {
  collectGarbage();
  let started = performance.now();
  for (let r = 0; r < blockRounds; r++) ourRecords += oursOnce();
  oursSec += (performance.now() - started) / 1000;
  collectGarbage();
  started = performance.now();
  for (let r = 0; r < blockRounds; r++) peerRecords += await peerOnce();
  peerSec += (performance.now() - started) / 1000;
}

const mbps = totalBytes / 1e6 / oursSec;
const peerMbps = totalBytes / 1e6 / peerSec;
const ratio = mbps / peerMbps;
const round1 = (x: number) => Math.round(x * 10) / 10;

if (process.argv.includes('--json')) {
  console.log(
    JSON.stringify({
      fit: { mbps: round1(mbps), peerMbps: round1(peerMbps), ratio: round1(ratio) },
    }),
  );
} else {
  console.log(
    `FIT decode over ${files.length} fixtures × ${rounds} = ${(totalBytes / 1e6).toFixed(1)} MB`,
  );
  console.log(`  runstrong decodeFit  ${mbps.toFixed(1)} MB/s  (${ourRecords} records)`);
  console.log(`  fit-file-parser      ${peerMbps.toFixed(1)} MB/s  (${peerRecords} records)`);
  console.log(`  ratio                ${ratio.toFixed(1)}×`);
}

if (process.argv.includes('--per-file')) {
  const REPEATS = 20;
  console.log('  per file, ours decoded 20 times in a row:');
  views.forEach((bytes, i) => {
    const started = performance.now();
    for (let r = 0; r < REPEATS; r++) decodeFit(bytes);
    const ms = (performance.now() - started) / REPEATS;
    console.log(
      `    ${names[i]!.padEnd(70)} ${(bytes.length / 1e3).toFixed(0).padStart(5)} KB ${ms.toFixed(2).padStart(6)} ms ${(bytes.length / 1e3 / ms).toFixed(0).padStart(4)} MB/s`,
    );
  });
}
