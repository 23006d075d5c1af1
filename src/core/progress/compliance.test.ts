import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../dates/calendar.js';
import { cross, mobility, run, strength } from '../fuel/sessions.fixture.js';
import type { PlanDay, Session } from '../plan/types.js';
import {
  compliance,
  type DoneSession,
  matchSessions,
  recentCompliance,
  type SessionMatch,
} from './compliance.js';

const day = (date: string, ...sessions: Session[]) => ({ date, sessions }) as PlanDay;

// 2026-03-02 is a Monday.
const week: PlanDay[] = [
  day('2026-03-02', run('easy', 7, 40), strength(35)),
  day('2026-03-03', run('intervals', 9, 55), strength(40)),
  day('2026-03-04', mobility(20)),
  day('2026-03-05', run('tempo', 9, 50)),
  day('2026-03-07', run('long', 16, 90)),
];

const logged: DoneSession[] = [
  { id: 'a', date: '2026-03-02', kind: 'run', durationMin: 42, type: 'easy' },
  { id: 'b', date: '2026-03-02', kind: 'strength', durationMin: 30 },
  { id: 'c', date: '2026-03-03', kind: 'strength', durationMin: 45 },
  { id: 'd', date: '2026-03-04', kind: 'run', durationMin: 50, type: 'intervals' },
  { id: 'e', date: '2026-03-05', kind: 'run', durationMin: 48 },
  { id: 'f', date: '2026-03-06', kind: 'cross', durationMin: 30 },
];

/** "date kind → status (done id)" lines, easy to read in a failing test. */
const summary = (matches: SessionMatch[]) =>
  matches.map((m) =>
    m.status === 'extra'
      ? `extra ${m.done.id}`
      : `${m.planned.date} ${m.planned.session.kind} ${m.status}${m.status === 'missed' ? '' : ` ${m.done.id}`}`,
  );

describe('matchSessions', () => {
  it('hand-worked week: done, moved by a day, missed and extra', () => {
    expect(summary(matchSessions(week, logged))).toEqual([
      '2026-03-02 run done a',
      '2026-03-02 strength done b',
      '2026-03-03 run moved d',
      '2026-03-03 strength done c',
      '2026-03-04 mobility missed',
      '2026-03-05 run done e',
      '2026-03-07 run missed',
      'extra f',
    ]);
  });

  it('pairs sessions of one day by nearest duration, then by run type', () => {
    const twoRuns = [day('2026-03-02', run('easy', 5, 30), run('tempo', 10, 60))];
    const byMinutes: DoneSession[] = [
      { id: 'long', date: '2026-03-02', kind: 'run', durationMin: 58 },
      { id: 'short', date: '2026-03-02', kind: 'run', durationMin: 33 },
    ];
    expect(summary(matchSessions(twoRuns, byMinutes))).toEqual([
      '2026-03-02 run done short',
      '2026-03-02 run done long',
    ]);
    const sameLength = [day('2026-03-02', run('easy', 8, 45), run('hills', 7, 45))];
    const byType: DoneSession[] = [
      { id: 'h', date: '2026-03-02', kind: 'run', durationMin: 45, type: 'hills' },
      { id: 'e', date: '2026-03-02', kind: 'run', durationMin: 45, type: 'easy' },
    ];
    expect(summary(matchSessions(sameLength, byType))).toEqual([
      '2026-03-02 run done e',
      '2026-03-02 run done h',
    ]);
  });

  it('lets the same day win over a moved session, and never moves by two days', () => {
    const plan = [day('2026-03-02', run('easy', 6, 35)), day('2026-03-03', run('easy', 6, 35))];
    const tuesday: DoneSession[] = [{ id: 't', date: '2026-03-03', kind: 'run', durationMin: 35 }];
    expect(summary(matchSessions(plan, tuesday))).toEqual([
      '2026-03-02 run missed',
      '2026-03-03 run done t',
    ]);
    const late: DoneSession[] = [{ id: 'w', date: '2026-03-05', kind: 'run', durationMin: 35 }];
    expect(summary(matchSessions(plan, late))).toEqual([
      '2026-03-02 run missed',
      '2026-03-03 run missed',
      'extra w',
    ]);
  });

  it('never pairs different kinds', () => {
    const plan = [day('2026-03-02', cross(40))];
    const done: DoneSession[] = [{ id: 'r', date: '2026-03-02', kind: 'run', durationMin: 40 }];
    expect(summary(matchSessions(plan, done))).toEqual(['2026-03-02 cross missed', 'extra r']);
  });

  it('refuses a bad done session, naming the field', () => {
    const bad: [Partial<DoneSession>, string][] = [
      [{ date: '2026-3-2' }, 'date'],
      [{ kind: 'yoga' as never }, 'kind'],
      [{ durationMin: -1 }, 'durationMin'],
    ];
    for (const [change, field] of bad) {
      const done = {
        id: 'x',
        date: '2026-03-02',
        kind: 'run' as const,
        durationMin: 30,
        ...change,
      };
      expect(() => matchSessions(week, [done])).toThrow(
        expect.objectContaining({ name: 'InputError', field }),
      );
    }
  });

  it('accounts for every planned and every done session exactly once', () => {
    const kinds = ['run', 'strength', 'cross', 'mobility'] as const;
    const session: Record<(typeof kinds)[number], (min: number) => Session> = {
      run: (min) => run('easy', 6, min),
      strength: (min) => strength(min),
      cross,
      mobility,
    };
    const item = fc.record({
      offset: fc.integer({ min: 0, max: 13 }),
      kind: fc.constantFrom(...kinds),
      min: fc.integer({ min: 10, max: 120 }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 20 }), fc.array(item, { maxLength: 20 }), (p, d) => {
        const plan = p.map((x) => day(addDays('2026-03-02', x.offset), session[x.kind](x.min)));
        const done = d.map((x, i) => ({
          id: `d${i}`,
          date: addDays('2026-03-02', x.offset),
          kind: x.kind,
          durationMin: x.min,
        }));
        const matches = matchSessions(plan, done);
        const ids = matches.flatMap((m) => (m.status === 'missed' ? [] : [m.done.id]));
        expect(ids.sort()).toEqual(done.map((x) => x.id).sort());
        expect(matches.filter((m) => m.status !== 'extra')).toHaveLength(plan.length);
        for (const m of matches) {
          if (m.status !== 'done' && m.status !== 'moved') continue;
          expect(m.done.kind).toBe(m.planned.session.kind);
          expect(Math.abs(daysBetween(m.planned.date, m.done.date))).toBe(
            m.status === 'done' ? 0 : 1,
          );
        }
        // Doing exactly the plan marks every session done.
        const asPlanned = plan.map((pd, i) => ({
          id: `p${i}`,
          date: pd.date,
          kind: pd.sessions[0]!.kind,
          durationMin: pd.sessions[0]!.durationMin,
        }));
        expect(matchSessions(plan, asPlanned).every((m) => m.status === 'done')).toBe(true);
      }),
    );
  });
});

