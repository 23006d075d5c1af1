import type { Body, Focus, FuelDayType, Session } from '../plan/types.js';
import { fuelBasis } from './basis.js';
import { dayFuel } from './day-fuel.js';
import { mealIdeas } from './meal-ideas.js';

export interface FuelTargets {
  bmrKcal: number;
  maintenanceKcal: number;
  targetKcal: number;
  proteinG: number;
  carbsG: number;
  fatG: number;
  meals: number;
  dayType: FuelDayType;
  timing: string[];
  waterL: number;
  electrolytes: boolean;
  mealIdeas: string[];
}

/** One call for the CLI and API: the basis and one day's fuel, with meal ideas for that day. */
export function fuelTargets(input: {
  body: Body;
  focus: Focus;
  sessions?: Session[];
  heat?: boolean;
}): FuelTargets {
  const basis = fuelBasis(input.body, input.focus);
  const day = dayFuel({
    basis,
    body: input.body,
    focus: input.focus,
    sessions: input.sessions ?? [],
    heat: input.heat ?? false,
  });
  return {
    bmrKcal: basis.bmrKcal,
    maintenanceKcal: basis.maintenanceKcal,
    targetKcal: day.kcal,
    proteinG: day.proteinG,
    carbsG: day.carbsG,
    fatG: day.fatG,
    meals: day.meals,
    dayType: day.dayType,
    timing: day.timing,
    waterL: day.waterL,
    electrolytes: day.electrolytes,
    mealIdeas: mealIdeas(day.dayType),
  };
}
