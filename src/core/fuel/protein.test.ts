import { describe, expect, it } from 'vitest';
import type { Focus } from '../plan/types.js';
import {
  MEALS_PER_DAY_RANGE,
  mealsPerDay,
  PROTEIN_G_PER_KG,
  PROTEIN_PER_MEAL_G_PER_KG,
} from './protein.js';

const focuses: Focus[] = ['endurance', 'balanced', 'muscle'];

describe('protein', () => {
  it('g/kg by focus: endurance 1.6, balanced 1.8, muscle 2.0', () => {
    expect(PROTEIN_G_PER_KG).toEqual({ endurance: 1.6, balanced: 1.8, muscle: 2.0 });
  });

  it.each(focuses)('%s sits inside 1.6–2.2 g/kg', (focus) => {
    expect(PROTEIN_G_PER_KG[focus]).toBeGreaterThanOrEqual(1.6);
    expect(PROTEIN_G_PER_KG[focus]).toBeLessThanOrEqual(2.2);
  });

  it('meals: 1.6 → 3 (0.53 g/kg each), 1.8 → 4 (0.45), 2.0 → 4 (0.50), 2.2 → 4 (0.55)', () => {
    expect(mealsPerDay(1.6)).toBe(3);
    expect(mealsPerDay(1.8)).toBe(4);
    expect(mealsPerDay(2.0)).toBe(4);
    expect(mealsPerDay(2.2)).toBe(4);
  });

  it('every protein level from 1.6 to 2.2 g/kg gives 3–5 meals of 0.40–0.55 g/kg', () => {
    for (let gPerKg = 1.6; gPerKg <= 2.2 + 1e-9; gPerKg += 0.05) {
      const meals = mealsPerDay(gPerKg);
      expect(meals).toBeGreaterThanOrEqual(MEALS_PER_DAY_RANGE[0]);
      expect(meals).toBeLessThanOrEqual(MEALS_PER_DAY_RANGE[1]);
      expect(gPerKg / meals).toBeGreaterThanOrEqual(PROTEIN_PER_MEAL_G_PER_KG[0]);
      expect(gPerKg / meals).toBeLessThanOrEqual(PROTEIN_PER_MEAL_G_PER_KG[1] + 1e-9);
    }
  });
});
