import { describe, expect, it } from 'vitest';
import type { Body } from '../plan/types.js';
import { fuelBasis, maintenanceKcal, SURPLUS_KCAL } from './basis.js';

const runner: Body = { sex: 'male', ageYears: 30, heightCm: 178, weightKg: 72 };

describe('fuelBasis', () => {
  it('72 kg man, muscle focus: 1688 × 1.3 × 1.1 = 2413.8 → 2410, +250 surplus, 2.0 g/kg', () => {
    expect(fuelBasis(runner, 'muscle')).toEqual({
      bmrKcal: 1688,
      bmrFormula: 'mifflin-st-jeor',
      maintenanceKcal: 2410,
      surplusKcal: 250,
      proteinGPerKg: 2.0,
    });
  });

  it('surplus by focus: muscle 250 (inside 200–300), balanced 150, endurance 0', () => {
    expect(fuelBasis(runner, 'muscle').surplusKcal).toBe(250);
    expect(fuelBasis(runner, 'balanced').surplusKcal).toBe(150);
    expect(fuelBasis(runner, 'endurance').surplusKcal).toBe(0);
    expect(SURPLUS_KCAL.muscle).toBeGreaterThanOrEqual(200);
    expect(SURPLUS_KCAL.muscle).toBeLessThanOrEqual(300);
  });

  it('uses Katch–McArdle when body fat is known', () => {
    const basis = fuelBasis({ ...runner, weightKg: 80, bodyFatPct: 15 }, 'endurance');
    expect(basis.bmrFormula).toBe('katch-mcardle');
    expect(basis.bmrKcal).toBe(1839);
    expect(basis.maintenanceKcal).toBe(2630); // 1839 × 1.43 = 2629.8
  });

  it('maintenance rounds to 10 kcal', () => {
    expect(maintenanceKcal(1320)).toBe(1890); // 1887.6
    expect(maintenanceKcal(1000) % 10).toBe(0);
  });
});
