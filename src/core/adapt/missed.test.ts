import { describe, expect, it } from 'vitest';
import { missedSessions } from './missed.js';
import { REFERENCE_PLAN as PLAN } from './plan.fixture.js';

describe('missedSessions', () => {
  const week = PLAN.weeks[0]!;
  const [monday, tuesday] = week.days;

  it('lists runs and lifts before asOf with nothing of that kind logged that day', () => {
    const missed = missedSessions(week, [{ date: monday!.date, kind: 'run' }], tuesday!.date);
    const lifts = monday!.sessions.filter((s) => s.kind === 'strength');
    expect(lifts.length).toBeGreaterThan(0);
    expect(missed.map((c) => c.what)).toEqual(lifts.map((s) => `Missed: ${s.title}`));
    expect(missed.every((c) => c.kind === 'missed' && c.date === monday!.date)).toBe(true);
  });

  it('counts nothing on or after asOf, and mobility is never missed', () => {
    expect(missedSessions(week, [], monday!.date)).toEqual([]);
    const done = [
      { date: monday!.date, kind: 'run' as const },
      { date: monday!.date, kind: 'strength' as const },
    ];
    expect(missedSessions(week, done, tuesday!.date)).toEqual([]);
    const other = missedSessions(week, [{ date: monday!.date, kind: 'other' }], tuesday!.date);
    expect(other.length).toBe(monday!.sessions.filter((s) => s.kind !== 'mobility').length);
  });
});
