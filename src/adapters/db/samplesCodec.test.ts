import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActivitySample } from '../../app/ports.js';
import { decodeSamples, encodeSamples } from './samplesCodec.js';

// Finite numbers only: NaN and ±Infinity are not readings. -0 is written as 0.
const reading = fc
  .double({ noNaN: true, noDefaultInfinity: true })
  .filter((x) => !Object.is(x, -0));
const sample: fc.Arbitrary<ActivitySample> = fc.record(
  {
    timeSec: reading,
    lat: reading,
    lon: reading,
    altitudeM: reading,
    distanceM: reading,
    heartRateBpm: reading,
    cadenceSpm: reading,
    powerW: reading,
    speedMps: reading,
  },
  { requiredKeys: ['timeSec'], noNullPrototype: true },
);

/** Three hours at one sample a second, like a long run from a GPS watch. */
function longRun(): ActivitySample[] {
  return Array.from({ length: 3 * 3600 }, (_, i) => ({
    timeSec: i,
    lat: 47.3769 + i * 1.1e-5 + Math.sin(i / 50) * 1e-4,
    lon: 8.5417 + i * 0.8e-5,
    altitudeM: Math.round((408 + Math.sin(i / 300) * 25) * 10) / 10,
    distanceM: Math.round(i * 2.9 * 100) / 100,
    heartRateBpm: 140 + Math.round(Math.sin(i / 120) * 12),
    cadenceSpm: 168 + (i % 5),
  }));
}

describe('samples codec', () => {
  it('gives back exactly what it was given, absent readings staying absent', () => {
    fc.assert(
      fc.property(fc.array(sample, { maxLength: 60 }), (samples) => {
        expect(decodeSamples(encodeSamples(samples))).toStrictEqual(samples);
      }),
    );
  });

  it('handles no samples at all', () => {
    expect(decodeSamples(encodeSamples([]))).toEqual([]);
  });

  it('stores a three-hour 1 Hz track in well under half of plain 8-byte numbers', () => {
    const samples = longRun();
    const plainBytes = samples.length * 7 * 8;
    const blob = encodeSamples(samples);
    expect(decodeSamples(blob)).toEqual(samples);
    expect(blob.byteLength).toBeLessThan(plainBytes / 2);
  });

  it('refuses a blob of an unknown format version', () => {
    expect(() => decodeSamples(gzipSync(JSON.stringify({ v: 2, n: 0, columns: {} })))).toThrow(
      /unknown format version 2/,
    );
  });
});
