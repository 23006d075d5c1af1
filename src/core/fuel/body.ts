import { InputError } from '../errors.js';
import type { Body } from '../plan/types.js';

/**
 * Accepted ranges. They are wide on purpose: they reject typos and unit mix-ups (pounds typed
 * as kg, metres as cm), not people, and they are at least as wide as the plan input's checks
 * (plan/input.ts) so a plan that passed those never fails here. The resting-energy equations
 * were fitted on adults of ordinary build, so figures near the ends of these ranges are rougher.
 */
export const BODY_LIMITS = {
  ageYears: [12, 100],
  heightCm: [100, 250],
  weightKg: [25, 300],
  bodyFatPct: [3, 60],
} as const;

const UNITS: Readonly<Record<keyof typeof BODY_LIMITS, string>> = {
  ageYears: 'years',
  heightCm: 'cm',
  weightKg: 'kg',
  bodyFatPct: '%',
};

/** Throws InputError unless value is a finite number inside the accepted range for field. */
export function assertBodyField(field: keyof typeof BODY_LIMITS, value: number): void {
  const [low, high] = BODY_LIMITS[field];
  if (!Number.isFinite(value) || value < low || value > high) {
    throw new InputError(`${field} ${value}: expected ${low}–${high} ${UNITS[field]}`, field);
  }
}

/** Throws InputError naming the first field that is missing or out of range. */
export function assertBody(body: Body): void {
  if (body.sex !== 'male' && body.sex !== 'female') {
    throw new InputError(`sex "${String(body.sex)}": expected "male" or "female"`, 'sex');
  }
  assertBodyField('ageYears', body.ageYears);
  assertBodyField('heightCm', body.heightCm);
  assertBodyField('weightKg', body.weightKg);
  if (body.bodyFatPct !== undefined) assertBodyField('bodyFatPct', body.bodyFatPct);
}
