import type { Focus } from '../plan/types.js';

/**
 * Daily protein per kg of body weight, all inside the 1.6–2.2 g/kg band for lean-mass gain
 * (Iraki et al. 2019). Endurance sits at 1.6, where Morton 2018 found gains plateau; muscle
 * focus goes to 2.0 to cover the extra lifting while running still burns some protein.
 */
export const PROTEIN_G_PER_KG: Readonly<Record<Focus, number>> = {
  endurance: 1.6,
  balanced: 1.8,
  muscle: 2.0,
};

/** A protein meal of 0.40–0.55 g/kg (Iraki et al. 2019); the seed asks for 3–5 meals. */
export const PROTEIN_PER_MEAL_G_PER_KG: readonly [number, number] = [0.4, 0.55];
export const MEALS_PER_DAY_RANGE: readonly [number, number] = [3, 5];

/** Fewest meals (3–5) that keep each one at or under 0.55 g/kg. */
export function mealsPerDay(proteinGPerKg: number): number {
  const needed = Math.ceil(proteinGPerKg / PROTEIN_PER_MEAL_G_PER_KG[1] - 1e-9);
  return Math.min(MEALS_PER_DAY_RANGE[1], Math.max(MEALS_PER_DAY_RANGE[0], needed));
}
