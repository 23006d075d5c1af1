import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { bookSec, DANIELS_ROWS } from './daniels-tables.testdata.js';
import { GOAL_DISTANCE_M } from './race-distance.js';
import {
  fractionSustained,
  oxygenCost,
  raceTimeSec,
  VDOT_RANGE,
  vdotFromRace,
  velocityForOxygenCost,
} from './vdot.js';

describe('oxygenCost and fractionSustained', () => {
  it('match hand-worked values of the Daniels–Gilbert equations', () => {
    // -4.60 + 0.182258 × 200 + 0.000104 × 200² = 36.0116
    expect(oxygenCost(200)).toBeCloseTo(36.0116, 10);
    // At t = 0 both exponentials are 1: 0.8 + 0.1894393 + 0.2989558.
    expect(fractionSustained(0)).toBeCloseTo(1.2883951, 10);
    // 0.8 + 0.1894393 e^-0.12778 + 0.2989558 e^-1.932605 = 0.8 + 0.1667155 + 0.0432800
    expect(fractionSustained(10)).toBeCloseTo(1.0099955, 6);
    expect(fractionSustained(10_000)).toBeCloseTo(0.8, 10);
  });

  it('inverts the oxygen cost', () => {
    fc.assert(
      fc.property(fc.double({ min: 50, max: 500, noNaN: true }), (velocityMPerMin) => {
        expect(velocityForOxygenCost(oxygenCost(velocityMPerMin))).toBeCloseTo(velocityMPerMin, 8);
      }),
    );
  });
});

describe('vdotFromRace', () => {
  it('gives the VDOT of every table 5.1 time within 0.3', () => {
    for (const row of DANIELS_ROWS) {
      for (const [goal, time] of Object.entries(row.race)) {
        const distanceM = GOAL_DISTANCE_M[goal as keyof typeof GOAL_DISTANCE_M];
        const vdot = vdotFromRace(distanceM, bookSec(time));
        expect(Math.abs(vdot - row.vdot), `VDOT ${row.vdot} ${goal} ${time}`).toBeLessThanOrEqual(
          0.3,
        );
      }
    }
  });

  it('gives 43.4 for 5k in 22:30, as the table does', () => {
    // Table 5.1 lists 22:41 at VDOT 43 and 22:15 at VDOT 44: 22:30 sits at 43 + 11/26 = 43.42.
    const vdot = vdotFromRace(5000, 22 * 60 + 30);
    expect(vdot.toFixed(1)).toBe('43.4');
    expect(Math.abs(vdot - (43 + 11 / 26))).toBeLessThan(0.1);
  });

  it('refuses results whose VDOT falls outside 15–90, saying so', () => {
    expect(() => vdotFromRace(5000, 60 * 60, 'recent')).toThrow(
      expect.objectContaining({
        name: 'InputError',
        field: 'recent',
        message:
          'recent 5000 m in 1:00:00 gives VDOT 12.7, outside the 15–90 these formulas and ' +
          'tables cover; check the distance and the time',
      }),
    );
    expect(() => vdotFromRace(5000, 11 * 60 + 30)).toThrow(/gives VDOT 9\d\.\d, outside/);
  });

  it('refuses distances outside 1500 m – 42,195 m and times that are not times', () => {
    for (const [distanceM, timeSec] of [
      [800, 150],
      [50_000, 4 * 3600],
      [5000, 0],
      [5000, -1],
      [5000, Number.NaN],
      [Number.NaN, 1200],
    ] as const) {
      expect(() => vdotFromRace(distanceM, timeSec), `${distanceM} ${timeSec}`).toThrow(InputError);
    }
  });
});

describe('raceTimeSec', () => {
  const vdot = fc.double({ min: VDOT_RANGE.min, max: VDOT_RANGE.max, noNaN: true });

  it('inverts vdotFromRace over the whole range', () => {
    const distanceM = fc.double({ min: 1500, max: 42_195, noNaN: true });
    fc.assert(
      fc.property(vdot, distanceM, (v, d) => {
        expect(vdotFromRace(d, raceTimeSec(v, d))).toBeCloseTo(v, 6);
      }),
      { numRuns: 5000 },
    );
  });

  it('converges down to 800 m', () => {
    const distanceM = fc.double({ min: 800, max: 1500, noNaN: true });
    fc.assert(
      fc.property(vdot, distanceM, (v, d) => {
        const timeMin = raceTimeSec(v, d) / 60;
        expect(oxygenCost(d / timeMin) / fractionSustained(timeMin)).toBeCloseTo(v, 6);
      }),
      { numRuns: 1000 },
    );
  });

  it('is faster for a fitter runner and longer for a longer race', () => {
    const distanceM = fc.double({ min: 800, max: 42_000, noNaN: true });
    fc.assert(
      fc.property(vdot, distanceM, (v, d) => {
        expect(raceTimeSec(Math.min(v + 0.5, VDOT_RANGE.max), d)).toBeLessThanOrEqual(
          raceTimeSec(v, d),
        );
        expect(raceTimeSec(v, d + 100)).toBeGreaterThan(raceTimeSec(v, d));
      }),
    );
  });

  it('refuses a VDOT outside 15–90 as a programming error', () => {
    expect(() => raceTimeSec(14.9, 5000)).toThrow(RangeError);
    expect(() => raceTimeSec(90.1, 5000)).toThrow(RangeError);
    expect(() => raceTimeSec(50, 0)).toThrow(RangeError);
  });
});
