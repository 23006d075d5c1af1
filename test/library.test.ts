import { describe, expect, it } from 'vitest';
import * as runstrong from '../src/core/index.js';

describe('the core as a library', () => {
  it('plans, validates and explains through one import', () => {
    const r = runstrong.generatePlan({
      distance: '5k',
      weeks: 8,
      start: '2027-03-01',
      focus: 'balanced',
      weeklyKm: 20,
      days: ['mon', 'wed', 'fri', 'sat'],
      longRunDay: 'sat',
      experience: 'beginner',
      body: { sex: 'female', ageYears: 45, heightCm: 160, weightKg: 58 },
      equipment: 'home',
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(runstrong.validatePlan(r.value)).toEqual([]);
    expect(r.value.pacesSource).toMatch(
      /No recent race was given, so paces use a cautious VDOT of 30/,
    );
    expect(runstrong.RULES['legs-before-hard'].text).toMatch(/24–36 hours/);
    expect(runstrong.formatPace(300, 'mi')).toBe('8:03/mi');
  });
});