describe('compliance', () => {
  it('hand-worked week: 5 of 7 planned sessions kept (the moved one counts)', () => {
    expect(compliance(week, logged, '2026-03-02', '2026-03-08')).toEqual({
      planned: 7,
      done: 5,
      ratio: 5 / 7,
    });
  });

  it('counts by planned date: a session moved past the end of the range still counts', () => {
    // Tuesday's intervals were run on Wednesday, after a range that ends on Tuesday.
    expect(compliance(week, logged, '2026-03-03', '2026-03-03')).toEqual({
      planned: 2,
      done: 2,
      ratio: 1,
    });
  });

  it('has no ratio when nothing was planned', () => {
    expect(compliance(week, logged, '2026-03-06', '2026-03-06')).toEqual({ planned: 0, done: 0 });
  });

  it('refuses a reversed range', () => {
    expect(() => compliance(week, logged, '2026-03-08', '2026-03-02')).toThrow(
      expect.objectContaining({ name: 'InputError', field: 'from' }),
    );
  });
});

describe('recentCompliance', () => {
  it('looks back 7 and 28 days from the given date, that day included', () => {
    const fourWeeks = [0, 7, 14, 21].flatMap((shift) =>
      week.map((d) => ({ ...d, date: addDays(d.date, shift) })),
    );
    // Only the last week was logged; the first three were missed entirely.
    const lastWeek = logged.map((d) => ({ ...d, date: addDays(d.date, 21) }));
    const r = recentCompliance(fourWeeks, lastWeek, '2026-03-29');
    expect(r.days7).toEqual({ planned: 7, done: 5, ratio: 5 / 7 });
    expect(r.days28).toEqual({ planned: 28, done: 5, ratio: 5 / 28 });
    expect(() => recentCompliance(fourWeeks, lastWeek, '29/03/2026')).toThrow(
      expect.objectContaining({ field: 'onDate' }),
    );
  });
});
