import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import type { Body, Focus, Session } from '../plan/types.js';
import { fuelBasis } from './basis.js';
import { BODY_LIMITS } from './body.js';
import { dayFuel } from './day-fuel.js';
import { trainingSessions } from './day-type.js';
import { CARB_G_PER_KG, FAT_MIN_SHARE, macroKcal } from './macros.js';
import { PROTEIN_PER_MEAL_G_PER_KG } from './protein.js';
import { cross, mobility, run, strength } from './sessions.fixture.js';

const runner: Body = { sex: 'male', ageYears: 30, heightCm: 178, weightKg: 72 };

function dayFor(body: Body, focus: Focus, sessions: Session[], heat = false) {
  return dayFuel({ basis: fuelBasis(body, focus), body, focus, sessions, heat });
}

describe('dayFuel, hand-worked', () => {
  it('muscle rest day, 72 kg man: 2410 + 250 = 2660 kcal', () => {
    expect(dayFor(runner, 'muscle', [])).toEqual({
      dayType: 'rest',
      kcal: 2660,
      proteinG: 144,
      carbsG: 322,
      fatG: 88,
      meals: 4,
      trainingKcal: 0,
      waterL: 2.5,
      electrolytes: false,
      timing: expect.any(Array),
    });
  });

  it('muscle long-run day: + 20 km × 72 kg = 1440 kcal, carbs inside 6–10 g/kg', () => {
    const day = dayFor(runner, 'muscle', [run('long', 20, 120)]);
    expect(day.dayType).toBe('high');
    expect(day.trainingKcal).toBe(1440);
    expect(day.kcal).toBe(4100);
    // carbs (4100 − 576 − 1230) / 4 = 573.5 → 574 g = 8.0 g/kg
    expect(day.carbsG).toBe(574);
    expect(day.fatG).toBe(Math.round((4100 - 576 - 574 * 4) / 9));
    expect(day.electrolytes).toBe(true);
  });

  it('the long-run day carries more carbs and energy than the rest day, same protein', () => {
    const rest = dayFor(runner, 'balanced', []);
    const long = dayFor(runner, 'balanced', [run('long', 20, 120)]);
    expect(long.carbsG).toBeGreaterThan(rest.carbsG);
    expect(long.kcal - rest.kcal).toBe(1440);
    expect(long.proteinG).toBe(rest.proteinG);
  });

  it('a female endurance runner at maintenance on an easy day', () => {
    const body: Body = { sex: 'female', ageYears: 30, heightCm: 165, weightKg: 60 };
    const day = dayFor(body, 'endurance', [run('easy', 8, 48)]);
    expect(day.kcal).toBe(1890 + 480);
    expect(day.proteinG).toBe(96);
    expect(day.meals).toBe(3);
    expect(day.dayType).toBe('moderate');
  });

  it('rejects a broken basis', () => {
    const basis = { ...fuelBasis(runner, 'muscle'), maintenanceKcal: Number.NaN };
    expect(() =>
      dayFuel({ basis, body: runner, focus: 'muscle', sessions: [], heat: false }),
    ).toThrow(InputError);
  });
});

const bodyArb: fc.Arbitrary<Body> = fc.record(
  {
    sex: fc.constantFrom('male' as const, 'female' as const),
    ageYears: fc.integer({ min: BODY_LIMITS.ageYears[0], max: BODY_LIMITS.ageYears[1] }),
    heightCm: fc.double({
      min: BODY_LIMITS.heightCm[0],
      max: BODY_LIMITS.heightCm[1],
      noNaN: true,
    }),
    weightKg: fc.double({
      min: BODY_LIMITS.weightKg[0],
      max: BODY_LIMITS.weightKg[1],
      noNaN: true,
    }),
    bodyFatPct: fc.double({
      min: BODY_LIMITS.bodyFatPct[0],
      max: BODY_LIMITS.bodyFatPct[1],
      noNaN: true,
    }),
  },
  { requiredKeys: ['sex', 'ageYears', 'heightCm', 'weightKg'] },
);

const sessionArb: fc.Arbitrary<Session> = fc.oneof(
  fc
    .record({
      type: fc.constantFrom(
        'easy' as const,
        'recovery' as const,
        'long' as const,
        'tempo' as const,
        'intervals' as const,
        'hills' as const,
        'race' as const,
      ),
      minutes: fc.integer({ min: 10, max: 300 }),
      secPerKm: fc.integer({ min: 180, max: 480 }),
    })
    .map(({ type, minutes, secPerKm }) => run(type, (minutes * 60) / secPerKm, minutes)),
  fc
    .tuple(fc.integer({ min: 10, max: 90 }), fc.boolean())
    .map(([min, heavy]) => strength(min, heavy)),
  fc.integer({ min: 5, max: 60 }).map(mobility),
  fc.integer({ min: 10, max: 120 }).map(cross),
);

