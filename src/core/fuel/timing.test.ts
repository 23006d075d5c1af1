import { describe, expect, it } from 'vitest';
import { mobility, run, strength } from './sessions.fixture.js';
import { fuelTiming, type TimingInput } from './timing.js';

const base: TimingInput = {
  sessions: [],
  weightKg: 72,
  proteinG: 144,
  meals: 4,
  surplusKcal: 0,
  electrolytes: false,
  waterL: 2.5,
};

describe('fuelTiming', () => {
  it('rest day: protein spread over the meals, no session advice', () => {
    const lines = fuelTiming({ ...base, sessions: [mobility(20)] });
    expect(lines[0]).toBe('Spread 144 g of protein over 4 meals, about 36 g each.');
    expect(lines.join(' ')).not.toMatch(/Before|After|During/);
    expect(lines.at(-1)).toBe('Drink about 2.5 L over the day.');
  });

  it('interval day: carbs 1–3 h before (~1 g/kg) and protein with carbs after', () => {
    const intervals = run('intervals', 8, 50);
    const lines = fuelTiming({ ...base, sessions: [intervals] });
    expect(lines).toContain(
      `Before ${intervals.title}: a carb-based meal 1–3 h ahead (about 70 g carbs), low in fat and fibre.`,
    );
    expect(lines).toContain(
      `After ${intervals.title}: about 36 g of protein with about 70 g of carbs within 30–60 min (2 h at most).`,
    );
    expect(lines.join(' ')).not.toMatch(/During/);
  });

  it('lifting day: 20–40 g protein with carbs within 30–60 min, nothing before', () => {
    const lift = strength(40);
    const lines = fuelTiming({ ...base, sessions: [lift] });
    expect(lines.join(' ')).not.toMatch(/Before/);
    expect(lines).toContain(
      `After ${lift.title}: about 36 g of protein with some carbs within 30–60 min (2 h at most).`,
    );
  });

  it('post-session protein stays within 20–40 g for small and large runners', () => {
    const lift = strength(40);
    const small = fuelTiming({ ...base, weightKg: 45, proteinG: 72, meals: 4, sessions: [lift] });
    const large = fuelTiming({ ...base, weightKg: 120, proteinG: 240, meals: 4, sessions: [lift] });
    expect(small.join(' ')).toMatch(/about 20 g of protein/);
    expect(large.join(' ')).toMatch(/about 40 g of protein/);
  });

  it('long run over 75 min: fuel during, and electrolytes when flagged', () => {
    const long = run('long', 18, 110);
    const lines = fuelTiming({ ...base, sessions: [long], electrolytes: true, waterL: 3.6 });
    expect(lines).toContain(
      `During ${long.title}: from about 45 min in, 30–60 g of carbs an hour (gels, sports drink, dried fruit) with water and electrolytes.`,
    );
    expect(lines.at(-1)).toBe(
      'Drink about 3.6 L over the day and add electrolytes (sodium) to drinks around training.',
    );
  });

  it('a 60-min long run gets fuel before but not during', () => {
    const lines = fuelTiming({ ...base, sessions: [run('long', 10, 60)] });
    expect(lines.join(' ')).toMatch(/Before/);
    expect(lines.join(' ')).not.toMatch(/During/);
  });

  it('run then lift: a snack between, the after-advice follows the lift', () => {
    const tempo = run('tempo', 10, 50);
    const lift = strength(35);
    const lines = fuelTiming({ ...base, sessions: [tempo, lift] });
    expect(lines).toContain(
      `Between ${tempo.title} and ${lift.title}: a snack with carbs and a little protein.`,
    );
    expect(lines.filter((line) => line.startsWith('After'))).toEqual([
      `After ${lift.title}: about 36 g of protein with about 70 g of carbs within 30–60 min (2 h at most).`,
    ]);
  });

  it('a surplus adds the evening-snack hint; maintenance does not', () => {
    expect(fuelTiming({ ...base, surplusKcal: 250 }).join(' ')).toMatch(/evening/);
    expect(fuelTiming(base).join(' ')).not.toMatch(/evening/);
  });
});
