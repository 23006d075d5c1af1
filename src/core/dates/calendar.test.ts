import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  fromDayNumber,
  parseIsoDate,
  parseWeekday,
  toDayNumber,
  weekdayOf,
} from './calendar.js';

describe('calendar dates', () => {
  it('knows the weekday of real dates', () => {
    expect(weekdayOf('2027-01-18')).toBe('mon');
    expect(weekdayOf('2027-04-11')).toBe('sun');
    expect(weekdayOf('2024-02-29')).toBe('thu');
    expect(weekdayOf('1970-01-01')).toBe('thu');
  });

  it('adds days across months, leap days and years', () => {
    expect(addDays('2027-01-18', 83)).toBe('2027-04-11');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2027-01-18', '2027-04-11')).toBe(83);
  });

  it('rejects impossible dates with the field name', () => {
    expect(() => parseIsoDate('2027-02-29', 'start')).toThrow(/start "2027-02-29"/);
    expect(() => parseIsoDate('2027-13-01')).toThrow(/YYYY-MM-DD/);
    expect(() => parseIsoDate('18/01/2027')).toThrow(/YYYY-MM-DD/);
    expect(parseIsoDate(' 2028-02-29 ')).toBe('2028-02-29');
  });

  it('parses weekday names and rejects others', () => {
    expect(parseWeekday('Saturday')).toBe('sat');
    expect(parseWeekday('mon')).toBe('mon');
    expect(() => parseWeekday('mo', 'long-run-day')).toThrow(/long-run-day "mo"/);
    expect(() => parseWeekday('xyz')).toThrow(/mon, tue/);
  });

  it('day numbers round-trip and weekdays cycle every 7 days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -700_000, max: 2_900_000 }),
        fc.integer({ min: -400, max: 400 }),
        (n, k) => {
          const iso = fromDayNumber(n);
          expect(iso).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
          expect(toDayNumber(iso)).toBe(n);
          expect(daysBetween(iso, addDays(iso, k))).toBe(k);
          expect(weekdayOf(addDays(iso, 7 * k))).toBe(weekdayOf(iso));
        },
      ),
    );
  });
});
