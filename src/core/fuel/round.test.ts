import { describe, expect, it } from 'vitest';
import { roundTo } from './round.js';

describe('roundTo', () => {
  it('rounds kcal to 10 and 5', () => {
    expect(roundTo(2413.84, 10)).toBe(2410);
    expect(roundTo(2415, 10)).toBe(2420);
    expect(roundTo(201.6, 5)).toBe(200);
    expect(roundTo(37.8, 5)).toBe(40);
  });

  it('rounds litres to 0.1 without float tails', () => {
    expect(roundTo(2.2999, 0.1)).toBe(2.3);
    expect(roundTo(3 * 0.1, 0.1)).toBe(0.3);
    expect(String(roundTo(2.34, 0.1))).toBe('2.3');
  });
});
