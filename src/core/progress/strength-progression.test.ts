import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/calendar.js';
import { InputError } from '../errors.js';
import type { Implement, Loading } from './increment.js';
import type { LiftSessionLog, LoggedSet } from './lift-history.js';
import { type LiftPrescription, nextLoad } from './strength-progression.js';

const BAR: Loading = { implement: 'barbell', massUnit: 'kg' };
const DB: Loading = { implement: 'dumbbell', massUnit: 'kg' };
const P: LiftPrescription = { reps: [6, 8], rir: 1, sets: 3 };
const sets = (loadKg: number, reps: number[], rir?: number): LoggedSet[] =>
  reps.map((r) => ({ reps: r, loadKg, ...(rir !== undefined && { rir }) }));
const session = (date: string, s: LoggedSet[]): LiftSessionLog => ({ date, sets: s });
const one = (s: LoggedSet[]) => [session('2027-03-01', s)];

describe('nextLoad: all sets at the top of the range', () => {
  it('adds 5 % when it lands on a real step: 100 kg → 105 kg', () => {
    const r = nextLoad(one(sets(100, [8, 8, 8], 1)), P, BAR);
    expect(r).toEqual({
      loadKg: 105,
      reps: [6, 8],
      action: 'increase-load',
      reason:
        'Every set reached 8 reps with 1 or more in reserve at 100 kg: go to 105 kg (+5 %) and start again at 6 reps.',
    });
  });

  it('rounds down to the plates: 60 kg × 1.05 = 63 → 62.5 kg (+4.2 %)', () => {
    const r = nextLoad(one(sets(60, [8, 9, 8], 2)), P, BAR);
    expect(r.loadKg).toBe(62.5);
    expect(r.reason).toMatch(/\+4\.2 %/);
  });

  it('adds reps when one plate step is over 5 %: 40 kg, 2.5 kg is 6.25 %', () => {
    const r = nextLoad(one(sets(40, [9, 8, 8])), P, BAR);
    expect(r).toMatchObject({ loadKg: 40, reps: [9, 10], action: 'increase-reps' });
    expect(r.reason).toBe(
      'Every set reached the top of the range at 40 kg, and the next real step (2.5 kg) is more than 5 % heavier: add reps instead, 9–10 a set.',
    );
  });

  it('adds reps on dumbbells until a 2 kg step is 5 % (40 kg), then load', () => {
    expect(nextLoad(one(sets(12, [8, 8, 8])), P, DB).action).toBe('increase-reps');
    expect(nextLoad(one(sets(8, [8, 8, 8])), P, DB).action).toBe('increase-reps');
    expect(nextLoad(one(sets(40, [8, 8, 8])), P, DB)).toMatchObject({
      loadKg: 42,
      action: 'increase-load',
    });
  });

  it('works in 5 lb steps: 135 lb → 140 lb, and 95 lb adds reps', () => {
    const LB: Loading = { implement: 'barbell', massUnit: 'lb' };
    const r = nextLoad(one(sets(135 * 0.45359237, [8, 8, 8])), P, LB);
    expect(r.loadKg).toBeCloseTo(140 * 0.45359237, 5);
    expect(r.reason).toMatch(/at 135 lb: go to 140 lb \(\+3\.7 %\)/);
    expect(nextLoad(one(sets(95 * 0.45359237, [8, 8, 8])), P, LB).action).toBe('increase-reps');
  });

  it('adds reps when there is no load to add to', () => {
    const r = nextLoad(one(sets(0, [12, 12, 11])), { reps: [8, 11], rir: 2, sets: 3 }, DB);
    expect(r).toMatchObject({ loadKg: 0, reps: [12, 13], action: 'increase-reps' });
    expect(r.reason).toMatch(/with no added load/);
  });

  it('reads only the heaviest sets: warm-ups at lighter loads do not count', () => {
    const warmUps = [...sets(60, [5]), ...sets(80, [3]), ...sets(100, [8, 8, 8])];
    expect(nextLoad(one(warmUps), P, BAR).action).toBe('increase-load');
  });
});

