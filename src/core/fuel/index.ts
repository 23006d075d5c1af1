// Public face of fuel: the plan generator, CLI and API import from here.
export { fuelBasis, maintenanceKcal, SURPLUS_KCAL } from './basis.js';
export { BODY_LIMITS } from './body.js';
export { dayFuel } from './day-fuel.js';
export { fuelDayType, trainingMinutes } from './day-type.js';
export { CARB_G_PER_KG } from './macros.js';
export { mealIdeas } from './meal-ideas.js';
export { mealsPerDay, PROTEIN_G_PER_KG } from './protein.js';
export { type RestingFormula, restingKcal } from './resting.js';
export { sessionKcal } from './session-kcal.js';
export { type FuelTargets, fuelTargets } from './targets.js';
