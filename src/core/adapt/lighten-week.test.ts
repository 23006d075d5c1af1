import { describe, expect, it } from 'vitest';
import type { PlanWeek } from '../plan/types.js';
import { isMainStrength } from '../rules/validate.js';
import type { WeekNotes } from './change.js';
import { LIGHTER_CUT, lightenWeek } from './lighten-week.js';
import { REFERENCE_PLAN as PLAN } from './plan.fixture.js';
import { rebuildContext } from './rebuild.js';

const ctx = rebuildContext(PLAN);
const none = () => undefined;
const REASON = 'Your check-ins show 3 short nights in 5 days';
const mains = (w: PlanWeek) => w.days.flatMap((d) => d.sessions.filter(isMainStrength));

describe('lightenWeek', () => {
  it('cuts inside the seed’s 10–15 %', () => {
    expect(LIGHTER_CUT).toBeGreaterThanOrEqual(0.1);
    expect(LIGHTER_CUT).toBeLessThanOrEqual(0.15);
  });

  it('rebuilds a full week as a lighter one: less running, the same lifts with fewer sets', () => {
    const weeks = [...PLAN.weeks];
    const notes: WeekNotes = new Map();
    const changes = lightenWeek(ctx, weeks, 2, REASON, notes, none);
    const before = PLAN.weeks[2]!;
    const after = weeks[2]!;
    expect(after.lighter).toBe(true);
    expect(after.runKm).toBeLessThanOrEqual(PLAN.weeks[1]!.runKm * 0.9 - 0.1);
    expect(mains(after).map((s) => s.title)).toEqual(
      mains(before).map((s) => `${s.title} (lighter week)`),
    );
    expect(after.strengthSets).toBeLessThanOrEqual(before.strengthSets * 0.85);
    // No day grows.
    after.days.forEach((d, i) => {
      const minutes = (x: typeof d) => x.sessions.reduce((t, s) => t + s.durationMin, 0);
      expect(minutes(d)).toBeLessThanOrEqual(minutes(before.days[i]!));
    });
    expect(changes).toHaveLength(1);
    expect(notes.get(2)![0]).toMatch(
      new RegExp(`^${REASON}, so this week is lighter: \\d+ % less running`),
    );
    expect(weeks[1]).toBe(PLAN.weeks[1]);
  });

  it('cuts 13 % of a first week, with no full week before it to compare', () => {
    const weeks = [...PLAN.weeks];
    lightenWeek(ctx, weeks, 0, REASON, new Map(), none);
    expect(weeks[0]!.runKm).toBeLessThanOrEqual(PLAN.weeks[0]!.runKm * 0.9 - 0.1);
    expect(weeks[0]!.runKm).toBeGreaterThanOrEqual(PLAN.weeks[0]!.runKm * 0.8);
  });

  it('leaves a week already planned lighter as it is', () => {
    const weeks = [...PLAN.weeks];
    const notes: WeekNotes = new Map();
    const [change] = lightenWeek(ctx, weeks, 3, REASON, notes, none);
    expect(weeks[3]).toBe(PLAN.weeks[3]);
    expect(change!.what).toBe('Week 4 is already a lighter week: no further cut');
    expect(notes.get(3)).toEqual([
      `${REASON}: this week was already planned lighter and stays as planned.`,
    ]);
  });
});
