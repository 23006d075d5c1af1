import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import type { Body, Focus } from '../plan/types.js';
import { expectations } from './expectations.js';

const runner: Body = { sex: 'male', ageYears: 30, heightCm: 178, weightKg: 72 };

function textOf(focus: Focus, weeks: number, upperEmphasis = false, body = runner): string {
  return expectations({ focus, weeks, upperEmphasis, body })
    .map((e) => `${e.horizon}: ${e.text}`)
    .join('\n');
}

describe('expectations', () => {
  it('muscle, 16 weeks, 72 kg: gain 0.18–0.36 kg a week, 2.9–5.8 kg in all', () => {
    const text = textOf('muscle', 16);
    expect(text).toContain('0.18–0.36 kg a week (0.25–0.5 % of 72 kg)');
    expect(text).toContain('2.9–5.8 kg over 16 weeks');
  });

  it('balanced gains at most 0.25 % a week', () => {
    expect(textOf('balanced', 12)).toContain('at most about 0.18 kg a week');
    expect(textOf('balanced', 12)).toContain('up to 2.2 kg over 12 weeks');
  });

  it('endurance: weight level, durability rather than size, no lean-mass promise', () => {
    const text = textOf('endurance', 16);
    expect(text).toMatch(/stays about level/);
    expect(text).toMatch(/durability, not size/);
    expect(text).not.toMatch(/lean mass/);
  });

  it('visible legs at weeks 8–12 only when the plan reaches week 12', () => {
    expect(textOf('muscle', 16)).toContain('weeks 8–12: Quads');
    expect(textOf('muscle', 10)).toContain('by week 10: The first visible change');
    expect(textOf('muscle', 6)).toContain('weeks 1–6: Too short for visible change');
    expect(textOf('muscle', 6)).not.toContain('weeks 8–12');
  });

  it('1–2 kg lean mass is promised only for plans of 3 months or more', () => {
    expect(textOf('muscle', 13)).toContain('first 3–4 months: About 1–2 kg of lean mass');
    expect(textOf('muscle', 12)).toContain('by week 12: Some lean mass, but less than the 1–2 kg');
    expect(textOf('muscle', 12)).not.toContain('first 3–4 months');
    expect(textOf('balanced', 16)).toContain('lower end');
  });

  it('upper body: definition when trained on purpose, little change otherwise', () => {
    expect(textOf('muscle', 12, true)).toMatch(/definition more than size/);
    expect(textOf('muscle', 12, false)).toMatch(/upper body changes little/);
  });

  it('the band scales with this body: 55 kg → 0.14–0.28 kg a week', () => {
    const light: Body = { sex: 'female', ageYears: 28, heightCm: 163, weightKg: 55 };
    expect(textOf('muscle', 10, false, light)).toContain('0.14–0.28 kg a week');
  });

  it('rejects weeks that are not a whole number from 1 to 52, and a bad body', () => {
    expect(() =>
      expectations({ focus: 'muscle', weeks: 0, upperEmphasis: false, body: runner }),
    ).toThrow(InputError);
    expect(() =>
      expectations({ focus: 'muscle', weeks: 8.5, upperEmphasis: false, body: runner }),
    ).toThrow(/weeks 8.5: expected a whole number from 1 to 52/);
    expect(() =>
      expectations({
        focus: 'muscle',
        weeks: 8,
        upperEmphasis: false,
        body: { ...runner, weightKg: -1 },
      }),
    ).toThrow(/weightKg/);
  });
});

describe('expectations in pounds', () => {
  it('states masses in lb when the runner reads in lb', () => {
    const list = expectations({
      focus: 'muscle',
      weeks: 16,
      upperEmphasis: false,
      body: { sex: 'male', ageYears: 30, heightCm: 178, weightKg: 72 },
      massUnit: 'lb',
    });
    const text = list.map((e) => e.text).join(' ');
    // 72 kg = 158.7 lb; 0.25–0.5 % of it = 0.40–0.79 lb a week, 6.3–12.7 lb over 16 weeks.
    expect(text).toContain('Body weight up about 0.4–0.8 lb a week (0.25–0.5 % of 158.8 lb)');
    expect(text).toContain('About 2–4 lb of lean mass');
    expect(text).not.toMatch(/\bkg\b/);
  });
});
