// Activity samples as one compressed blob. A three-hour run recorded every second is about
// 11,000 samples; a row per sample would dwarf every other table, and nothing queries inside
// a track. Stored by column (all times, then all heart rates…) because neighbouring values
// of one channel are alike and compress far better together than interleaved.
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ActivitySample } from '../../app/ports.js';

const CHANNELS = [
  'timeSec',
  'lat',
  'lon',
  'altitudeM',
  'distanceM',
  'heartRateBpm',
  'cadenceSpm',
  'powerW',
  'speedMps',
] as const satisfies readonly (keyof ActivitySample)[];

type Channel = (typeof CHANNELS)[number];

/** Format version 1: `{ v: 1, n, columns: { channel: (number | null)[] } }`, gzipped JSON. */
interface Encoded {
  v: 1;
  n: number;
  columns: Partial<Record<Channel, (number | null)[]>>;
}

export function encodeSamples(samples: readonly ActivitySample[]): Buffer {
  const columns: Encoded['columns'] = {};
  for (const channel of CHANNELS) {
    // A channel no sample has (no power meter, no GPS indoors) is left out entirely.
    if (samples.some((s) => s[channel] !== undefined)) {
      columns[channel] = samples.map((s) => s[channel] ?? null);
    }
  }
  const encoded: Encoded = { v: 1, n: samples.length, columns };
  return gzipSync(JSON.stringify(encoded));
}

export function decodeSamples(blob: Uint8Array): ActivitySample[] {
  const encoded = JSON.parse(gunzipSync(blob).toString('utf8')) as Encoded;
  if (encoded.v !== 1) throw new Error(`activity samples: unknown format version ${encoded.v}`);
  const present = CHANNELS.filter((c) => encoded.columns[c] !== undefined);
  return Array.from({ length: encoded.n }, (_, i) => {
    const sample: Partial<Record<Channel, number>> = {};
    for (const channel of present) {
      const value = encoded.columns[channel]?.[i];
      if (value !== null && value !== undefined) sample[channel] = value;
    }
    return sample as ActivitySample;
  });
}
