import type { Focus, FuelDayType } from '../plan/types.js';

/**
 * Carbohydrate g/kg/day by the day's load (ACSM/AND/DC 2016): light 3–5, moderate 5–7,
 * high 6–10. The statement has no rest-day band; a rest day takes the light band, the lowest
 * it gives, so the stores refill for the next session.
 */
export const CARB_G_PER_KG: Readonly<Record<FuelDayType, readonly [number, number]>> = {
  rest: [3, 5],
  light: [3, 5],
  moderate: [5, 7],
  high: [6, 10],
};

/** Fat never goes below 20 % of energy (the bottom of the ACSM/AND/DC 20–35 % range). */
export const FAT_MIN_SHARE = 0.2;

/**
 * The fat share we aim for before carbs are clamped to their band. Endurance eats "carb-heavy"
 * (seed), so less fat; the other focuses sit at 30 %, mid-range.
 */
export const FAT_AIM_SHARE: Readonly<Record<Focus, number>> = {
  endurance: 0.25,
  balanced: 0.3,
  muscle: 0.3,
};

const KCAL_PER_G = { protein: 4, carbs: 4, fat: 9 } as const;

export interface Macros {
  proteinG: number;
  carbsG: number;
  fatG: number;
}

/**
 * Splits a day's energy: protein first (fixed g/kg), carbs towards the fat aim but inside the
 * day's band, fat the remainder. When the band's low end would push fat under 20 %, carbs give
 * way, since fat below that is hard to eat and low for hormones; protein is never cut.
 */
export function splitMacros(input: {
  kcal: number;
  weightKg: number;
  proteinGPerKg: number;
  dayType: FuelDayType;
  focus: Focus;
}): Macros {
  const { kcal, weightKg } = input;
  const proteinG = Math.round(weightKg * input.proteinGPerKg);
  const [lowGPerKg, highGPerKg] = CARB_G_PER_KG[input.dayType];
  const nonProteinKcal = kcal - proteinG * KCAL_PER_G.protein;
  const carbsAtAimG = (nonProteinKcal - kcal * FAT_AIM_SHARE[input.focus]) / KCAL_PER_G.carbs;
  const carbsInBandG = Math.min(highGPerKg * weightKg, Math.max(lowGPerKg * weightKg, carbsAtAimG));
  const carbsMaxG = Math.floor((nonProteinKcal - kcal * FAT_MIN_SHARE) / KCAL_PER_G.carbs);
  const carbsG = Math.max(0, Math.min(Math.round(carbsInBandG), carbsMaxG));
  const fatKcal = nonProteinKcal - carbsG * KCAL_PER_G.carbs;
  return { proteinG, carbsG, fatG: Math.max(0, Math.round(fatKcal / KCAL_PER_G.fat)) };
}

export function macroKcal(macros: Macros): number {
  return (
    macros.proteinG * KCAL_PER_G.protein +
    macros.carbsG * KCAL_PER_G.carbs +
    macros.fatG * KCAL_PER_G.fat
  );
}
