import { describe, expect, it } from 'vitest';
import type { PlanWeek } from '../plan/types.js';
import { painActive } from '../recovery/pain.js';
import { isHardSession, isLegWork, isMainStrength, validatePlan } from '../rules/validate.js';
import type { WeekNotes } from './change.js';
import { pauseForPain, weekOneFloorKm } from './pause-for-pain.js';
import { REFERENCE_PLAN as PLAN, planFor, REFERENCE_INPUT } from './plan.fixture.js';
import { rebuildContext } from './rebuild.js';

const episode = painActive(
  [
    {
      date: '2027-03-16',
      sleepHours: 8,
      soreness: 3,
      motivation: 3,
      fatigue: 2,
      pain: 'hamstring',
    },
  ],
  '2027-03-16',
)!;
const sessions = (w: PlanWeek) => w.days.flatMap((d) => d.sessions);

describe('pauseForPain', () => {
  it('knows the least running week 1 may hold: 80 % of the current volume, under the cap', () => {
    expect(weekOneFloorKm(REFERENCE_INPUT)).toBe(20);
    expect(weekOneFloorKm({ ...REFERENCE_INPUT, weeklyKm: 70 })).toBe(32);
  });

  it('changes nothing before the day pain is known', () => {
    const weeks = [...PLAN.weeks];
    const notes: WeekNotes = new Map();
    const changes = pauseForPain(rebuildContext(PLAN), weeks, '2027-03-16', episode, notes);
    const pos = weeks.findIndex((w) => w.days.some((d) => d.date === '2027-03-16'));
    expect(weeks.slice(0, pos)).toEqual(PLAN.weeks.slice(0, pos));
    const monday = weeks[pos]!.days[0]!;
    expect(monday).toBe(PLAN.weeks[pos]!.days[0]);
    expect(changes.every((c) => c.date >= '2027-03-16')).toBe(true);
    expect([...notes.keys()]).toEqual(weeks.map((_, i) => i).filter((i) => i >= pos));
    expect(validatePlan({ ...PLAN, weeks })).toEqual([]);
  });

  it('drops leg sessions while the focus keeps its count, all of them in the taper', () => {
    const endurance = planFor({ ...REFERENCE_INPUT, focus: 'endurance' });
    const weeks = [...endurance.weeks];
    pauseForPain(rebuildContext(endurance), weeks, endurance.input.start, episode, new Map());
    expect(validatePlan({ ...endurance, weeks })).toEqual([]);
    for (const w of weeks) {
      expect(sessions(w).filter(isLegWork)).toEqual([]);
      expect(
        sessions(w)
          .filter(isHardSession)
          .every((s) => s.kind === 'run' && s.type === 'race'),
      ).toBe(true);
      const mains = sessions(w).filter(isMainStrength).length;
      if (w.phase !== 'taper') expect(mains).toBeGreaterThanOrEqual(1);
    }
  });
});
