// The reference runner of the plan generator's tests and her plan, shared by the adaptation tests.
import { generatePlan } from '../plan/generate.js';
import type { Plan, PlanInput } from '../plan/types.js';

export const REFERENCE_INPUT: PlanInput = {
  distance: '10k',
  weeks: 12,
  start: '2027-01-18',
  focus: 'muscle',
  weeklyKm: 25,
  days: ['mon', 'tue', 'thu', 'fri', 'sat', 'sun'],
  longRunDay: 'sat',
  experience: 'intermediate',
  recent: { distanceM: 5000, timeSec: 1350 },
  body: { sex: 'male', ageYears: 30, heightCm: 178, weightKg: 72 },
  equipment: 'gym',
};

export function planFor(input: PlanInput): Plan {
  const r = generatePlan(input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Twelve weeks: three full weeks building up, then a lighter one (week 4), and so on to the taper. */
export const REFERENCE_PLAN = planFor(REFERENCE_INPUT);
