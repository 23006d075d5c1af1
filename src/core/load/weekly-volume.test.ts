import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/calendar.js';
import { mobility, run, strength } from '../fuel/sessions.fixture.js';
import type { PlanDay, StrengthExercise } from '../plan/types.js';
import {
  isoWeekLabel,
  liftVolumeEntry,
  plannedVolumeEntries,
  type VolumeEntry,
  weeklyVolume,
} from './weekly-volume.js';

describe('isoWeekLabel', () => {
  it('follows ISO 8601 across year ends', () => {
    expect(isoWeekLabel('2026-01-01')).toBe('2026-W01'); // a Thursday
    expect(isoWeekLabel('2026-03-02')).toBe('2026-W10');
    expect(isoWeekLabel('2026-12-31')).toBe('2026-W53');
    expect(isoWeekLabel('2027-01-01')).toBe('2026-W53'); // Friday: still 2026's last week
    expect(isoWeekLabel('2024-12-30')).toBe('2025-W01'); // Monday: already 2025's first week
    expect(isoWeekLabel('2021-01-03')).toBe('2020-W53'); // Sunday
  });
});

describe('weeklyVolume', () => {
  // 2026-03-02 is a Monday.
  const done: VolumeEntry[] = [
    { date: '2026-03-02', kind: 'run', durationMin: 40, distanceKm: 7.5 },
    { date: '2026-03-03', kind: 'strength', durationMin: 35, sets: 12, tonnageKg: 4200 },
    { date: '2026-03-05', kind: 'run', durationMin: 50, distanceKm: 10 },
    { date: '2026-03-08', kind: 'run', durationMin: 95, distanceKm: 18 }, // Sunday
    { date: '2026-03-08', kind: 'mobility', durationMin: 15 },
    { date: '2026-03-09', kind: 'cross', durationMin: 45 },
    { date: '2026-03-10', kind: 'strength', durationMin: 30, sets: 9 },
  ];

  it('sums each Monday-to-Sunday week by hand', () => {
    const [w1, w2] = weeklyVolume(done, '2026-03-02', '2026-03-15');
    expect(w1).toEqual({
      weekStart: '2026-03-02',
      isoWeek: '2026-W10',
      runKm: 35.5,
      runMin: 185,
      strengthSets: 12,
      strengthTonnageKg: 4200,
      sessions: { run: 3, strength: 1, cross: 0, mobility: 1 },
    });
    // A strength session without weights adds sets but no tonnage.
    expect(w2).toEqual({
      weekStart: '2026-03-09',
      isoWeek: '2026-W11',
      runKm: 0,
      runMin: 0,
      strengthSets: 9,
      sessions: { run: 0, strength: 1, cross: 1, mobility: 0 },
    });
  });

  it('lists every week touching the range, empty ones included, counting whole weeks', () => {
    const weeks = weeklyVolume(done, '2026-03-04', '2026-03-23');
    expect(weeks.map((w) => w.weekStart)).toEqual([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
    ]);
    expect(weeks[0]!.runKm).toBe(35.5); // the Monday run before the range still counts
    expect(weeks[2]!.sessions).toEqual({ run: 0, strength: 0, cross: 0, mobility: 0 });
  });

  it('refuses bad entries, naming the field', () => {
    const bad: [Partial<VolumeEntry>, string][] = [
      [{ distanceKm: -1 }, 'distanceKm'],
      [{ durationMin: Number.POSITIVE_INFINITY }, 'durationMin'],
      [{ date: '2026-02-31' }, 'date'],
      [{ kind: 'nap' as never }, 'kind'],
    ];
    for (const [change, field] of bad) {
      const entry = { date: '2026-03-02', kind: 'run' as const, durationMin: 30, ...change };
      expect(() => weeklyVolume([entry], '2026-03-02', '2026-03-08')).toThrow(
        expect.objectContaining({ name: 'InputError', field }),
      );
    }
  });

  it('keeps every entry inside the range exactly once, whatever the order', () => {
    const entry = fc.record({
      offset: fc.integer({ min: 0, max: 69 }),
      kind: fc.constantFrom('run', 'strength', 'cross', 'mobility' as const),
      durationMin: fc.integer({ min: 0, max: 200 }),
      distanceKm: fc.integer({ min: 0, max: 40 }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), (xs) => {
        const entries = xs.map((x) => ({ ...x, date: addDays('2026-03-02', x.offset) }));
        const weeks = weeklyVolume(entries, '2026-03-02', '2026-05-10');
        expect(weeks).toHaveLength(10);
        const sessions = weeks.reduce(
          (n, w) => n + Object.values(w.sessions).reduce((a, b) => a + b, 0),
          0,
        );
        expect(sessions).toBe(xs.length);
        const runKm = xs.reduce((km, x) => km + (x.kind === 'run' ? x.distanceKm : 0), 0);
        expect(weeks.reduce((km, w) => km + w.runKm, 0)).toBe(runKm);
        expect(weeklyVolume([...entries].reverse(), '2026-03-02', '2026-05-10')).toEqual(weeks);
      }),
    );
  });
});

describe('plannedVolumeEntries', () => {
  const squat: StrengthExercise = {
    id: 'back-squat',
    name: 'Back squat',
    pattern: 'squat',
    sets: 3,
    reps: [6, 10],
    rir: 2,
    restSec: 120,
    loadChangePct: 2.5,
    cue: '',
  };
  const lift = { ...strength(40), exercises: [squat, { ...squat, id: 'rdl', sets: 4 }] };

  it('reads distance, minutes and planned sets; no tonnage since a plan holds no weights', () => {
    const days = [
      { date: '2026-03-03', sessions: [run('intervals', 9, 55), lift] },
      { date: '2026-03-04', sessions: [mobility(20)] },
    ] as PlanDay[];
    expect(plannedVolumeEntries(days)).toEqual([
      { date: '2026-03-03', kind: 'run', durationMin: 55, distanceKm: 9 },
      { date: '2026-03-03', kind: 'strength', durationMin: 40, sets: 7 },
      { date: '2026-03-04', kind: 'mobility', durationMin: 20 },
    ]);
  });

  it('counts the race as running and accessory sets as strength, unlike the plan week totals', () => {
    const accessory = { ...lift, focus: 'accessory' as const, exercises: [squat] };
    const days = [
      { date: '2026-03-05', sessions: [run('easy', 6, 35), accessory] },
      { date: '2026-03-08', sessions: [run('race', 10, 48)] },
    ] as PlanDay[];
    const [week] = weeklyVolume(plannedVolumeEntries(days), '2026-03-02', '2026-03-08');
    expect(week).toMatchObject({ runKm: 16, runMin: 83, strengthSets: 3 });
    expect(week!.strengthTonnageKg).toBeUndefined();
  });
});

describe('liftVolumeEntry', () => {
  it('counts sets and Σ reps × kg', () => {
    const entry = liftVolumeEntry({
      date: '2026-03-03',
      durationMin: 35,
      sets: [
        { reps: 8, loadKg: 80 },
        { reps: 8, loadKg: 80 },
        { reps: 10, loadKg: 0 }, // bodyweight: a set, no tonnage
      ],
    });
    expect(entry).toEqual({
      date: '2026-03-03',
      kind: 'strength',
      durationMin: 35,
      sets: 3,
      tonnageKg: 1280,
    });
  });
});
