import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WEEKDAYS, weekdayOf } from '../dates/calendar.js';
import { validatePlan } from '../rules/validate.js';
import { generatePlan } from './generate.js';
import type { PlanInput, Weekday } from './types.js';

const base: PlanInput = {
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

const athlete = fc
  .record({
    distance: fc.constantFrom('5k', '10k', 'half', 'marathon'),
    weeks: fc.integer({ min: 8, max: 20 }),
    startDay: fc.integer({ min: 0, max: 1500 }),
    focus: fc.constantFrom('endurance', 'balanced', 'muscle'),
    weeklyKm: fc.integer({ min: 0, max: 90 }),
    days: fc.subarray([...WEEKDAYS], { minLength: 1 }),
    longPick: fc.nat(),
    experience: fc.constantFrom('beginner', 'intermediate', 'advanced'),
    recentSec: fc.option(fc.integer({ min: 15 * 60, max: 40 * 60 }), { nil: undefined }),
    sex: fc.constantFrom('male', 'female'),
    ageYears: fc.integer({ min: 16, max: 75 }),
    heightCm: fc.integer({ min: 150, max: 200 }),
    weightKg: fc.integer({ min: 45, max: 120 }),
    bodyFatPct: fc.option(fc.integer({ min: 8, max: 40 }), { nil: undefined }),
    equipment: fc.constantFrom('gym', 'home', 'bodyweight'),
    upperEmphasis: fc.boolean(),
    heat: fc.boolean(),
    minutes: fc.option(fc.integer({ min: 20, max: 120 }), { nil: undefined }),
  })
  .map((a): PlanInput => {
    const days = a.days as Weekday[];
    const input: PlanInput = {
      distance: a.distance as PlanInput['distance'],
      weeks: a.weeks,
      start: new Date(Date.UTC(2026, 0, 1 + a.startDay)).toISOString().slice(0, 10),
      focus: a.focus as PlanInput['focus'],
      weeklyKm: a.weeklyKm,
      days,
      longRunDay: days[a.longPick % days.length]!,
      experience: a.experience as PlanInput['experience'],
      body: {
        sex: a.sex as 'male' | 'female',
        ageYears: a.ageYears,
        heightCm: a.heightCm,
        weightKg: a.weightKg,
      },
      equipment: a.equipment as PlanInput['equipment'],
      upperEmphasis: a.upperEmphasis,
      heat: a.heat,
    };
    if (a.recentSec) input.recent = { distanceM: 5000, timeSec: a.recentSec };
    if (a.bodyFatPct) input.body.bodyFatPct = a.bodyFatPct;
    if (a.minutes) input.minutesPerDay = Object.fromEntries(days.map((d) => [d, a.minutes!]));
    return input;
  });

describe('generatePlan', () => {
  it('makes a plan that passes every rule for the reference runner', () => {
    const r = generatePlan(base);
    if (!r.ok) throw new Error(r.error.message);
    const plan = r.value;
    expect(validatePlan(plan)).toEqual([]);
    expect(plan.weeks).toHaveLength(12);
    expect(plan.race).toEqual({ distance: '10k', date: '2027-04-11' });
    const days = plan.weeks.flatMap((w) => w.days);
    expect(days).toHaveLength(84);
    expect(days[0]!.date).toBe('2027-01-18');
    expect(days.at(-1)!.sessions.map((s) => s.kind === 'run' && s.type)).toEqual(['race']);
    expect(plan.weeks.map((w) => w.phase)).toEqual([
      'base',
      'base',
      'base',
      'base',
      'build',
      'build',
      'build',
      'build',
      'peak',
      'peak',
      'peak',
      'taper',
    ]);
    expect(plan.weeks.filter((w) => w.lighter).map((w) => w.index)).toEqual([4, 8]);
    expect(plan.weeks[0]!.runKm).toBeGreaterThanOrEqual(20);
    expect(plan.weeks[0]!.runKm).toBeLessThanOrEqual(30);
    for (const w of plan.weeks) expect(w.runKm).toBeLessThanOrEqual(40);
  });

  it('is deterministic: the same input gives the same plan', () => {
    expect(generatePlan(base)).toEqual(generatePlan(structuredClone(base)));
  });

  it('gives every session its own reason, not one sentence pasted everywhere', () => {
    const r = generatePlan(base);
    if (!r.ok) throw new Error(r.error.message);
    const week = r.value.weeks[1]!;
    const sessions = week.days.flatMap((d) => d.sessions);
    const kinds = new Set(
      sessions.map(
        (s) => `${s.kind}:${s.kind === 'run' ? s.type : s.kind === 'strength' ? s.focus : ''}`,
      ),
    );
    const whys = new Set(sessions.map((s) => s.why));
    expect(whys.size).toBeGreaterThanOrEqual(kinds.size);
    for (const s of sessions) expect(s.why.length).toBeGreaterThan(20);
  });

  it('sums up each week in time, not distance, so it reads the same in km or miles', () => {
    const r = generatePlan(base);
    if (!r.ok) throw new Error(r.error.message);
    const weeks = r.value.weeks;
    // Week 1 runs: hills 33 + easy 22 + tempo 27 + easy 22 + long 44 = 148 min.
    expect(weeks[0]!.summary).toBe(
      'Base: 2 h 28 min of running, 3 strength sessions. Aerobic base, hill sprints for glutes and calves, and the first strength blocks.',
    );
    // Race week: race pace 29 + three easy runs of 24 = 101 min; the race itself is apart.
    expect(weeks.at(-1)!.summary).toBe(
      'Race week: 1 h 41 min of running besides the race, 1 strength session. Sharpen, rest, race.',
    );
    for (const week of weeks) expect(week.summary).not.toMatch(/\d\s*(km|mi)\b/);
  });

  it('follows the seed sample week for a six-day muscle-focused runner', () => {
    const r = generatePlan(base);
    if (!r.ok) throw new Error(r.error.message);
    const week = r.value.weeks[1]!;
    const byDay = Object.fromEntries(week.days.map((d) => [d.weekday, d.sessions]));
    expect(byDay.sat!.some((s) => s.kind === 'run' && s.type === 'long')).toBe(true);
    const mains = week.days
      .flatMap((d) => d.sessions)
      .filter((s) => s.kind === 'strength' && s.focus !== 'accessory');
    expect(mains).toHaveLength(3);
    expect(week.days.some((d) => d.rest)).toBe(true);
  });

  it('plans from the race date backwards when one is given', () => {
    const r = generatePlan({
      ...base,
      weeks: undefined,
      raceDate: '2027-05-02',
      start: '2027-01-20',
    });
    if (!r.ok) throw new Error(r.error.message);
    const days = r.value.weeks.flatMap((w) => w.days);
    expect(days.at(-1)!.date).toBe('2027-05-02');
    expect(weekdayOf('2027-05-02')).toBe('sun');
    expect(r.value.weeks).toHaveLength(15);
  });

  it('explains what to change when the days cannot hold the focus', () => {
    const r = generatePlan({ ...base, days: ['sat'], longRunDay: 'sat' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.rule).toBe('strength-count');
    expect(r.error.fix).toMatch(/add/);
    const bad = generatePlan({ ...base, longRunDay: 'wed' });
    expect(!bad.ok && bad.error.field).toBe('long-run-day');
    const short = generatePlan({ ...base, weeks: 6 });
    expect(!short.ok && short.error.message).toMatch(/8–20 weeks/);
  });

  it('caps muscle-focus running even for a runner who runs a lot now', () => {
    const r = generatePlan({ ...base, weeklyKm: 70 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.weeks[0]!.runKm).toBeLessThanOrEqual(40);
    expect(r.value.notes.join(' ')).toMatch(/caps running at 40 km/);
  });

  it('for thousands of athletes: a valid plan or a named rule, and always a plan with 3+ days for 5K–half for a runner whose volume fits their days', () => {
    fc.assert(
      fc.property(athlete, (input) => {
        const r = generatePlan(input);
        if (r.ok) {
          expect(validatePlan(r.value)).toEqual([]);
          return;
        }
        expect(r.error.message.length).toBeGreaterThan(10);
        expect(r.error.fix.length).toBeGreaterThan(5);
        // Realistic runners: their current volume fits their days (at most 15 km a training day).
        const mustSucceed =
          input.days.length >= 3 &&
          input.distance !== 'marathon' &&
          !input.minutesPerDay &&
          input.weeklyKm <= 15 * input.days.length;
        if (mustSucceed)
          throw new Error(`no plan for ${JSON.stringify(input)}: ${r.error.message}`);
      }),
      { numRuns: 2000 },
    );
  });
});
