import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { restingKcal } from './resting.js';

describe('restingKcal', () => {
  it('Mifflin–St Jeor, male 72 kg 178 cm 30 y: 720 + 1112.5 − 150 + 5 = 1687.5 → 1688', () => {
    expect(restingKcal({ sex: 'male', ageYears: 30, heightCm: 178, weightKg: 72 })).toEqual({
      kcal: 1688,
      formula: 'mifflin-st-jeor',
    });
  });

  it('Mifflin–St Jeor, female 60 kg 165 cm 30 y: 600 + 1031.25 − 150 − 161 = 1320.25 → 1320', () => {
    expect(restingKcal({ sex: 'female', ageYears: 30, heightCm: 165, weightKg: 60 })).toEqual({
      kcal: 1320,
      formula: 'mifflin-st-jeor',
    });
  });

  it('the sexes differ by 166 kcal for the same measurements', () => {
    const male = restingKcal({ sex: 'male', ageYears: 45, heightCm: 170, weightKg: 70 }).kcal;
    const female = restingKcal({ sex: 'female', ageYears: 45, heightCm: 170, weightKg: 70 }).kcal;
    expect(male - female).toBe(166);
  });

  it('Katch–McArdle when body fat is given: 80 kg at 15 % → lean 68 kg → 370 + 1468.8 → 1839', () => {
    expect(
      restingKcal({ sex: 'male', ageYears: 30, heightCm: 180, weightKg: 80, bodyFatPct: 15 }),
    ).toEqual({ kcal: 1839, formula: 'katch-mcardle' });
  });

  it('Katch–McArdle ignores sex, age and height', () => {
    const a = restingKcal({
      sex: 'female',
      ageYears: 60,
      heightCm: 160,
      weightKg: 60,
      bodyFatPct: 25,
    });
    const b = restingKcal({
      sex: 'male',
      ageYears: 20,
      heightCm: 190,
      weightKg: 60,
      bodyFatPct: 25,
    });
    expect(a.kcal).toBe(b.kcal);
    expect(a.kcal).toBe(Math.round(370 + 21.6 * 45));
  });

  it('rejects a body out of range', () => {
    expect(() => restingKcal({ sex: 'male', ageYears: 30, heightCm: 178, weightKg: 720 })).toThrow(
      InputError,
    );
  });
});
