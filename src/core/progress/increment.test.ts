import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../exercises/index.js';
import { implementOf, loadIncrementKg, roundDownToIncrementKg } from './increment.js';

describe('load increments', () => {
  it('steps barbells, machines and cables by 2.5 kg, dumbbells by 1 kg below 10 kg and 2 kg from 10', () => {
    expect(loadIncrementKg(100, { implement: 'barbell', massUnit: 'kg' })).toBe(2.5);
    expect(loadIncrementKg(30, { implement: 'machine', massUnit: 'kg' })).toBe(2.5);
    expect(loadIncrementKg(15, { implement: 'cable', massUnit: 'kg' })).toBe(2.5);
    expect(loadIncrementKg(9.5, { implement: 'dumbbell', massUnit: 'kg' })).toBe(1);
    expect(loadIncrementKg(10, { implement: 'dumbbell', massUnit: 'kg' })).toBe(2);
    expect(loadIncrementKg(8, { implement: 'bodyweight', massUnit: 'kg' })).toBe(1);
  });

  it('steps everything by 5 lb for a lifter in pounds', () => {
    expect(loadIncrementKg(60, { implement: 'barbell', massUnit: 'lb' })).toBe(2.267962);
    expect(loadIncrementKg(5, { implement: 'dumbbell', massUnit: 'lb' })).toBe(2.267962);
  });

  it('rounds down onto the real steps', () => {
    const bar = { implement: 'barbell', massUnit: 'kg' } as const;
    expect(roundDownToIncrementKg(63, bar)).toBe(62.5);
    expect(roundDownToIncrementKg(105, bar)).toBe(105);
    expect(roundDownToIncrementKg(7.5, bar)).toBe(7.5);
    expect(roundDownToIncrementKg(-3, bar)).toBe(0);
    const db = { implement: 'dumbbell', massUnit: 'kg' } as const;
    expect(roundDownToIncrementKg(9.9, db)).toBe(9);
    expect(roundDownToIncrementKg(13.9, db)).toBe(12);
    // 135 lb × 1.05 = 141.75 lb → 140 lb; 100 lb stored to the gram still reads as 100 lb.
    const lb = { implement: 'barbell', massUnit: 'lb' } as const;
    expect(roundDownToIncrementKg(141.75 * 0.45359237, lb)).toBe(63.502932);
    expect(roundDownToIncrementKg(45.359, lb)).toBe(45.359237);
  });

  it('knows what loads every library lift', () => {
    expect(implementOf('back-squat')).toBe('barbell');
    expect(implementOf('goblet-squat')).toBe('dumbbell');
    expect(implementOf('lat-pulldown')).toBe('machine');
    expect(implementOf('row')).toBe('cable');
    expect(implementOf('push-up')).toBe('bodyweight');
    expect(implementOf('my-own-lift')).toBeUndefined();
    for (const e of EXERCISES) expect(implementOf(e.id)).toBeDefined();
    // Barbell, machine and cable lifts only happen in a gym.
    for (const e of EXERCISES.filter((x) =>
      ['barbell', 'machine', 'cable'].includes(implementOf(x.id)!),
    ))
      expect(e.equipment).toEqual(['gym']);
  });
});
