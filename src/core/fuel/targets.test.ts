import { describe, expect, it } from 'vitest';
import type { Body } from '../plan/types.js';
import { mealIdeas } from './meal-ideas.js';
import { run } from './sessions.fixture.js';
import { fuelTargets } from './targets.js';

const runner: Body = { sex: 'male', ageYears: 30, heightCm: 178, weightKg: 72 };

describe('fuelTargets', () => {
  it('with no sessions: a rest day at maintenance + surplus', () => {
    const targets = fuelTargets({ body: runner, focus: 'muscle' });
    expect(targets).toMatchObject({
      bmrKcal: 1688,
      maintenanceKcal: 2410,
      targetKcal: 2660,
      proteinG: 144,
      carbsG: 322,
      fatG: 88,
      meals: 4,
      dayType: 'rest',
      waterL: 2.5,
      electrolytes: false,
    });
    expect(targets.mealIdeas).toEqual(mealIdeas('rest'));
  });

  it('a long run in the heat: high day, electrolytes, more water', () => {
    const targets = fuelTargets({
      body: runner,
      focus: 'endurance',
      sessions: [run('long', 20, 120)],
      heat: true,
    });
    expect(targets.dayType).toBe('high');
    expect(targets.targetKcal).toBe(2410 + 1440);
    expect(targets.electrolytes).toBe(true);
    expect(targets.waterL).toBe(4.6); // 2.52 + 2 h × 0.8 + 0.5
    expect(targets.mealIdeas).toEqual(mealIdeas('high'));
  });
});
