#!/usr/bin/env node
// Composition root for the command line: wires the real terminal, files and clock into the CLI.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { runCli } from '../cli/main.js';

let rl: ReturnType<typeof createInterface> | undefined;
const lines: string[] = [];
let lineWaiter: ((line: string) => void) | undefined;
let closed = false;

// `runstrong plan | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readText: (path) => readFileSync(path, 'utf8'),
  writeText: (path, text) => writeFileSync(path, text),
  writeBytes: (path, bytes) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  },
  today: () => {
    const now = new Date();
    const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
    return local.toISOString().slice(0, 10);
  },
  ask: async (question) => {
    // One readline for the whole session, reading answers line by line (works with piped input too).
    if (!rl) {
      rl = createInterface({ input: process.stdin, terminal: false });
      rl.on('line', (line) => {
        if (!lineWaiter) return void lines.push(line);
        const resolve = lineWaiter;
        lineWaiter = undefined;
        resolve(line);
      });
      rl.on('close', () => {
        closed = true;
        lineWaiter?.('');
      });
    }
    process.stdout.write(question);
    const queued = lines.shift();
    if (queued !== undefined) return queued;
    if (closed) return '';
    return new Promise<string>((resolve) => {
      lineWaiter = resolve;
    });
  },
});
rl?.close();
