import { InputError } from '../errors.js';
import type { Body, DayFuel, Focus, FuelBasis, Session } from '../plan/types.js';
import { assertBody } from './body.js';
import { fuelDayType } from './day-type.js';
import { hydration } from './hydration.js';
import { splitMacros } from './macros.js';
import { mealsPerDay } from './protein.js';
import { roundTo } from './round.js';
import { sessionKcal } from './session-kcal.js';
import { fuelTiming } from './timing.js';

function assertBasis(basis: FuelBasis): void {
  const checks: [keyof FuelBasis, number, number][] = [
    ['maintenanceKcal', basis.maintenanceKcal, 1],
    ['surplusKcal', basis.surplusKcal, 0],
    ['proteinGPerKg', basis.proteinGPerKg, 0.1],
  ];
  for (const [field, value, least] of checks) {
    if (!Number.isFinite(value) || value < least) {
      throw new InputError(
        `fuel basis ${field} ${value}: expected a number of ${least} or more`,
        field,
      );
    }
  }
}

/**
 * One day's fuel: maintenance + surplus + the net cost of the day's sessions, split into
 * macros by the day's load, with timing, fluid and electrolytes.
 */
export function dayFuel(input: {
  basis: FuelBasis;
  body: Body;
  focus: Focus;
  sessions: Session[];
  heat: boolean;
}): DayFuel {
  const { basis, body, sessions } = input;
  assertBody(body);
  assertBasis(basis);
  const trainingKcal = sessions.reduce((sum, s) => sum + sessionKcal(s, body.weightKg), 0);
  const kcal = roundTo(basis.maintenanceKcal + basis.surplusKcal + trainingKcal, 10);
  const dayType = fuelDayType(sessions);
  const meals = mealsPerDay(basis.proteinGPerKg);
  const macros = splitMacros({
    kcal,
    weightKg: body.weightKg,
    proteinGPerKg: basis.proteinGPerKg,
    dayType,
    focus: input.focus,
  });
  const { waterL, electrolytes } = hydration({
    weightKg: body.weightKg,
    sessions,
    heat: input.heat,
  });
  const timing = fuelTiming({
    sessions,
    weightKg: body.weightKg,
    proteinG: macros.proteinG,
    meals,
    surplusKcal: basis.surplusKcal,
    electrolytes,
    waterL,
  });
  return { dayType, kcal, ...macros, meals, trainingKcal, waterL, electrolytes, timing };
}
