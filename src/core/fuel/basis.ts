import type { Body, Focus, FuelBasis } from '../plan/types.js';
import { PROTEIN_G_PER_KG } from './protein.js';
import { restingKcal } from './resting.js';
import { roundTo } from './round.js';

/**
 * Non-exercise allowance. Activity multipliers are conventions (SCIENCE.md), so we build the
 * figure from parts: ×1.3 for daily living outside training, then ×1.1 for the thermic effect
 * of food (~10 % of intake). Together ×1.43, inside the FAO/WHO/UNU 2004 sedentary-to-light
 * band (PAL 1.40–1.69) for a desk day; planned sessions are added on the day they happen.
 */
export const DAILY_LIVING_FACTOR = 1.3;
export const THERMIC_EFFECT_FACTOR = 1.1;

/**
 * Daily surplus on top of maintenance and training.
 * muscle 250: the middle of the seed's 200–300 kcal.
 * balanced 150: it lifts for growth too, so it gets some surplus, but it runs more, and a
 * smaller surplus keeps weight gain slow (≤ ~0.25 % a week) so race weight barely moves.
 * endurance 0: maintenance, as the seed says for endurance-oriented runners.
 */
export const SURPLUS_KCAL: Readonly<Record<Focus, number>> = {
  endurance: 0,
  balanced: 150,
  muscle: 250,
};

export function maintenanceKcal(bmrKcal: number): number {
  return roundTo(bmrKcal * DAILY_LIVING_FACTOR * THERMIC_EFFECT_FACTOR, 10);
}

/** The parts of the daily target that do not depend on the day's sessions. */
export function fuelBasis(body: Body, focus: Focus): FuelBasis {
  const resting = restingKcal(body);
  return {
    bmrKcal: resting.kcal,
    bmrFormula: resting.formula,
    maintenanceKcal: maintenanceKcal(resting.kcal),
    surplusKcal: SURPLUS_KCAL[focus],
    proteinGPerKg: PROTEIN_G_PER_KG[focus],
  };
}
