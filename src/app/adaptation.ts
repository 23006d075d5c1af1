// SEAM for the adaptation core (src/core/adapt, being written in parallel). Every write that
// can change the week (a check-in, a logged session) calls adaptToData; once adaptPlan lands it
// will regenerate the base plan from the stored input, adapt it to the check-ins and logs up
// to the latest data date, and store the result as the current plan, so GET …/plan, the
// calendar and fuel all show the adapted week. Until then the generated plan stands unchanged.
import type { Services } from './services.js';

export async function adaptToData(_s: Services, _athleteId: string): Promise<void> {}
