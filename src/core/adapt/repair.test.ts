import { describe, expect, it } from 'vitest';
import { validatePlan } from '../rules/validate.js';
import type { WeekNotes } from './change.js';
import { lightenWeek } from './lighten-week.js';
import { REFERENCE_PLAN as PLAN } from './plan.fixture.js';
import { rebuildContext } from './rebuild.js';
import { keepVolumeRules } from './repair.js';

const ctx = rebuildContext(PLAN);
const none = () => undefined;

describe('keepVolumeRules', () => {
  it('has nothing to do on a plan as generated', () => {
    expect(keepVolumeRules(ctx, [...PLAN.weeks], 0, new Map(), none)).toEqual([]);
  });

  it('trims the weeks after an inserted lighter week until every volume rule holds', () => {
    const weeks = [...PLAN.weeks];
    lightenWeek(ctx, weeks, 1, 'Tired', new Map(), none);
    const broken = validatePlan({ ...PLAN, weeks }).map((v) => v.rule);
    expect(broken).toContain('volume-ramp');
    const notes: WeekNotes = new Map();
    const changes = keepVolumeRules(ctx, weeks, 1, notes, none);
    expect(validatePlan({ ...PLAN, weeks })).toEqual([]);
    expect(changes[0]).toMatchObject({ date: PLAN.weeks[2]!.days[0]!.date, kind: 'rebalance' });
    expect(weeks[2]!.runKm).toBeLessThanOrEqual(PLAN.weeks[0]!.runKm * 1.1);
    expect(notes.get(2)![0]).toMatch(/^Easy and long runs are \d+ % shorter than first planned\./);
  });
});
