// FIT decoding throughput: runstrong's decoder against fit-file-parser (a reference only) over
// the copyable FIT fixtures, repeated to at least 50 MB, in one run.
// Run: node --import tsx bench/fit.bench.ts [--json] [--per-file]
// --per-file also prints each fixture's own throughput, decoded 20 times in a row.
//
// Each decoder runs in a child process of its own, with its own heap and collector, so
// neither pays for the garbage the other leaves (fit-file-parser makes an object per record)
// and neither needs a forced collection, which would measure the collector and the first
// touch of freshly mapped memory more than decoding.
import { fork } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import FitParser from 'fit-file-parser';
import { decodeFit } from '../src/adapters/files/fit/decode.js';

const FIXTURES = fileURLToPath(new URL('../test/fixtures/activities/fit/', import.meta.url));
const MIN_TOTAL_BYTES = 50e6;
/** Rounds run in blocks, the two decoders alternating block by block. */
const BLOCKS = 5;
/** Each decoder warms up (JIT) for this long, and at least WARM_ROUNDS rounds, before timing. */
const WARM_MS = 2000;
const WARM_ROUNDS = 3;
const PER_FILE_REPEATS = 20;

type Decoder = 'ours' | 'peer';
type Request = { rounds: number } | { warm: true } | { perFile: true };
type Reply = { ms: number; records: number } | { perFile: string[] };

async function peerRecords(buffer: Buffer): Promise<number> {
  const parsed = await new FitParser().parseAsync(buffer as Buffer<ArrayBuffer>);
  return (parsed.records ?? []).length;
}

/** The fixtures both decoders read (fit-file-parser rejects the truncated one), sorted by name. */
async function benchFiles(): Promise<{ names: string[]; buffers: Buffer[] }> {
  const names: string[] = [];
  const buffers: Buffer[] = [];
  for (const name of readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.fit'))
    .sort()) {
    const buffer = readFileSync(join(FIXTURES, name));
    try {
      await peerRecords(buffer);
      names.push(name);
      buffers.push(buffer);
    } catch {
      // left out: the peer cannot read it
    }
  }
  return { names, buffers };
}

/** In a child process: runs one decoder's rounds when the parent asks. */
async function serveDecoder(decoder: Decoder, names: string[]): Promise<void> {
  const buffers = names.map((name) => readFileSync(join(FIXTURES, name)));
  const views = buffers.map((b) => new Uint8Array(b.buffer, b.byteOffset, b.length));
  const once =
    decoder === 'ours'
      ? async () => {
          let records = 0;
          for (const bytes of views) records += decodeFit(bytes).records.length;
          return records;
        }
      : async () => {
          let records = 0;
          for (const buffer of buffers) records += await peerRecords(buffer);
          return records;
        };
  const answer = async (request: Request): Promise<Reply> => {
    if ('warm' in request) {
      const started = performance.now();
      for (let r = 0; r < WARM_ROUNDS || performance.now() - started < WARM_MS; r++) await once();
      return { ms: 0, records: 0 };
    }
    if ('perFile' in request) {
      return {
        perFile: views.map((bytes, i) => {
          const started = performance.now();
          for (let r = 0; r < PER_FILE_REPEATS; r++) decodeFit(bytes);
          const ms = (performance.now() - started) / PER_FILE_REPEATS;
          return `    ${names[i]!.padEnd(70)} ${(bytes.length / 1e3).toFixed(0).padStart(5)} KB ${ms.toFixed(2).padStart(6)} ms ${(bytes.length / 1e3 / ms).toFixed(0).padStart(4)} MB/s`;
        }),
      };
    }
    let records = 0;
    const started = performance.now();
    for (let r = 0; r < request.rounds; r++) records += await once();
    return { ms: performance.now() - started, records };
  };
  process.on('message', async (request: Request) => process.send!(await answer(request)));
}

/** Starts a child process that runs one decoder (this file with --decoder). */
function startDecoder(decoder: Decoder, names: string[]) {
  const child = fork(fileURLToPath(import.meta.url), ['--decoder', decoder, ...names], {
    execArgv: ['--import', 'tsx'],
  });
  const ask = <R extends Reply>(request: Request) =>
    new Promise<R>((resolve, reject) => {
      child.once('message', (reply) => resolve(reply as R));
      child.once('error', reject);
      child.send(request);
    });
  return { ask, stop: () => child.kill() };
}

async function main(): Promise<void> {
  const { names, buffers } = await benchFiles();
  const setBytes = buffers.reduce((n, f) => n + f.length, 0);
  const blockRounds = Math.ceil(MIN_TOTAL_BYTES / setBytes / BLOCKS);
  const rounds = blockRounds * BLOCKS;
  const totalBytes = setBytes * rounds;

  const ours = startDecoder('ours', names);
  const peer = startDecoder('peer', names);
  // One at a time, so that each has the machine to itself while it runs.
  await ours.ask({ warm: true });
  await peer.ask({ warm: true });
  let oursMs = 0;
  let peerMs = 0;
  let ourRecords = 0;
  let theirRecords = 0;
  for (let b = 0; b < BLOCKS; b++) {
    const mine = await ours.ask<{ ms: number; records: number }>({ rounds: blockRounds });
    oursMs += mine.ms;
    ourRecords += mine.records;
    const theirs = await peer.ask<{ ms: number; records: number }>({ rounds: blockRounds });
    peerMs += theirs.ms;
    theirRecords += theirs.records;
  }
  peer.stop();

  const mbps = totalBytes / 1e3 / oursMs;
  const peerMbps = totalBytes / 1e3 / peerMs;
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
      `FIT decode over ${names.length} fixtures × ${rounds} = ${(totalBytes / 1e6).toFixed(1)} MB, each decoder in its own process after ${WARM_MS / 1000} s of warm-up`,
    );
    console.log(`  runstrong decodeFit  ${mbps.toFixed(1)} MB/s  (${ourRecords} records)`);
    console.log(`  fit-file-parser      ${peerMbps.toFixed(1)} MB/s  (${theirRecords} records)`);
    console.log(`  ratio                ${ratio.toFixed(1)}×`);
  }
  if (process.argv.includes('--per-file')) {
    console.log(`  per file, ours decoded ${PER_FILE_REPEATS} times in a row:`);
    const { perFile } = await ours.ask<{ perFile: string[] }>({ perFile: true });
    for (const line of perFile) console.log(line);
  }
  ours.stop();
}

const decoderAt = process.argv.indexOf('--decoder');
if (decoderAt < 0) await main();
else await serveDecoder(process.argv[decoderAt + 1] as Decoder, process.argv.slice(decoderAt + 2));
