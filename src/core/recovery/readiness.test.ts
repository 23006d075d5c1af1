import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/calendar.js';
import { InputError } from '../errors.js';
import type { CheckInInput } from './check-in.js';
import { BAND_FLOORS, readiness } from './readiness.js';

const DAY = '2027-03-10';
const fine = (date: string, extra: Partial<CheckInInput> = {}): CheckInInput => ({
  date,
  sleepHours: 8,
  soreness: 1,
  motivation: 5,
  fatigue: 1,
  ...extra,
});
const daysBefore = (n: number) => addDays(DAY, -n);

describe('readiness score', () => {
  it('weighs sleep, soreness, fatigue and motivation by hand', () => {
    // sleep 6 h → (6 − 4)/3 = 66.7; soreness 3 → 50; fatigue 2 → 75; motivation 4 → 75.
    // (66.7·30 + 50·20 + 75·20 + 75·15) / 85 = 5625 / 85 = 66.2
    const r = readiness(
      [fine(DAY, { sleepHours: 6, soreness: 3, fatigue: 2, motivation: 4 })],
      DAY,
    );
    expect(r.score).toBe(66);
    expect(r.band).toBe('ok');
    expect(r.date).toBe(DAY);
    expect(r.factors.map((f) => [f.factor, f.score])).toEqual([
      ['sleep', 67],
      ['soreness', 50],
      ['fatigue', 75],
      ['motivation', 75],
    ]);
    expect(r.factors[0]!.weight).toBeCloseTo(30 / 85, 10);
    expect(r.factors[0]!.note).toBe('6 h of sleep, short of the 7–9 h that repair needs');
  });

  it('reads resting HR against the athlete’s own 7-day average', () => {
    const history = [
      fine(daysBefore(3), { restingHr: 50 }),
      fine(daysBefore(2), { restingHr: 52 }),
      fine(daysBefore(1), { restingHr: 54 }),
    ];
    // Baseline 52; 55 is +3 bpm → 70 points. (100·85 + 70·15) / 100 = 95.5
    const r = readiness([...history, fine(DAY, { restingHr: 55 })], DAY);
    const hr = r.factors.find((f) => f.factor === 'resting-hr')!;
    expect(hr.score).toBe(70);
    expect(hr.weight).toBe(0.15);
    expect(hr.note).toBe('resting HR 55 bpm, 3 above your 7-day average of 52');
    expect(r.score).toBe(96);
    expect(r.band).toBe('good');
    // Readings 8 days back are outside the baseline: two left is too few to judge.
    const old = [fine(daysBefore(8), { restingHr: 40 }), ...history.slice(1)];
    const noBaseline = readiness([...old, fine(DAY, { restingHr: 55 })], DAY);
    expect(noBaseline.factors.map((f) => f.factor)).not.toContain('resting-hr');
    expect(noBaseline.score).toBe(100);
  });

  it('treats 7 h and more as enough sleep and 4 h or less as none', () => {
    const score = (sleepHours: number) =>
      readiness([fine(DAY, { sleepHours })], DAY).factors[0]!.score;
    expect(score(7)).toBe(100);
    expect(score(10)).toBe(100);
    expect(score(5.5)).toBe(50);
    expect(score(4)).toBe(0);
    expect(score(2)).toBe(0);
  });

  it('scores only a check-in of the last 3 days, and never one from after the day', () => {
    expect(readiness([fine(daysBefore(2))], DAY).date).toBe(daysBefore(2));
    const stale = readiness([fine(daysBefore(3))], DAY);
    expect(stale.score).toBeUndefined();
    expect(stale.band).toBeUndefined();
    expect(stale.factors).toEqual([]);
    const future = readiness([fine(addDays(DAY, 1), { sleepHours: 3 }), fine(DAY)], DAY);
    expect(future.score).toBe(100);
    expect(readiness([], DAY)).toEqual({ factors: [], lagging: false });
  });

  it('bands at 75 and 50', () => {
    expect(BAND_FLOORS).toEqual({ good: 75, ok: 50 });
    // soreness 5, fatigue 5: (100·30 + 0 + 0 + 100·15) / 85 = 52.9 → ok; motivation 1 too → 35.3 → low
    expect(readiness([fine(DAY, { soreness: 5, fatigue: 5 })], DAY).band).toBe('ok');
    expect(readiness([fine(DAY, { soreness: 5, fatigue: 5, motivation: 1 })], DAY).band).toBe(
      'low',
    );
  });
});

