import { describe, expect, it } from 'vitest';
import { REFERENCE_PLAN as PLAN } from '../adapt/plan.fixture.js';
import { summarizeDay } from './day-summary.js';
import type { PlanDay } from './types.js';

const days = PLAN.weeks.flatMap((w) => w.days);
const day = (date: string) => days.find((d) => d.date === date)!;

describe('summarizeDay', () => {
  it('keeps what a month grid shows of a run and a lift day, and the day’s energy', () => {
    // Week 2 of the reference plan: Tuesday is an easy run and an upper-body session.
    expect(summarizeDay(day('2027-01-26'))).toEqual({
      date: '2027-01-26',
      weekday: 'tue',
      rest: false,
      sessions: [
        {
          kind: 'run',
          title: 'Easy run 45 min',
          durationMin: 45,
          type: 'easy',
          hard: false,
          distanceKm: 7.6,
        },
        {
          kind: 'strength',
          title: 'Upper body push/pull',
          durationMin: 39,
          focus: 'upper',
          heavy: true,
        },
      ],
      fuel: { dayType: 'moderate', kcal: 3400, proteinG: 144, carbsG: 451, fatG: 113 },
    });
  });

  it('keeps kind, title and time of mobility and cross sessions', () => {
    const mobility: PlanDay = {
      ...day('2027-01-26'),
      sessions: [
        { kind: 'mobility', title: 'Hips and ankles', durationMin: 15, items: ['a'], why: 'w' },
        { kind: 'cross', title: 'Easy bike', durationMin: 30, why: 'w' },
      ],
    };
    expect(summarizeDay(mobility).sessions).toEqual([
      { kind: 'mobility', title: 'Hips and ankles', durationMin: 15 },
      { kind: 'cross', title: 'Easy bike', durationMin: 30 },
    ]);
  });

  it('is at most a fifth of the full day’s JSON over the whole plan', () => {
    const full = JSON.stringify(days).length;
    const brief = JSON.stringify(days.map(summarizeDay)).length;
    expect(brief / full).toBeLessThan(0.2);
    for (const d of days) {
      const s = summarizeDay(d);
      expect(s.sessions.map((x) => [x.kind, x.title, x.durationMin])).toEqual(
        d.sessions.map((x) => [x.kind, x.title, x.durationMin]),
      );
    }
  });
});
