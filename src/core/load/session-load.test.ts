import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RunSession, StrengthSession } from '../plan/types.js';
import {
  type LoadInput,
  OTHER_KIND_RPE,
  plannedSessionLoad,
  RUN_TYPE_RPE,
  sessionLoad,
  TRIMP_TO_SRPE,
} from './session-load.js';

describe('sessionLoad: session RPE (Foster 2001)', () => {
  it('is RPE × minutes, for runs and lifts alike', () => {
    expect(sessionLoad({ kind: 'run', durationMin: 45, rpe: 6 })).toEqual({
      load: 270,
      method: 'srpe',
      note: 'RPE 6 × 45 min',
    });
    expect(sessionLoad({ kind: 'strength', durationMin: 35, rpe: 7 }).load).toBe(245);
  });

  it('prefers RPE over heart rate and type', () => {
    const s = sessionLoad({
      kind: 'run',
      type: 'intervals',
      durationMin: 60,
      rpe: 5,
      avgHr: 170,
      restHr: 50,
      maxHr: 190,
    });
    expect(s).toMatchObject({ load: 300, method: 'srpe' });
  });
});

describe('sessionLoad: heart rate (Banister TRIMP rescaled)', () => {
  it('factors: an hour at 85 % of reserve is 420, for men and women', () => {
    // Men: 60 × 0.85 × 0.64 e^(1.92 × 0.85) = 166.924 → 420 / 166.924 = 2.5161.
    expect(TRIMP_TO_SRPE.male).toBeCloseTo(2.5161, 4);
    // Women: 60 × 0.85 × 0.86 e^(1.67 × 0.85) = 181.363 → 420 / 181.363 = 2.3158.
    expect(TRIMP_TO_SRPE.female).toBeCloseTo(2.3158, 4);
    // Rest 50, max 190: 85 % of the 140-beat reserve is 169 bpm.
    for (const sex of ['male', 'female'] as const) {
      const s = sessionLoad({
        kind: 'run',
        durationMin: 60,
        avgHr: 169,
        restHr: 50,
        maxHr: 190,
        sex,
      });
      expect(s.method).toBe('trimp');
      expect(s.load).toBeCloseTo(420, 6);
    }
  });

  it('hand-worked: 60 min at 150 bpm, rest 50, max 200 (TRIMP 92.07) is 231.67', () => {
    const s = sessionLoad({ kind: 'run', durationMin: 60, avgHr: 150, restHr: 50, maxHr: 200 });
    // 92.074 × 2.51612 = 231.67
    expect(s.load).toBeCloseTo(231.67, 1);
    expect(s.note).toBe('heart rate: TRIMP 92.1 × 2.52');
  });

  it('lands easy heart rates near the easy-run RPE and hard ones near 8–9', () => {
    // Per minute, rescaled TRIMP reads as an RPE: 60 % of reserve ≈ 3, 90 % ≈ 8.
    const perMinute = (hrr: number, sex: 'male' | 'female') =>
      sessionLoad({
        kind: 'run',
        durationMin: 1,
        avgHr: 50 + hrr * 140,
        restHr: 50,
        maxHr: 190,
        sex,
      }).load;
    for (const sex of ['male', 'female'] as const) {
      expect(Math.abs(perMinute(0.6, sex) - RUN_TYPE_RPE.easy)).toBeLessThan(0.3);
      expect(perMinute(0.9, sex)).toBeGreaterThan(8);
      expect(perMinute(0.9, sex)).toBeLessThan(8.3);
    }
  });

  it('is used for cross-training but never for lifting or mobility', () => {
    const hr = { durationMin: 40, avgHr: 140, restHr: 50, maxHr: 190 };
    expect(sessionLoad({ kind: 'cross', ...hr }).method).toBe('trimp');
    expect(sessionLoad({ kind: 'strength', heavy: true, ...hr })).toMatchObject({
      method: 'type',
      load: 240,
    });
    expect(sessionLoad({ kind: 'mobility', ...hr }).method).toBe('type');
  });

  it('needs all three heart rates', () => {
    expect(sessionLoad({ kind: 'run', durationMin: 30, avgHr: 140, maxHr: 190 }).method).toBe(
      'type',
    );
  });
});

describe('sessionLoad: type table', () => {
  it('uses the run type, easy when none is given', () => {
    expect(sessionLoad({ kind: 'run', type: 'tempo', durationMin: 50 })).toEqual({
      load: 300,
      method: 'type',
      note: 'no RPE or heart rate: tempo run counted as RPE 6 × 50 min',
    });
    expect(sessionLoad({ kind: 'run', durationMin: 40 }).load).toBe(120);
  });

  it('orders run types by effort', () => {
    const r = RUN_TYPE_RPE;
    expect(r.recovery).toBeLessThan(r.easy);
    expect(r.easy).toBeLessThan(r.long);
    expect(r.long).toBeLessThan(r.tempo);
    expect(r.tempo).toBeLessThan(r.intervals);
    expect(r.intervals).toBeLessThan(r.race);
  });

  it('rates strength by loading: heavy 6, light 4, unknown 5', () => {
    expect(sessionLoad({ kind: 'strength', heavy: true, durationMin: 40 }).load).toBe(240);
    expect(sessionLoad({ kind: 'strength', heavy: false, durationMin: 30 }).load).toBe(120);
    expect(sessionLoad({ kind: 'strength', durationMin: 30 }).load).toBe(150);
    expect(OTHER_KIND_RPE.strengthLight).toBeLessThan(OTHER_KIND_RPE.strengthHeavy);
  });
});

describe('plannedSessionLoad', () => {
  it('reads type and loading from the planned session', () => {
    const run = { kind: 'run', type: 'intervals', durationMin: 55 } as RunSession;
    const lift = { kind: 'strength', heavy: false, durationMin: 30 } as StrengthSession;
    expect(plannedSessionLoad(run).load).toBe(7 * 55);
    expect(plannedSessionLoad(lift).load).toBe(4 * 30);
  });
});

describe('sessionLoad: input checks and invariants', () => {
  it('names the bad field', () => {
    const bad: [Partial<LoadInput>, string][] = [
      [{ durationMin: -5 }, 'durationMin'],
      [{ durationMin: Number.NaN }, 'durationMin'],
      [{ rpe: 11 }, 'rpe'],
      [{ avgHr: 0 }, 'avgHr'],
      [{ restHr: 190, maxHr: 180 }, 'restHr'],
      [{ kind: 'swim' as never }, 'kind'],
      [{ type: 'jog' as never }, 'type'],
    ];
    for (const [change, field] of bad) {
      expect(() => sessionLoad({ kind: 'run', durationMin: 30, ...change })).toThrow(
        expect.objectContaining({ name: 'InputError', field }),
      );
    }
  });

  it('scales linearly with minutes whatever the method', () => {
    const input = fc.record({
      kind: fc.constantFrom('run', 'strength', 'cross', 'mobility' as const),
      rpe: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
      avgHr: fc.option(fc.integer({ min: 60, max: 200 }), { nil: undefined }),
      durationMin: fc.double({ min: 1, max: 300, noNaN: true }),
    });
    fc.assert(
      fc.property(input, ({ kind, rpe, avgHr, durationMin }) => {
        const s: LoadInput = { kind, rpe, avgHr, restHr: 50, maxHr: 200, durationMin };
        const once = sessionLoad(s);
        const twice = sessionLoad({ ...s, durationMin: 2 * durationMin });
        expect(once.load).toBeGreaterThanOrEqual(0);
        expect(twice.method).toBe(once.method);
        expect(twice.load).toBeCloseTo(2 * once.load, 6);
      }),
    );
  });
});
