import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  brzycki1rmKg,
  e1rmHistory,
  epley1rmKg,
  estimate1rmKg,
  percentOf1rm,
  RTS_PERCENT_1RM,
} from './one-rep-max.js';

describe('Epley and Brzycki', () => {
  it('agree at 10 reps: 60 kg × 10 → 80 kg', () => {
    expect(epley1rmKg(60, 10)).toBeCloseTo(80, 12);
    expect(brzycki1rmKg(60, 10)).toBeCloseTo(80, 12);
  });
});

describe('percentOf1rm', () => {
  it('reads the RTS chart in half-rep steps: 1 → 100, 2 → 95.5, 5 → 86.3, 7 → 81.1', () => {
    expect(percentOf1rm(1)).toBe(100);
    expect(percentOf1rm(1.5)).toBe(97.8);
    expect(percentOf1rm(2)).toBe(95.5);
    expect(percentOf1rm(5)).toBe(86.3);
    expect(percentOf1rm(7)).toBe(81.1);
    expect(percentOf1rm(1.25)).toBeCloseTo(98.9, 12);
  });

  it('uses Epley to 10 and Brzycki beyond: 8 → 78.95, 10 → 75, 12 → 69.44', () => {
    expect(percentOf1rm(8)).toBeCloseTo(100 / (1 + 8 / 30), 12);
    expect(percentOf1rm(10)).toBeCloseTo(75, 12);
    expect(percentOf1rm(12)).toBeCloseTo((100 * 25) / 36, 12);
  });

  it('falls steadily from 1 to 15 reps, with no step where the methods meet', () => {
    expect(RTS_PERCENT_1RM).toHaveLength(14);
    for (let k = 100; k < 1500; k++) {
      expect(percentOf1rm(k / 100)).toBeGreaterThan(percentOf1rm((k + 1) / 100));
    }
    expect(percentOf1rm(7) - percentOf1rm(7 + 1e-9)).toBeLessThan(0.03);
    expect(percentOf1rm(10) - percentOf1rm(10 + 1e-9)).toBeLessThan(1e-6);
    // Past the chart Epley still matches its last published entry (7.5 → 79.9) within 0.1.
    expect(Math.abs(percentOf1rm(7.5) - RTS_PERCENT_1RM.at(-1)!)).toBeLessThan(0.11);
  });

  it('refuses reps to failure outside 1–15', () => {
    for (const r of [0.5, 16, Number.NaN]) {
      expect(() => percentOf1rm(r)).toThrow(expect.objectContaining({ name: 'InputError' }));
    }
  });
});

