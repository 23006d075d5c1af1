import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/calendar.js';
import { InputError } from '../errors.js';
import type { Focus } from '../plan/types.js';
import { bodyTrend, type WeightEntry } from './body-trend.js';

const AS_OF = '2027-06-28';
const ago = (n: number) => addDays(AS_OF, -n);
const weekly = (kgs: number[]): WeightEntry[] =>
  kgs.map((weightKg, i) => ({ date: ago((kgs.length - 1 - i) * 7), weightKg }));

describe('bodyTrend', () => {
  it('fits a line: +0.2 kg a week at 70.3 kg is +0.28 %, inside the muscle band', () => {
    const r = bodyTrend(weekly([70, 70.2, 70.4, 70.6]), undefined, 'muscle', AS_OF);
    expect(r.trendKg).toBe(70.6);
    expect(r.ratePctPerWeek).toBeCloseTo((0.2 / 70.3) * 100, 3);
    expect(r.expectedBand).toEqual([0.25, 0.5]);
    expect(r.status).toBe('within');
    expect(r.nudgeKcal).toBe(0);
    expect(r.message).toBe(
      'Your weight trend is +0.28 % a week (70.6 kg now); the muscle focus aims for +0.25 to +0.50 % a week: right on course.',
    );
  });

  it('nudges by the gap: flat at 70 kg on muscle focus is 0.175 kg a week short → +190 kcal', () => {
    // 0.25 % × 70 kg = 0.175 kg a week × 7700 kcal / 7 days = 192.5 → 190
    const r = bodyTrend(weekly([70, 70, 70, 70]), undefined, 'muscle', AS_OF);
    expect(r.status).toBe('below');
    expect(r.nudgeKcal).toBe(190);
    expect(r.message).toMatch(
      /below that, so add about 190 kcal a day and look again in two weeks\.$/,
    );
  });

  it('keeps the nudge within 100–200 kcal', () => {
    // The same gain is a touch fast for balanced focus: a tiny gap still moves 100 kcal.
    expect(bodyTrend(weekly([70, 70.2, 70.4, 70.6]), undefined, 'balanced', AS_OF)).toMatchObject({
      status: 'above',
      nudgeKcal: -100,
    });
    // Losing 0.5 kg a week on endurance focus: far below level, capped at 200.
    const r = bodyTrend(weekly([72, 71.5, 71, 70.5]), undefined, 'endurance', AS_OF);
    expect(r.status).toBe('below');
    expect(r.nudgeKcal).toBe(200);
    expect(r.expectedBand).toEqual([-0.1, 0.1]);
  });

  it('needs 4 weigh-ins over 14 days or more within the last 28, none after asOf', () => {
    const three = bodyTrend(weekly([70, 70, 70]), undefined, 'muscle', AS_OF);
    expect(three).toEqual({
      expectedBand: [0.25, 0.5],
      status: 'not-enough-data',
      nudgeKcal: 0,
      message:
        'Weigh in at least 4 times over 14 days or more to see a trend (3 in the last 28 days so far).',
    });
    const short = [0, 3, 6, 13].map((n) => ({ date: ago(n), weightKg: 70 }));
    expect(bodyTrend(short, undefined, 'muscle', AS_OF).status).toBe('not-enough-data');
    const spanned = [0, 3, 6, 14].map((n) => ({ date: ago(n), weightKg: 70 }));
    expect(bodyTrend(spanned, undefined, 'muscle', AS_OF).status).toBe('below');
    // A weigh-in 28 days back and one tomorrow are both outside the window.
    const outside = [
      ...weekly([70, 70, 70]),
      { date: ago(28), weightKg: 60 },
      { date: addDays(AS_OF, 1), weightKg: 80 },
    ];
    expect(bodyTrend(outside, undefined, 'muscle', AS_OF).status).toBe('not-enough-data');
  });

  it('sets the food log against the plan’s targets', () => {
    const intake = [1, 2, 3].map((n) => ({ date: ago(n), kcal: 2300 + n * 50 }));
    const planned = [1, 2, 3].map((n) => ({ date: ago(n), kcal: 2600 }));
    const r = bodyTrend(weekly([70, 70, 70, 70]), intake, 'muscle', AS_OF, planned);
    expect(r.message).toBe(
      'Your weight trend is 0.00 % a week (70 kg now); the muscle focus aims for +0.25 to +0.50 % a week: below that. Your food log averages 2400 kcal a day over 3 days, 200 under the plan’s target of 2600. Add about 190 kcal a day against what you have been eating, and look again in two weeks.'.replace(
        '’',
        "'",
      ),
    );
    // Without targets it states the log alone; with fewer than 3 logged days it leaves it out.
    const alone = bodyTrend(weekly([70, 70.2, 70.4, 70.6]), intake, 'muscle', AS_OF);
    expect(alone.message).toMatch(
      /right on course\. Your food log averages 2400 kcal a day over 3 days\.$/,
    );
    const few = bodyTrend(weekly([70, 70.2, 70.4, 70.6]), intake.slice(0, 2), 'muscle', AS_OF);
    expect(few.message).not.toMatch(/food log/);
  });

  it('rejects impossible input, naming it', () => {
    expect(() => bodyTrend([{ date: AS_OF, weightKg: 7 }], undefined, 'muscle', AS_OF)).toThrow(
      new InputError(`weightKg 7 on ${AS_OF}: expected 25–300 kg`, 'weightKg'),
    );
    expect(() => bodyTrend([], [{ date: AS_OF, kcal: -5 }], 'muscle', AS_OF)).toThrow(/kcal -5/);
    expect(() => bodyTrend([], undefined, 'bulk' as Focus, AS_OF)).toThrow(/focus "bulk"/);
    expect(() => bodyTrend([], undefined, 'muscle', 'June 28')).toThrow(/asOf/);
  });

  it('reads status and nudge from rate and band alike for any weigh-ins (property)', () => {
    const weighIns = fc.uniqueArray(
      fc.record({
        n: fc.integer({ min: 0, max: 40 }),
        weightKg: fc.double({ min: 50, max: 110, noNaN: true }),
      }),
      { maxLength: 20, selector: (x) => x.n },
    );
    const focus = fc.constantFrom<Focus>('muscle', 'balanced', 'endurance');
    fc.assert(
      fc.property(weighIns, focus, (list, f) => {
        const entries = list.map(({ n, weightKg }) => ({ date: ago(n), weightKg }));
        const r = bodyTrend(entries, undefined, f, AS_OF);
        expect(bodyTrend([...entries].reverse(), undefined, f, AS_OF)).toEqual(r);
        if (r.status === 'not-enough-data') {
          expect(r.nudgeKcal).toBe(0);
          return;
        }
        const [lo, hi] = r.expectedBand;
        const rate = r.ratePctPerWeek!;
        if (r.status === 'within')
          expect(rate >= lo - 1e-3 && rate <= hi + 1e-3 && r.nudgeKcal === 0).toBe(true);
        if (r.status === 'below')
          expect(rate < lo + 1e-3 && r.nudgeKcal >= 100 && r.nudgeKcal <= 200).toBe(true);
        if (r.status === 'above')
          expect(rate > hi - 1e-3 && r.nudgeKcal <= -100 && r.nudgeKcal >= -200).toBe(true);
        expect(Math.abs(r.nudgeKcal) % 10).toBe(0);
      }),
    );
  });
});
