import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { sessionKcal } from './session-kcal.js';
import { cross, mobility, run, strength } from './sessions.fixture.js';

describe('sessionKcal', () => {
  it('running costs 1 kcal per kg per km: 10 km at 72 kg → 720', () => {
    expect(sessionKcal(run('easy', 10, 60), 72)).toBe(720);
  });

  it('running cost depends on distance, not on time or pace', () => {
    expect(sessionKcal(run('intervals', 8, 40), 60)).toBe(sessionKcal(run('easy', 8, 55), 60));
    expect(sessionKcal(run('long', 21.1, 130), 65)).toBe(1370); // 1371.5 → 1370
  });

  it('heavy lifting: 4 net METs × 1.05 × 72 kg × 40/60 h = 201.6 → 200', () => {
    expect(sessionKcal(strength(40, true), 72)).toBe(200);
  });

  it('light lifting: 2.5 net METs × 1.05 × 72 kg × 30/60 h = 94.5 → 95', () => {
    expect(sessionKcal(strength(30, false), 72)).toBe(95);
  });

  it('mobility is small: 1.5 net METs × 1.05 × 72 kg × 20/60 h = 37.8 → 40', () => {
    expect(sessionKcal(mobility(20), 72)).toBe(40);
  });

  it('cross-training: 5 net METs × 1.05 × 72 kg × 45/60 h = 283.5 → 285', () => {
    expect(sessionKcal(cross(45), 72)).toBe(285);
  });

  it('a zero-length session costs nothing', () => {
    expect(sessionKcal(cross(0), 72)).toBe(0);
  });

  it('rejects negative or missing durations, distances and weights', () => {
    expect(() => sessionKcal(cross(-5), 72)).toThrow(InputError);
    expect(() => sessionKcal(run('easy', Number.NaN, 30), 72)).toThrow(/distanceKm/);
    expect(() => sessionKcal(run('easy', 5, 30), 0)).toThrow(/weightKg/);
  });
});
