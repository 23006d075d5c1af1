import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/calendar.js';
import type { DailyLoad } from './daily-load.js';
import { fitnessSeries } from './fitness.js';

const START = '2026-03-02';

/** Loads on consecutive days from START. */
const consecutive = (loads: number[]): DailyLoad[] =>
  loads.map((load, i) => ({ date: addDays(START, i), load }));

describe('fitnessSeries: hand-worked values', () => {
  it('first two days: 100 then 50 from a zero start', () => {
    const [d1, d2] = fitnessSeries(consecutive([100, 50]), START, addDays(START, 1));
    // CTL = 100 (1 − e^(−1/42)) = 2.35283; ATL = 100 (1 − e^(−1/7)) = 13.31221.
    expect(d1).toMatchObject({ date: '2026-03-02', load: 100, tsb: 0 });
    expect(d1!.ctl).toBeCloseTo(2.35283, 5);
    expect(d1!.atl).toBeCloseTo(13.31221, 5);
    // CTL = 2.35283 + (50 − 2.35283)(0.023528) = 3.47389; ATL = 13.31221 + (50 − 13.31221)(0.133122)
    // = 18.19617; form is yesterday's 2.35283 − 13.31221 = −10.95938.
    expect(d2!.ctl).toBeCloseTo(3.47389, 5);
    expect(d2!.atl).toBeCloseTo(18.19617, 5);
    expect(d2!.tsb).toBeCloseTo(-10.95938, 5);
  });

  it('a constant load follows L(1 − e^(−n/τ)): 1 − 1/e of it after one time constant, then all', () => {
    const series = fitnessSeries(consecutive(Array(400).fill(300)), START, addDays(START, 399));
    series.forEach((day, i) => {
      expect(day.ctl).toBeCloseTo(300 * (1 - Math.exp(-(i + 1) / 42)), 9);
      expect(day.atl).toBeCloseTo(300 * (1 - Math.exp(-(i + 1) / 7)), 9);
    });
    expect(series[6]!.atl).toBeCloseTo(300 * (1 - Math.exp(-1)), 9);
    expect(series[41]!.ctl).toBeCloseTo(300 * (1 - Math.exp(-1)), 9);
    const last = series.at(-1)!;
    expect(300 - last.ctl).toBeLessThan(0.03);
    expect(last.atl).toBeCloseTo(300, 9);
  });

  it('an impulse decays by e^(−1/7) a day in fatigue and e^(−1/42) in fitness', () => {
    const series = fitnessSeries([{ date: START, load: 500 }], START, addDays(START, 30));
    for (let d = 1; d < series.length; d++) {
      expect(series[d]!.atl / series[d - 1]!.atl).toBeCloseTo(Math.exp(-1 / 7), 12);
      expect(series[d]!.ctl / series[d - 1]!.ctl).toBeCloseTo(Math.exp(-1 / 42), 12);
    }
  });

  it('form turns positive after a few rest days following a block of training', () => {
    const block = consecutive(Array(28).fill(400));
    const series = fitnessSeries(block, START, addDays(START, 40));
    expect(series[27]!.tsb).toBeLessThan(0);
    expect(series[40]!.tsb).toBeGreaterThan(0);
  });
});

describe('fitnessSeries: days and inputs', () => {
  it('fills missing days with 0, sums sessions of one day, ignores loads outside the range', () => {
    const loads: DailyLoad[] = [
      { date: '2026-03-01', load: 999 },
      { date: '2026-03-03', load: 200 },
      { date: '2026-03-03', load: 150 },
      { date: '2026-03-06', load: 999 },
    ];
    const series = fitnessSeries(loads, '2026-03-02', '2026-03-05');
    expect(series.map((d) => [d.date, d.load])).toEqual([
      ['2026-03-02', 0],
      ['2026-03-03', 350],
      ['2026-03-04', 0],
      ['2026-03-05', 0],
    ]);
    expect(series[0]).toMatchObject({ ctl: 0, atl: 0, tsb: 0 });
  });

  it('starts from the seed: a steady state stays steady, and the first form is the seed', () => {
    const series = fitnessSeries(consecutive(Array(10).fill(250)), START, addDays(START, 9), {
      ctl: 250,
      atl: 250,
    });
    for (const d of series) expect(d).toMatchObject({ ctl: 250, atl: 250, tsb: 0 });
    const rested = fitnessSeries([], START, START, { ctl: 60, atl: 90 });
    expect(rested[0]!.tsb).toBe(-30);
  });

  it('crosses month and leap-day boundaries day by day', () => {
    const dates = fitnessSeries([], '2028-02-27', '2028-03-01').map((d) => d.date);
    expect(dates).toEqual(['2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01']);
  });

  it('refuses a reversed range, a bad date and a negative load', () => {
    expect(() => fitnessSeries([], '2026-03-05', '2026-03-01')).toThrow(
      expect.objectContaining({ name: 'InputError', field: 'from' }),
    );
    expect(() => fitnessSeries([], '2026-02-30', '2026-03-01')).toThrow(
      expect.objectContaining({ name: 'InputError', field: 'from' }),
    );
    expect(() => fitnessSeries([{ date: START, load: -1 }], START, START)).toThrow(
      expect.objectContaining({ name: 'InputError', field: 'load' }),
    );
  });
});

describe('fitnessSeries: properties', () => {
  const loads = fc.array(fc.double({ min: 0, max: 1500, noNaN: true }), {
    minLength: 2,
    maxLength: 120,
  });

  it('stays within the range of the loads and tsb is yesterday’s ctl − atl', () => {
    fc.assert(
      fc.property(loads, (xs) => {
        const series = fitnessSeries(consecutive(xs), START, addDays(START, xs.length - 1));
        const top = Math.max(...xs);
        for (let d = 0; d < series.length; d++) {
          const day = series[d]!;
          for (const v of [day.ctl, day.atl]) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(top + 1e-9);
          }
          const before = series[d - 1] ?? { ctl: 0, atl: 0 };
          expect(day.tsb).toBeCloseTo(before.ctl - before.atl, 9);
        }
      }),
    );
  });

  it('splitting the range and seeding the second part from the first changes nothing', () => {
    fc.assert(
      fc.property(loads, fc.nat(), (xs, cut) => {
        const k = 1 + (cut % (xs.length - 1));
        const end = addDays(START, xs.length - 1);
        const whole = fitnessSeries(consecutive(xs), START, end);
        const head = fitnessSeries(consecutive(xs), START, addDays(START, k - 1));
        const { ctl, atl } = head.at(-1)!;
        const tail = fitnessSeries(consecutive(xs), addDays(START, k), end, { ctl, atl });
        expect([...head, ...tail]).toEqual(whole);
      }),
    );
  });

  it('is linear: doubling every load doubles fitness and fatigue', () => {
    fc.assert(
      fc.property(loads, (xs) => {
        const end = addDays(START, xs.length - 1);
        const once = fitnessSeries(consecutive(xs), START, end).at(-1)!;
        const twice = fitnessSeries(consecutive(xs.map((x) => 2 * x)), START, end).at(-1)!;
        expect(twice.ctl).toBeCloseTo(2 * once.ctl, 6);
        expect(twice.atl).toBeCloseTo(2 * once.atl, 6);
      }),
    );
  });
});