const focusArb = fc.constantFrom<Focus>('endurance', 'balanced', 'muscle');
const dayArb = fc.record({
  body: bodyArb,
  focus: focusArb,
  sessions: fc.array(sessionArb, { maxLength: 3 }),
  heat: fc.boolean(),
});

describe('dayFuel, properties over many bodies and days', () => {
  it('no negative or non-finite number anywhere; kcal on a 10 grid, grams whole', () => {
    fc.assert(
      fc.property(dayArb, ({ body, focus, sessions, heat }) => {
        const day = dayFor(body, focus, sessions, heat);
        for (const value of [
          day.kcal,
          day.proteinG,
          day.carbsG,
          day.fatG,
          day.trainingKcal,
          day.waterL,
        ]) {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
        }
        expect(day.kcal % 10).toBe(0);
        expect(
          Number.isInteger(day.proteinG) &&
            Number.isInteger(day.carbsG) &&
            Number.isInteger(day.fatG),
        ).toBe(true);
        expect(day.timing.length).toBeGreaterThan(0);
        expect(day.timing.join(' ')).not.toMatch(/NaN|undefined|Infinity/);
      }),
      { numRuns: 3000 },
    );
  });

  it('macro energy (4/4/9) is within 2 % of kcal', () => {
    fc.assert(
      fc.property(dayArb, ({ body, focus, sessions, heat }) => {
        const day = dayFor(body, focus, sessions, heat);
        expect(Math.abs(macroKcal(day) - day.kcal)).toBeLessThanOrEqual(day.kcal * 0.02);
      }),
      { numRuns: 3000 },
    );
  });

  it('protein is 1.6–2.2 g/kg, in 3–5 meals of 0.40–0.55 g/kg', () => {
    fc.assert(
      fc.property(dayArb, ({ body, focus, sessions }) => {
        const day = dayFor(body, focus, sessions);
        const w = body.weightKg;
        expect(day.proteinG).toBeGreaterThanOrEqual(Math.round(1.6 * w));
        expect(day.proteinG).toBeLessThanOrEqual(Math.round(2.2 * w));
        expect(day.meals).toBeGreaterThanOrEqual(3);
        expect(day.meals).toBeLessThanOrEqual(5);
        // whole grams of protein move a meal by at most 0.5 g / meals
        const perMealG = day.proteinG / day.meals;
        expect(perMealG).toBeGreaterThanOrEqual(PROTEIN_PER_MEAL_G_PER_KG[0] * w - 0.5);
        expect(perMealG).toBeLessThanOrEqual(PROTEIN_PER_MEAL_G_PER_KG[1] * w + 0.5);
      }),
      { numRuns: 2000 },
    );
  });

  it('carbs sit inside the day-type band, going below it only when fat would drop under 20 %', () => {
    fc.assert(
      fc.property(dayArb, ({ body, focus, sessions, heat }) => {
        const day = dayFor(body, focus, sessions, heat);
        const [lowGPerKg, highGPerKg] = CARB_G_PER_KG[day.dayType];
        expect(day.carbsG).toBeLessThanOrEqual(Math.round(highGPerKg * body.weightKg));
        // fat never meaningfully under the floor (whole-gram rounding aside)
        expect(day.fatG * 9).toBeGreaterThanOrEqual(day.kcal * FAT_MIN_SHARE - 9);
        if (day.carbsG < Math.round(lowGPerKg * body.weightKg)) {
          expect(day.fatG * 9).toBeLessThanOrEqual(day.kcal * FAT_MIN_SHARE + 9);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('heat on a training day means electrolytes; a harder day never gets less energy', () => {
    fc.assert(
      fc.property(dayArb, ({ body, focus, sessions }) => {
        const hot = dayFor(body, focus, sessions, true);
        const mild = dayFor(body, focus, sessions, false);
        if (trainingSessions(sessions).length > 0) expect(hot.electrolytes).toBe(true);
        expect(hot.waterL).toBeGreaterThan(mild.waterL);
        expect(hot.kcal).toBe(mild.kcal);
        const rest = dayFor(body, focus, []);
        expect(mild.kcal).toBeGreaterThanOrEqual(rest.kcal);
      }),
      { numRuns: 1000 },
    );
  });
});
