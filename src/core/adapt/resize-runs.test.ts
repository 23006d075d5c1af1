import { describe, expect, it } from 'vitest';
import type { PlanWeek, RunSession } from '../plan/types.js';
import { REFERENCE_PLAN as PLAN } from './plan.fixture.js';
import { FLEXIBLE_RUNS, rebuildContext } from './rebuild.js';
import { resizeRuns } from './resize-runs.js';

const ctx = rebuildContext(PLAN);
const none = () => undefined;
const runs = (w: PlanWeek) =>
  w.days.flatMap((d) => d.sessions.filter((s): s is RunSession => s.kind === 'run'));

describe('resizeRuns', () => {
  const week = PLAN.weeks[2]!;

  it('shrinks easy and long runs towards the target and keeps workouts as they are', () => {
    const target = week.runKm * 0.85;
    const r = resizeRuns(ctx, 2, week, target, week.runKm * 0.9, 'Shorter on purpose.', none)!;
    expect(r.runKm).toBeLessThanOrEqual(week.runKm * 0.9);
    expect(Math.abs(r.runKm - target)).toBeLessThan(1.5);
    const hard = (w: PlanWeek) => runs(w).filter((s) => !FLEXIBLE_RUNS.has(s.type));
    expect(hard(r)).toEqual(hard(week));
    for (const s of runs(r).filter((x) => FLEXIBLE_RUNS.has(x.type)))
      expect(s.why.endsWith('Shorter on purpose.')).toBe(true);
    // Fuel follows the shorter runs.
    const total = (w: PlanWeek) => w.days.reduce((t, d) => t + d.fuel.kcal, 0);
    expect(total(r)).toBeLessThan(total(week));
  });

  it('keeps a full week’s long run and may drop easy runs entirely', () => {
    const r = resizeRuns(ctx, 2, week, 0, week.runKm, 'x', none)!;
    expect(runs(r).some((s) => s.type === 'long')).toBe(true);
    expect(runs(r).some((s) => s.type === 'easy')).toBe(false);
  });

  it('lets a lighter week lose its long run too, and gives up when workouts alone are too much', () => {
    const lighter = PLAN.weeks[3]!;
    const r = resizeRuns(ctx, 3, lighter, 0, lighter.runKm, 'x', none)!;
    expect(runs(r).some((s) => s.type === 'long')).toBe(false);
    expect(resizeRuns(ctx, 2, week, 0, 1, 'x', none)).toBeUndefined();
  });
});
