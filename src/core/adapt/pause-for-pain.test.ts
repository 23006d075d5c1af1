import { describe, expect, it } from 'vitest';
import type { PlanWeek } from '../plan/types.js';
import { painActive } from '../recovery/pain.js';
import { weekOneWindowKm } from '../rules/rules.js';
import { isHardSession, isLegWork, isMainStrength, validatePlan } from '../rules/validate.js';
import { adaptPlan } from './adapt-plan.js';
import type { WeekNotes } from './change.js';
import { pauseForPain } from './pause-for-pain.js';
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
  it('knows the running week 1 may hold: ±20 % of the current volume, under the cap', () => {
    expect(weekOneWindowKm(REFERENCE_INPUT)).toEqual({ minKm: 20, maxKm: 30 });
    expect(weekOneWindowKm({ ...REFERENCE_INPUT, weeklyKm: 70 })).toEqual({ minKm: 32, maxKm: 40 });
    expect(weekOneWindowKm({ ...REFERENCE_INPUT, weeklyKm: 5 })).toEqual({ minKm: 4, maxKm: 10 });
  });

  it('keeps week 1 in its window when the hard run shares a short day with leg lifting', () => {
    // Found by fast-check: the easy run replacing the hill session did not fit beside the leg
    // session that the pause was about to drop, so week 1 fell to 7 km (window 7.2–10.8 km).
    const tight = planFor({
      distance: '5k',
      weeks: 8,
      start: '2026-01-01',
      focus: 'endurance',
      weeklyKm: 9,
      days: ['tue', 'wed', 'thu'],
      longRunDay: 'tue',
      experience: 'beginner',
      body: { sex: 'female', ageYears: 35, heightCm: 168, weightKg: 62 },
      equipment: 'gym',
      minutesPerDay: { tue: 55, wed: 55, thu: 55 },
    });
    const checkIn = {
      date: '2026-01-01',
      sleepHours: 4.5,
      soreness: 3,
      motivation: 3,
      fatigue: 3,
      pain: 'knee',
    };
    const { plan } = adaptPlan(
      tight,
      { checkIns: [checkIn], runLogs: [], liftLogs: [] },
      checkIn.date,
    );
    const weeks = plan.weeks;
    const first = weeks[0]!.days[0]!;
    expect(first.sessions.map((s) => s.kind)).toEqual(['run', 'mobility']);
    expect(first.sessions[0]).toMatchObject({ type: 'easy' });
    expect(first.sessions.reduce((t, s) => t + s.durationMin, 0)).toBeLessThanOrEqual(55);
    expect(weeks[0]!.runKm).toBeGreaterThanOrEqual(7.2);
    expect(validatePlan(plan)).toEqual([]);
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
