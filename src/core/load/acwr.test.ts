import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/calendar.js';
import { acwr } from './acwr.js';
import type { DailyLoad } from './daily-load.js';

const ON = '2026-04-28';

/** Loads on consecutive days ending on ON: the last entry is ON's. */
const endingOn = (loads: number[]): DailyLoad[] =>
  loads.map((load, i) => ({ date: addDays(ON, i - loads.length + 1), load }));

const weeks = (a: number, b: number) => [...Array(21).fill(a), ...Array(7).fill(b)];

describe('acwr', () => {
  it('is 1 for a steady month', () => {
    expect(acwr(endingOn(Array(28).fill(300)), ON)).toEqual({
      acuteMean: 300,
      chronicMean: 300,
      ratio: 1,
      zone: 'target',
    });
  });

  it('hand-worked: three weeks at 100 a day, then a week at 200 → 200 / 125 = 1.6, a spike', () => {
    const r = acwr(endingOn(weeks(100, 200)), ON)!;
    expect(r).toMatchObject({ acuteMean: 200, chronicMean: 125, zone: 'spike' });
    expect(r.ratio).toBeCloseTo(1.6, 12);
  });

  it('zones: 150 after 100 → 1.33 raised; 50 after 100 → 0.57 below; 1.5 itself not a spike', () => {
    expect(acwr(endingOn(weeks(100, 150)), ON)!.zone).toBe('raised');
    expect(acwr(endingOn(weeks(100, 50)), ON)!.ratio).toBeCloseTo(50 / 87.5, 12);
    expect(acwr(endingOn(weeks(100, 50)), ON)!.zone).toBe('below');
    // acute x, chronic (21·100 + 7x)/28: x = 180 gives 180 / 120 = 1.5 exactly.
    expect(acwr(endingOn(weeks(100, 180)), ON)).toMatchObject({ ratio: 1.5, zone: 'raised' });
  });

  it('counts missing days as 0 and ignores days after onDate', () => {
    const loads: DailyLoad[] = [
      { date: addDays(ON, -27), load: 280 },
      { date: ON, load: 70 },
      { date: addDays(ON, 1), load: 5000 },
    ];
    // acute 70 / 7 = 10, chronic 350 / 28 = 12.5.
    expect(acwr(loads, ON)).toMatchObject({ acuteMean: 10, chronicMean: 12.5, ratio: 0.8 });
  });

  it('is undefined with less than 28 days of history or no chronic load', () => {
    const short = endingOn(Array(27).fill(300));
    expect(acwr(short, ON)).toBeUndefined();
    // The log may cover days with no sessions: a history start vouches for them.
    expect(acwr(short, ON, addDays(ON, -27))!.ratio).toBeCloseTo(28 / 27, 12);
    expect(acwr([], ON, '2026-01-01')).toBeUndefined();
    expect(acwr(endingOn(Array(28).fill(0)), ON)).toBeUndefined();
  });

  it('checks its dates', () => {
    expect(() => acwr([], '2026-13-01')).toThrow(
      expect.objectContaining({ name: 'InputError', field: 'onDate' }),
    );
  });

  it('lies between 0 and 4 (the acute week is part of the chronic month)', () => {
    const month = fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), {
      minLength: 28,
      maxLength: 60,
    });
    fc.assert(
      fc.property(month, (xs) => {
        const r = acwr(endingOn(xs), ON);
        const last28 = xs.slice(-28).reduce((a, b) => a + b, 0);
        if (last28 === 0) return expect(r).toBeUndefined();
        expect(r!.ratio).toBeGreaterThanOrEqual(0);
        expect(r!.ratio).toBeLessThanOrEqual(4 + 1e-12);
        expect(r!.chronicMean).toBeCloseTo(last28 / 28, 9);
      }),
    );
  });
});
