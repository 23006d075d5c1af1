import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { assertCheckIns, type CheckInInput, checkInsUpTo, reportsPain } from './check-in.js';

const c = (date: string, extra: Partial<CheckInInput> = {}): CheckInInput => ({
  date,
  sleepHours: 7,
  soreness: 2,
  motivation: 3,
  fatigue: 2,
  ...extra,
});

describe('check-ins', () => {
  it('accepts the ends of every scale and rejects what lies beyond', () => {
    expect(() =>
      assertCheckIns([c('2027-01-01', { sleepHours: 0, soreness: 1, motivation: 5, fatigue: 5 })]),
    ).not.toThrow();
    expect(() => assertCheckIns([c('2027-01-01', { motivation: 0 })])).toThrow(
      new InputError('motivation 0: expected 1–5 (1 low, 5 high)', 'motivation'),
    );
    expect(() => assertCheckIns([c('2027-01-01', { fatigue: Number.NaN })])).toThrow(/fatigue/);
    expect(() => assertCheckIns([c('2027-01-01', { sleepHours: 25 })])).toThrow(
      /sleepHours 25: expected 0–24 hours/,
    );
  });

  it('reads pain from any text but blanks', () => {
    expect(reportsPain({})).toBe(false);
    expect(reportsPain({ pain: '' })).toBe(false);
    expect(reportsPain({ pain: ' \n' })).toBe(false);
    expect(reportsPain({ pain: 'right heel' })).toBe(true);
  });

  it('keeps check-ins up to a day, oldest first, one per day', () => {
    const list = [
      c('2027-01-03'),
      c('2027-01-01', { soreness: 1 }),
      c('2027-01-02'),
      c('2027-01-01', { soreness: 4 }),
    ];
    const kept = checkInsUpTo(list, '2027-01-02');
    expect(kept.map((x) => x.date)).toEqual(['2027-01-01', '2027-01-02']);
    expect(kept[0]!.soreness).toBe(4);
  });
});
