import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { haversineM } from './distance.js';
import { hidePrivatePoints, insidePrivacyZone } from './privacy.js';
import type { Sample } from './types.js';

// One degree of latitude is 111.195 km on the IUGG mean sphere, so 0.001° north is 111.2 m.
const home = { lat: 51.5, lon: -0.12, radiusM: 200 };

describe('privacy zones', () => {
  it('hides a point 111 m from the centre of a 200 m circle and keeps one 222 m away', () => {
    const samples: Sample[] = [
      { timeSec: 0, lat: 51.501, lon: -0.12, heartRateBpm: 120 },
      { timeSec: 1, lat: 51.502, lon: -0.12, heartRateBpm: 125 },
    ];
    expect(haversineM(51.5, -0.12, 51.501, -0.12)).toBeCloseTo(111.2, 1);
    const shown = hidePrivatePoints(samples, [home]);
    expect(shown[0]).toEqual({ timeSec: 0, heartRateBpm: 120 });
    expect(shown[1]).toEqual(samples[1]);
    expect(samples[0]!.lat).toBe(51.501);
  });

  it('counts a point on the edge as inside', () => {
    const edgeM = haversineM(51.5, -0.12, 51.501, -0.12);
    expect(insidePrivacyZone(51.501, -0.12, [{ ...home, radiusM: edgeM }])).toBe(true);
    expect(insidePrivacyZone(51.501, -0.12, [{ ...home, radiusM: edgeM - 0.01 }])).toBe(false);
  });

  it('gives back every sample unchanged when there is no zone', () => {
    const samples: Sample[] = [{ timeSec: 0, lat: 51.5, lon: -0.12 }];
    expect(hidePrivatePoints(samples, [])).toEqual(samples);
  });

  it('refuses a zone without a positive radius or with an impossible centre', () => {
    expect(() => hidePrivatePoints([], [{ ...home, radiusM: 0 }])).toThrow(InputError);
    expect(() => hidePrivatePoints([], [{ ...home, lat: 91 }])).toThrow(/latitude/);
  });

  it('leaves no shown position inside any zone, and keeps every sample and its time', () => {
    const point = fc.record({
      timeSec: fc.nat(),
      lat: fc.double({ min: 51.49, max: 51.51, noNaN: true }),
      lon: fc.double({ min: -0.13, max: -0.11, noNaN: true }),
    });
    const zone = fc.record({
      lat: fc.double({ min: 51.49, max: 51.51, noNaN: true }),
      lon: fc.double({ min: -0.13, max: -0.11, noNaN: true }),
      radiusM: fc.double({ min: 1, max: 1500, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(point), fc.array(zone, { maxLength: 3 }), (samples, zones) => {
        const shown = hidePrivatePoints(samples, zones);
        expect(shown.map((s) => s.timeSec)).toEqual(samples.map((s) => s.timeSec));
        for (const s of shown) {
          if (s.lat !== undefined) expect(insidePrivacyZone(s.lat, s.lon!, zones)).toBe(false);
        }
      }),
    );
  });
});
