import { describe, expect, it } from 'vitest';
import { isLegWork, isMainStrength } from '../rules/validate.js';
import { REFERENCE_PLAN as PLAN } from './plan.fixture.js';
import {
  afterLegDay,
  dayMinutes,
  mainStrengthCount,
  rebuildContext,
  runAgain,
  settleDay,
  settleTotals,
  strengthAgain,
} from './rebuild.js';

const ctx = rebuildContext(PLAN);

describe('rebuildContext', () => {
  it('reads each week’s progression step back from the plan', () => {
    // Three full weeks, a lighter one, and again; the taper resets it.
    expect(ctx.strengthSteps).toEqual([0, 1, 2, 0, 0, 1, 2, 0, 0, 1, 2, 0]);
    expect(ctx.runSteps[0]!.size).toBe(0);
    const week1Types = PLAN.weeks[0]!.days.flatMap((d) =>
      d.sessions.flatMap((s) => (s.kind === 'run' ? [s.type] : [])),
    );
    for (const type of new Set(week1Types))
      expect(ctx.runSteps[1]!.get(type)).toBe(week1Types.filter((t) => t === type).length);
  });
});

describe('rebuilding sessions', () => {
  it('gives back the generator’s own strength sessions, lighter weeks included', () => {
    PLAN.weeks.forEach((week, pos) => {
      for (const day of week.days)
        for (const s of day.sessions.filter(isMainStrength)) {
          const again = strengthAgain(ctx, pos, week, day.weekday, s.focus);
          expect(again.exercises).toEqual(s.exercises);
          expect(again.title).toBe(s.title);
          // The generator may add one sentence about where the session sits in the week.
          expect(s.why.startsWith(again.why)).toBe(true);
        }
    });
  });

  it('gives back easy and long runs from their distance', () => {
    const week = PLAN.weeks[1]!;
    const runs = week.days.flatMap((d) =>
      d.sessions.filter((s) => s.kind === 'run' && (s.type === 'easy' || s.type === 'long')),
    );
    expect(runs.length).toBeGreaterThan(1);
    for (const s of runs) {
      if (s.kind !== 'run') continue;
      const again = runAgain(ctx, 1, week, s.type, s.distanceKm)!;
      expect(again.title).toBe(s.title);
      expect(again.distanceKm).toBeCloseTo(s.distanceKm, 1);
    }
    expect(runAgain(ctx, 1, week, 'easy', 2)).toBeUndefined();
  });

  it('settles rest, fuel and totals the way the generator does', () => {
    for (const week of PLAN.weeks) {
      expect(settleTotals(week)).toEqual(week);
      for (const day of week.days) expect(settleDay(ctx, day)).toEqual(day);
    }
    const monday = PLAN.weeks[0]!.days[0]!;
    const emptied = settleDay(ctx, { ...monday, sessions: [] });
    expect(emptied.rest).toBe(true);
    expect(emptied.fuel.kcal).toBeLessThan(monday.fuel.kcal);
  });

  it('counts main strength sessions and knows the day’s time limit', () => {
    expect(mainStrengthCount(PLAN.weeks[0]!)).toBe(3);
    expect(dayMinutes(ctx, 'mon')).toBe(Number.POSITIVE_INFINITY);
  });

  it('reminds an easy run after leg day to stay easy', () => {
    const days = PLAN.weeks[0]!.days;
    const i = days.findIndex(
      (d, k) =>
        k > 0 &&
        days[k - 1]!.sessions.some(isLegWork) &&
        d.sessions.some((s) => s.kind === 'run' && !s.hard),
    );
    const run = days[i]!.sessions.find((s) => s.kind === 'run')!;
    if (run.kind !== 'run') throw new Error('no run');
    expect(afterLegDay(run, days[i - 1]).why).toBe(
      `${run.why} Yesterday was leg day: keep this one easy enough to talk.`,
    );
    expect(afterLegDay(run, undefined)).toBe(run);
  });
});
