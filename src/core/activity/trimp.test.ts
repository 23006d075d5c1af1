import { describe, expect, it } from 'vitest';
import { banisterTrimp } from './trimp.js';

describe('banisterTrimp', () => {
  // 60 min at 150 bpm, rest 50, max 200: HRr = 100 / 150 = 2/3.
  it('men: 60 × 2/3 × 0.64 × e^(1.92 × 2/3) = 92.07', () => {
    expect(banisterTrimp(60, 150, 50, 200, 'male')).toBeCloseTo(92.07, 2);
  });

  it('women: 60 × 2/3 × 0.86 × e^(1.67 × 2/3) = 104.73', () => {
    expect(banisterTrimp(60, 150, 50, 200, 'female')).toBeCloseTo(104.73, 2);
  });

  it('clamps HRr: at maximum HR one minute scores 0.64 e^1.92; below rest nothing', () => {
    expect(banisterTrimp(1, 210, 50, 200, 'male')).toBeCloseTo(0.64 * Math.exp(1.92), 6);
    expect(banisterTrimp(30, 45, 50, 200, 'male')).toBe(0);
  });
});