describe('estimate1rmKg', () => {
  it('hand-worked: 100 × 5 to failure → 100 / 0.863 = 115.87 kg; a single is the max', () => {
    expect(estimate1rmKg({ reps: 5, loadKg: 100 })).toBeCloseTo(115.875, 3);
    expect(estimate1rmKg({ reps: 1, loadKg: 140 })).toBe(140);
  });

  it('adds reps in reserve: 100 × 3 @ 2 RIR reads as 5 to failure; 100 × 5 @ 1.5 RIR → 121.36', () => {
    expect(estimate1rmKg({ reps: 3, loadKg: 100, rir: 2 })).toBe(
      estimate1rmKg({ reps: 5, loadKg: 100 }),
    );
    expect(estimate1rmKg({ reps: 5, loadKg: 100, rir: 1.5 })).toBeCloseTo(100 / 0.824, 9);
  });

  it('hand-worked: 80 × 8 → 101.33 (Epley); 60 × 12 → 86.4 (Brzycki)', () => {
    expect(estimate1rmKg({ reps: 8, loadKg: 80 })).toBeCloseTo(101.333, 3);
    expect(estimate1rmKg({ reps: 12, loadKg: 60 })).toBeCloseTo(86.4, 9);
  });

  it('leaves out sets above 12 reps, far from failure, without load or without a rep', () => {
    expect(estimate1rmKg({ reps: 13, loadKg: 40 })).toBeUndefined();
    expect(estimate1rmKg({ reps: 12, loadKg: 40, rir: 4 })).toBeUndefined();
    expect(estimate1rmKg({ reps: 10, loadKg: 0 })).toBeUndefined();
    expect(estimate1rmKg({ reps: 0, loadKg: 180 })).toBeUndefined();
  });

  it('refuses impossible sets, naming the field', () => {
    const bad: [Parameters<typeof estimate1rmKg>[0], string][] = [
      [{ reps: 2.5, loadKg: 60 }, 'reps'],
      [{ reps: 5, loadKg: -60 }, 'loadKg'],
      [{ reps: 5, loadKg: 60, rir: -1 }, 'rir'],
    ];
    for (const [set, field] of bad) {
      expect(() => estimate1rmKg(set)).toThrow(
        expect.objectContaining({ name: 'InputError', field }),
      );
    }
  });

  it('never estimates below the load lifted, and grows with load and reps', () => {
    const set = fc.record({
      reps: fc.integer({ min: 1, max: 12 }),
      loadKg: fc.double({ min: 1, max: 400, noNaN: true }),
      rir: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(set, ({ reps, loadKg, rir }) => {
        const e = estimate1rmKg({ reps, loadKg, rir })!;
        expect(e).toBeGreaterThanOrEqual(loadKg);
        expect(estimate1rmKg({ reps, loadKg: loadKg + 1, rir })!).toBeGreaterThan(e);
        if (reps < 12) expect(estimate1rmKg({ reps: reps + 1, loadKg, rir })!).toBeGreaterThan(e);
      }),
    );
  });
});

describe('e1rmHistory', () => {
  it('keeps the best set per exercise and day, oldest first, exercises sorted', () => {
    const history = e1rmHistory([
      {
        date: '2026-03-10',
        sets: [
          { exercise: 'squat', reps: 5, loadKg: 100 },
          { exercise: 'squat', reps: 3, loadKg: 100, rir: 1 },
          { exercise: 'squat', reps: 15, loadKg: 60 },
          { exercise: 'row', reps: 10, loadKg: 60 },
        ],
      },
      {
        date: '2026-03-03',
        sets: [
          { exercise: 'squat', reps: 8, loadKg: 80 },
          { exercise: 'squat', reps: 20, loadKg: 40 },
        ],
      },
      { date: '2026-03-05', sets: [{ exercise: 'push-up', reps: 12, loadKg: 0 }] },
    ]);
    expect(history.map((h) => h.exercise)).toEqual(['row', 'squat']);
    expect(history[0]!.points).toEqual([{ date: '2026-03-10', e1rmKg: 80, reps: 10, loadKg: 60 }]);
    const squat = history[1]!.points;
    expect(squat.map((p) => p.date)).toEqual(['2026-03-03', '2026-03-10']);
    expect(squat[0]!.e1rmKg).toBeCloseTo(101.333, 3);
    // 100 × 5 to failure (115.87) beats 100 × 3 @ 1 RIR (4 to failure: 112.11).
    expect(squat[1]).toMatchObject({ reps: 5, loadKg: 100 });
    expect(squat[1]!.e1rmKg).toBeCloseTo(115.875, 3);
  });

  it('keeps RIR on the point when the set had one, and checks dates', () => {
    const [lift] = e1rmHistory([
      { date: '2026-03-10', sets: [{ exercise: 'bench', reps: 4, loadKg: 70, rir: 2 }] },
    ]);
    expect(lift!.points[0]).toMatchObject({ reps: 4, loadKg: 70, rir: 2 });
    expect(lift!.points[0]!.e1rmKg).toBeCloseTo(70 / 0.837, 9); // 4 + 2 = 6 reps to failure: 83.7 %
    expect(() => e1rmHistory([{ date: '10/03/2026', sets: [] }])).toThrow(
      expect.objectContaining({ name: 'InputError', field: 'date' }),
    );
  });
});
