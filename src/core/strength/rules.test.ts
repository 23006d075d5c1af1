import { describe, expect, it } from 'vitest';
import { getExercise } from '../exercises/library.js';
import { STRENGTH_RULES, takesCompoundDose } from './rules.js';

describe('takesCompoundDose', () => {
  it('covers rep-counted squats, hinges, lunges, presses and pulls, not holds, calves or core', () => {
    const dose = (id: string) => takesCompoundDose(getExercise(id));
    expect(dose('back-squat')).toBe(true);
    expect(dose('hip-thrust')).toBe(true); // one joint, but a hinge pattern the validator doses
    expect(dose('prone-y-raise')).toBe(true);
    expect(dose('farmer-carry')).toBe(false);
    expect(dose('calf-raise')).toBe(false);
    expect(dose('glute-bridge')).toBe(false);
    expect(dose('plank')).toBe(false);
  });
});

describe('STRENGTH_RULES', () => {
  it('lets two +1 rep steps from either base range stay inside the compound rep window', () => {
    const [, top] = STRENGTH_RULES.compoundReps;
    const steps = STRENGTH_RULES.repCycleWeeks - 1;
    expect(STRENGTH_RULES.heavyBaseReps[1] + steps).toBeLessThanOrEqual(top);
    expect(STRENGTH_RULES.lightBaseReps[1] + steps).toBeLessThanOrEqual(top);
    expect(STRENGTH_RULES.heavyBaseReps[0]).toBeLessThan(STRENGTH_RULES.lightBaseReps[0]);
  });

  it('keeps load steps inside the seed’s 2–5 % a week', () => {
    for (const pct of Object.values(STRENGTH_RULES.loadStepPct)) {
      expect(pct).toBeGreaterThanOrEqual(2);
      expect(pct).toBeLessThanOrEqual(5);
    }
  });
});
