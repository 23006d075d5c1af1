import type { Body } from '../plan/types.js';
import { assertBody } from './body.js';

export type RestingFormula = 'mifflin-st-jeor' | 'katch-mcardle';

/**
 * Resting energy in whole kcal a day.
 * Mifflin–St Jeor (1990): 10 W + 6.25 H − 5 A + 5 for men, − 161 for women (W kg, H cm, A years).
 * Katch–McArdle: 370 + 21.6 × lean mass (kg); preferred when body fat is known, because lean
 * mass drives resting energy better than weight and height do.
 */
export function restingKcal(body: Body): { kcal: number; formula: RestingFormula } {
  assertBody(body);
  if (body.bodyFatPct !== undefined) {
    const leanMassKg = body.weightKg * (1 - body.bodyFatPct / 100);
    return { kcal: Math.round(370 + 21.6 * leanMassKg), formula: 'katch-mcardle' };
  }
  const sexOffsetKcal = body.sex === 'male' ? 5 : -161;
  const kcal = 10 * body.weightKg + 6.25 * body.heightCm - 5 * body.ageYears + sexOffsetKcal;
  return { kcal: Math.round(kcal), formula: 'mifflin-st-jeor' };
}
