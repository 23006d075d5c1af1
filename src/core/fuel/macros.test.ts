import { describe, expect, it } from 'vitest';
import { CARB_G_PER_KG, macroKcal, splitMacros } from './macros.js';

describe('splitMacros', () => {
  it('muscle rest day, 72 kg at 2660 kcal: 144 g protein, carbs for 30 % fat, fat the rest', () => {
    // carbs (2660 − 576 − 798) / 4 = 321.5 → 322 g (4.5 g/kg, inside 3–5); fat (2660 − 576 − 1288) / 9 = 88.4 → 88 g
    const macros = splitMacros({
      kcal: 2660,
      weightKg: 72,
      proteinGPerKg: 2.0,
      dayType: 'rest',
      focus: 'muscle',
    });
    expect(macros).toEqual({ proteinG: 144, carbsG: 322, fatG: 88 });
  });

  it('endurance aims for less fat (25 %) than muscle (30 %) at the same energy', () => {
    const base = { kcal: 2800, weightKg: 65, proteinGPerKg: 1.6, dayType: 'moderate' as const };
    const endurance = splitMacros({ ...base, focus: 'endurance' });
    const muscle = splitMacros({ ...base, focus: 'muscle' });
    expect(endurance.carbsG).toBeGreaterThan(muscle.carbsG);
    expect((endurance.fatG * 9) / 2800).toBeCloseTo(0.25, 2);
  });

  it('clamps carbs to the top of the band and puts the rest into fat', () => {
    // 60 kg at 4000 kcal on a light day: the 30 % aim would be 640 g, the band stops at 300 g
    const macros = splitMacros({
      kcal: 4000,
      weightKg: 60,
      proteinGPerKg: 1.8,
      dayType: 'light',
      focus: 'balanced',
    });
    expect(macros.carbsG).toBe(5 * 60);
    expect(macros.fatG).toBe(Math.round((4000 - 108 * 4 - 300 * 4) / 9));
  });

  it('lowers carbs below the band when the band would push fat under 20 %', () => {
    // 150 kg at 3150 kcal: band low 450 g would leave fat at 8 %; carbs drop to keep 20 %
    const macros = splitMacros({
      kcal: 3150,
      weightKg: 150,
      proteinGPerKg: 1.8,
      dayType: 'light',
      focus: 'balanced',
    });
    expect(macros.proteinG).toBe(270);
    expect(macros.carbsG).toBe(360); // (3150 − 1080 − 630) / 4
    expect((macros.fatG * 9) / 3150).toBeCloseTo(0.2, 2);
  });

  it('the bands are the ACSM/AND/DC 2016 figures', () => {
    expect(CARB_G_PER_KG.light).toEqual([3, 5]);
    expect(CARB_G_PER_KG.moderate).toEqual([5, 7]);
    expect(CARB_G_PER_KG.high).toEqual([6, 10]);
  });

  it('macroKcal counts 4/4/9', () => {
    expect(macroKcal({ proteinG: 100, carbsG: 200, fatG: 50 })).toBe(400 + 800 + 450);
  });
});
