import { describe, expect, it } from 'vitest';
import { hydration } from './hydration.js';
import { mobility, run, strength } from './sessions.fixture.js';

describe('hydration', () => {
  it('rest day: 35 ml/kg, 72 kg → 2.52 → 2.5 L, no electrolytes', () => {
    expect(hydration({ weightKg: 72, sessions: [], heat: false })).toEqual({
      waterL: 2.5,
      electrolytes: false,
    });
  });

  it('adds 0.6 L per training hour: 72 kg + 60 min run → 3.1 L', () => {
    expect(hydration({ weightKg: 72, sessions: [run('easy', 10, 60)], heat: false })).toEqual({
      waterL: 3.1,
      electrolytes: false,
    });
  });

  it('heat: 0.8 L per hour plus 0.5 L, and electrolytes on a training day', () => {
    // 2.52 + 0.8 + 0.5 = 3.82
    expect(hydration({ weightKg: 72, sessions: [run('easy', 10, 60)], heat: true })).toEqual({
      waterL: 3.8,
      electrolytes: true,
    });
  });

  it('heat on a rest day: extra water but no electrolytes needed', () => {
    expect(hydration({ weightKg: 72, sessions: [mobility(20)], heat: true })).toEqual({
      waterL: 3,
      electrolytes: false,
    });
  });

  it('electrolytes on a long run of 75 min or more even without heat', () => {
    expect(
      hydration({ weightKg: 60, sessions: [run('long', 15, 90)], heat: false }).electrolytes,
    ).toBe(true);
    expect(
      hydration({ weightKg: 60, sessions: [run('long', 11, 70)], heat: false }).electrolytes,
    ).toBe(false);
  });

  it('lifting counts as training time', () => {
    expect(hydration({ weightKg: 80, sessions: [strength(30)], heat: false }).waterL).toBe(3.1); // 2.8 + 0.3
  });
});