describe('nextLoad: inside the range, or short', () => {
  it('holds while not every set is at the top, or too few sets were done', () => {
    expect(nextLoad(one(sets(100, [8, 7, 6])), P, BAR)).toMatchObject({
      loadKg: 100,
      action: 'hold',
    });
    const two = nextLoad(one(sets(100, [8, 8])), P, BAR);
    expect(two.action).toBe('hold');
    expect(two.reason).toMatch(/2 of 3 sets done/);
    // At the top reps but with less in reserve than prescribed (1 below is not yet a miss).
    const hard = nextLoad(one(sets(100, [8, 8, 8], 1)), { ...P, rir: 2 }, BAR);
    expect(hard.action).toBe('hold');
  });

  it('holds after one missed session, naming the shortfall', () => {
    const r = nextLoad(one(sets(100, [8, 7, 5])), P, BAR);
    expect(r).toEqual({
      loadKg: 100,
      reps: [6, 8],
      action: 'hold',
      reason: 'A set fell short at 100 kg (5 reps, under 6): keep the load and try again.',
    });
    // RIR more than one below the prescription is a miss too.
    const grind = nextLoad(one(sets(100, [8, 8, 8], 0)), { ...P, rir: 2 }, BAR);
    expect(grind.reason).toMatch(/0 in reserve, under 2/);
  });

  it('takes 10 % off after two misses in a row at one load: 100 → 90 kg, 62.5 → 55 kg', () => {
    const twice = (load: number) => [
      session('2027-03-01', sets(load, [6, 5, 5])),
      session('2027-03-04', sets(load, [6, 6, 4])),
    ];
    expect(nextLoad(twice(100), P, BAR)).toMatchObject({ loadKg: 90, action: 'deload' });
    const r = nextLoad(twice(62.5), P, BAR);
    expect(r.loadKg).toBe(55);
    expect(r.reason).toBe(
      'Sets fell short at 62.5 kg two sessions running (4 reps, under 6): about 10 % off, to 55 kg, and build back up.',
    );
    expect(nextLoad(twice(0), P, DB)).toMatchObject({ loadKg: 0, action: 'deload' });
  });

  it('holds when the two misses were at different loads or not in a row', () => {
    const different = [
      session('2027-03-01', sets(100, [5, 5, 5])),
      session('2027-03-04', sets(95, [5, 5, 5])),
    ];
    expect(nextLoad(different, P, BAR).action).toBe('hold');
    const apart = [
      session('2027-03-01', sets(100, [5, 5, 5])),
      session('2027-03-03', sets(100, [7, 7, 7])),
      session('2027-03-05', sets(100, [5, 5, 5])),
    ];
    expect(nextLoad(apart, P, BAR).action).toBe('hold');
  });
});

describe('nextLoad input', () => {
  it('names what is wrong', () => {
    expect(() => nextLoad([], P, BAR)).toThrow(InputError);
    expect(() => nextLoad([], P, BAR)).toThrow(/at least one logged session/);
    expect(() => nextLoad(one(sets(100, [8])), { ...P, reps: [8, 6] }, BAR)).toThrow(
      /1 ≤ low ≤ high/,
    );
    expect(() => nextLoad(one(sets(-5, [8])), P, BAR)).toThrow(/loadKg -5/);
    expect(() => nextLoad(one(sets(50, [7.5])), P, BAR)).toThrow(/reps 7.5/);
    expect(() =>
      nextLoad(
        [session('2027-03-05', sets(50, [8])), session('2027-03-01', sets(50, [8]))],
        P,
        BAR,
      ),
    ).toThrow(/oldest first/);
    expect(() => nextLoad([session('2027-03-01', [])], P, BAR)).toThrow(/at least one set/);
  });
});

const implement = fc.constantFrom<Implement>(
  'barbell',
  'dumbbell',
  'machine',
  'cable',
  'bodyweight',
);
const loading = fc.record({ implement, massUnit: fc.constantFrom<'kg' | 'lb'>('kg', 'lb') });
const prescription = fc
  .record({
    lo: fc.integer({ min: 3, max: 12 }),
    width: fc.integer({ min: 0, max: 4 }),
    rir: fc.integer({ min: 0, max: 3 }),
    sets: fc.integer({ min: 1, max: 5 }),
  })
  .map((p): LiftPrescription => ({ reps: [p.lo, p.lo + p.width], rir: p.rir, sets: p.sets }));
const loggedSet = fc.record({
  reps: fc.integer({ min: 0, max: 20 }),
  loadKg: fc.constantFrom(0, 2, 8, 10, 12.5, 20, 40, 61.2, 100, 142.5, 45.359237),
  rir: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
});
const historyArb = fc
  .array(fc.array(loggedSet, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 })
  .map((list) =>
    list.map((s, i) => ({
      date: addDays('2027-01-04', i * 3),
      sets: s.map(({ rir, ...x }) => ({ ...x, ...(rir !== undefined && { rir }) })),
    })),
  );

describe('nextLoad invariants', () => {
  it('never rises more than 5 %, never goes negative, matches its action, the same every time', () => {
    fc.assert(
      fc.property(historyArb, prescription, loading, (history, p, l) => {
        const r = nextLoad(history, p, l);
        expect(nextLoad(history, p, l)).toEqual(r);
        const last = Math.max(...history.at(-1)!.sets.map((s) => s.loadKg));
        expect(r.loadKg).toBeGreaterThanOrEqual(0);
        // 0.005 kg: pounds are read to 0.01 lb.
        expect(r.loadKg).toBeLessThanOrEqual(last * 1.05 + 0.005);
        expect(r.reps[0]).toBeLessThanOrEqual(r.reps[1]);
        if (r.action === 'increase-load') {
          expect(r.loadKg).toBeGreaterThan(last);
          expect(r.loadKg).toBeGreaterThanOrEqual(last * 1.01);
        }
        if (r.action === 'hold' || r.action === 'increase-reps') expect(r.loadKg).toBe(last);
        if (r.action === 'increase-reps') expect(r.reps[1] - r.reps[0]).toBe(1);
        if (r.action === 'deload') {
          if (last > 0) expect(r.loadKg).toBeLessThan(last);
          expect(r.loadKg).toBeGreaterThanOrEqual(last * 0.9 - 2.5);
        }
        expect(r.reason.length).toBeGreaterThan(20);
      }),
      { numRuns: 500 },
    );
  });
});
