// Our decoder against fit-file-parser (a reference only) on every clean fixture: the same
// records at the same times, positions and heart rates.
import { readFileSync } from 'node:fs';
import FitParser from 'fit-file-parser';
import { describe, expect, it } from 'vitest';
import { decodeFit } from './decode.js';
import { availableFixtures, fixturePath } from './fixture-files.fixture.js';

const clean = availableFixtures().filter((c) => 'ok' in c.outcome);

interface PeerRecord {
  timestamp?: Date;
  position_lat?: number | null;
  position_long?: number | null;
  heart_rate?: number | null;
}

describe('differential: decodeFit vs fit-file-parser', () => {
  it.each(clean.map((c) => [c.file, c] as const))(
    '%s',
    async (_file, c) => {
      const buffer = readFileSync(fixturePath(c));
      const ours = decodeFit(new Uint8Array(buffer)).records;
      const peer = ((await new FitParser({ force: true, mode: 'list' }).parseAsync(buffer))
        .records ?? []) as PeerRecord[];
      expect(ours.length).toBe(peer.length);
      let mismatches = 0;
      const firstMismatches: string[] = [];
      const differ = (i: number, what: string) => {
        mismatches++;
        if (firstMismatches.length < 5) firstMismatches.push(`record ${i}: ${what}`);
      };
      // NaN is how our columns say "no value"; fit-file-parser leaves the key out or null.
      const ourValue = (key: string, i: number) => {
        const v = ours.column(key).at(i);
        return Number.isNaN(v) ? undefined : v;
      };
      peer.forEach((p, i) => {
        const ourTime = ourValue('timestamp', i);
        const peerTime = p.timestamp === undefined ? undefined : p.timestamp.getTime() / 1000;
        if (ourTime !== peerTime) differ(i, `timestamp ${ourTime} vs ${peerTime}`);
        for (const key of ['position_lat', 'position_long'] as const) {
          const a = ourValue(key, i);
          const b = p[key] ?? undefined;
          if (a === undefined || b === undefined ? a !== b : Math.abs(a - b) > 1e-6)
            differ(i, `${key} ${a} vs ${b}`);
        }
        const heartRate = ourValue('heart_rate', i);
        if (heartRate !== (p.heart_rate ?? undefined))
          differ(i, `heart_rate ${heartRate} vs ${p.heart_rate}`);
      });
      expect(firstMismatches).toEqual([]);
      expect(mismatches).toBe(0);
      // fit-file-parser takes over a second on the largest files even on an idle machine.
    },
    120_000,
  );
});