describe('lagging recovery', () => {
  it('flags 3 short nights in 5 days, naming them', () => {
    const r = readiness(
      [
        fine(daysBefore(4), { sleepHours: 6 }),
        fine(daysBefore(2), { sleepHours: 5.5 }),
        fine(DAY, { sleepHours: 6.4 }),
      ],
      DAY,
    );
    expect(r.lagging).toBe(true);
    expect(r.laggingReason).toBe('Your check-ins show 3 short nights in 5 days');
  });

  it('needs 3 flagged days inside the 5-day window', () => {
    const two = readiness(
      [
        fine(daysBefore(5), { sleepHours: 5 }),
        fine(daysBefore(1), { sleepHours: 5 }),
        fine(DAY, { soreness: 4 }),
      ],
      DAY,
    );
    expect(two.lagging).toBe(false);
    expect(two.laggingReason).toBeUndefined();
  });

  it('flags at the edges of each threshold and counts a day once', () => {
    const edge = (extra: Partial<CheckInInput>) =>
      readiness(
        [0, 1, 2].map((n) => fine(daysBefore(n), extra)),
        DAY,
      ).lagging;
    expect(edge({ sleepHours: 6.5 })).toBe(false);
    expect(edge({ sleepHours: 6.49 })).toBe(true);
    expect(edge({ soreness: 4 })).toBe(true);
    expect(edge({ soreness: 3 })).toBe(false);
    expect(edge({ motivation: 2 })).toBe(true);
    expect(edge({ motivation: 3 })).toBe(false);
    expect(edge({ fatigue: 4 })).toBe(true);
    expect(edge({ fatigue: 3 })).toBe(false);
    // Two check-ins on one day are one day: the last one given stands.
    const doubled = readiness(
      [
        fine(DAY, { soreness: 5 }),
        fine(daysBefore(1), { soreness: 5 }),
        fine(DAY, { soreness: 5 }),
      ],
      DAY,
    );
    expect(doubled.lagging).toBe(false);
  });

  it('names mixed signs with their counts', () => {
    const r = readiness(
      [
        fine(daysBefore(3), { sleepHours: 6, soreness: 4 }),
        fine(daysBefore(1), { fatigue: 5 }),
        fine(DAY, { soreness: 4, motivation: 1 }),
      ],
      DAY,
    );
    expect(r.laggingReason).toBe(
      'Your check-ins show strain on 3 of the last 5 days (1 short night, 2 very sore days, 1 day of low motivation, 1 day of heavy fatigue)',
    );
  });

  it('ignores check-ins dated after the day', () => {
    const later = [1, 2, 3].map((n) => fine(addDays(DAY, n), { sleepHours: 4 }));
    expect(readiness(later, DAY).lagging).toBe(false);
    expect(readiness(later, addDays(DAY, 3)).lagging).toBe(true);
  });
});

describe('readiness input', () => {
  it('rejects values off the scales, naming the field', () => {
    expect(() => readiness([fine(DAY, { soreness: 6 })], DAY)).toThrow(InputError);
    expect(() => readiness([fine(DAY, { soreness: 6 })], DAY)).toThrow(/soreness 6: expected 1–5/);
    expect(() => readiness([fine(DAY, { sleepHours: -1 })], DAY)).toThrow(/sleepHours/);
    expect(() => readiness([fine(DAY, { restingHr: 400 })], DAY)).toThrow(/restingHr/);
    expect(() => readiness([fine('2027-02-30')], DAY)).toThrow(/YYYY-MM-DD/);
    expect(() => readiness([], '10/03/2027')).toThrow(/onDate/);
  });
});

const checkIn = fc.record({
  offset: fc.integer({ min: 0, max: 12 }),
  sleepHours: fc.double({ min: 0, max: 14, noNaN: true }),
  soreness: fc.integer({ min: 1, max: 5 }),
  motivation: fc.integer({ min: 1, max: 5 }),
  fatigue: fc.integer({ min: 1, max: 5 }),
  restingHr: fc.option(fc.integer({ min: 35, max: 90 }), { nil: undefined }),
});
const history = fc.uniqueArray(checkIn, { maxLength: 12, selector: (c) => c.offset }).map((list) =>
  list.map(({ offset, restingHr, ...c }) => ({
    ...c,
    date: daysBefore(offset),
    ...(restingHr !== undefined && { restingHr }),
  })),
);

describe('readiness invariants', () => {
  it('scores 0–100 in the band that matches, with weights that sum to 1, the same every time', () => {
    fc.assert(
      fc.property(history, (list) => {
        const r = readiness(list, DAY);
        expect(readiness([...list].reverse(), DAY)).toEqual(r);
        if (r.score === undefined) return;
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        const band = r.score >= 75 ? 'good' : r.score >= 50 ? 'ok' : 'low';
        expect(r.band).toBe(band);
        expect(r.factors.reduce((t, f) => t + f.weight, 0)).toBeCloseTo(1, 10);
      }),
    );
  });

  it('never scores lower after more sleep or less soreness', () => {
    fc.assert(
      fc.property(history, fc.double({ min: 0, max: 3, noNaN: true }), (list, extra) => {
        const today = fine(DAY, { sleepHours: 5, soreness: 3 });
        const base = readiness([...list, today], DAY).score!;
        const rested = readiness([...list, { ...today, sleepHours: 5 + extra }], DAY).score!;
        const lessSore = readiness([...list, { ...today, soreness: 2 }], DAY).score!;
        expect(rested).toBeGreaterThanOrEqual(base);
        expect(lessSore).toBeGreaterThan(base);
      }),
    );
  });
});
