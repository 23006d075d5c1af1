import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/calendar.js';
import type { CheckInInput } from './check-in.js';
import { painActive, persistentPain } from './pain.js';

const START = '2027-05-01';
const day = (n: number) => addDays(START, n);
const checkIn = (n: number, pain?: string): CheckInInput => ({
  date: day(n),
  sleepHours: 8,
  soreness: 2,
  motivation: 4,
  fatigue: 2,
  ...(pain !== undefined && { pain }),
});

describe('painActive', () => {
  it('is undefined without pain, or once a pain-free check-in follows it', () => {
    expect(painActive([], day(0))).toBeUndefined();
    expect(painActive([checkIn(0)], day(0))).toBeUndefined();
    expect(painActive([checkIn(0, 'left knee'), checkIn(1)], day(1))).toBeUndefined();
    // Blank text is no pain.
    expect(painActive([checkIn(0, '  ')], day(0))).toBeUndefined();
  });

  it('runs from the first report after the last pain-free check-in', () => {
    const list = [
      checkIn(0, 'shin'),
      checkIn(1),
      checkIn(2, 'left knee'),
      checkIn(4, 'left knee '),
    ];
    const p = painActive(list, day(5))!;
    expect(p).toMatchObject({
      since: day(2),
      latest: day(4),
      reports: 2,
      days: 4,
      notes: ['left knee'],
      persistent: false,
    });
    expect(p.advice).toMatch(/physiotherapist or doctor/);
  });

  it('stays open without check-ins, and never reads one from after the day', () => {
    const list = [checkIn(0, 'hip'), checkIn(9)];
    expect(painActive(list, day(8))?.since).toBe(day(0));
    expect(painActive(list, day(9))).toBeUndefined();
  });
});

describe('persistentPain', () => {
  it('needs 3 pain check-ins over 7 days or more', () => {
    const three = [checkIn(0, 'achilles'), checkIn(3, 'achilles'), checkIn(6, 'achilles')];
    expect(persistentPain(three, day(6))).toBe(true);
    expect(persistentPain(three, day(5))).toBe(false);
    const p = painActive(three, day(6))!;
    expect(p.days).toBe(7);
    expect(p.advice).toBe(
      'Pain on 3 check-ins over 7 days is a stop sign, not a training signal: have a physiotherapist or doctor look at it before hard training comes back.',
    );
    expect(persistentPain(three.slice(0, 2), day(20))).toBe(false);
    // A pain-free day in between starts a new episode.
    expect(
      persistentPain([checkIn(0, 'x'), checkIn(3, 'x'), checkIn(4), checkIn(7, 'x')], day(7)),
    ).toBe(false);
  });

  it('holds only for an open episode of 3+ reports and 7+ days (property)', () => {
    const list = fc.uniqueArray(
      fc.record({ n: fc.integer({ min: 0, max: 20 }), pain: fc.boolean() }),
      { maxLength: 15, selector: (x) => x.n },
    );
    fc.assert(
      fc.property(list, fc.integer({ min: 0, max: 25 }), (items, on) => {
        const checkIns = items.map(({ n, pain }) => checkIn(n, pain ? 'calf' : undefined));
        const p = painActive(checkIns, day(on));
        expect(persistentPain(checkIns, day(on))).toBe(p?.persistent ?? false);
        if (!p) return;
        expect(p.reports).toBeGreaterThan(0);
        expect(p.since <= p.latest && p.latest <= day(on)).toBe(true);
        expect(p.persistent).toBe(p.reports >= 3 && p.days >= 7);
      }),
    );
  });
});
