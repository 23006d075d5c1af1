import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import type { FuelDayType } from '../plan/types.js';
import { DEFAULT_MEAL_IDEAS, mealIdeas } from './meal-ideas.js';

const dayTypes: FuelDayType[] = ['rest', 'light', 'moderate', 'high'];

describe('mealIdeas', () => {
  it.each(dayTypes)('%s: the default count, no repeats', (dayType) => {
    const ideas = mealIdeas(dayType);
    expect(ideas).toHaveLength(DEFAULT_MEAL_IDEAS);
    expect(new Set(ideas).size).toBe(ideas.length);
  });

  it('a high day leads with long-run fuel', () => {
    expect(mealIdeas('high', 2)).toEqual([
      'The evening before a long run: pasta with a lentil or lean-mince sauce',
      'On a long run: a gel, sports drink or a handful of dried fruit every 30–40 min',
    ]);
  });

  it('a rest day gets no during-run or after-training fuel', () => {
    const all = mealIdeas('rest', 100);
    expect(all.join(' ')).not.toMatch(/long run|After training|Before a key run/);
    expect(all[0]).toMatch(/salad of beans/);
  });

  it('asks for more than there are: returns every idea that fits', () => {
    expect(mealIdeas('moderate', 100).length).toBeGreaterThan(DEFAULT_MEAL_IDEAS);
    expect(mealIdeas('moderate', 100).length).toBeLessThan(100);
  });

  it('rejects a count below 1 or not whole', () => {
    expect(() => mealIdeas('rest', 0)).toThrow(InputError);
    expect(() => mealIdeas('rest', 2.5)).toThrow(/count 2.5: expected a whole number/);
  });
});
