import { describe, expect, it } from 'vitest';
import { activityKind, activityLoad, doneSessionsOf, sessionMin } from './activity-data.js';
import type { ActivityHeader, LiftLog } from './ports.js';

function header(over: Partial<ActivityHeader> & Pick<ActivityHeader, 'sport'>): ActivityHeader {
  return {
    id: 'a1',
    athleteId: 'me',
    contentHash: 'h',
    startTime: '2025-10-20T07:00:00.000Z',
    date: '2025-10-20',
    importedAt: '2025-10-20T09:00:00.000Z',
    ...over,
    summary: {
      distanceKm: 10,
      movingTimeSec: 3600,
      elapsedTimeSec: 3700,
      elevationGainM: 0,
      strengthVolumeKg: 0,
      ...over.summary,
    },
  };
}

describe('activity loads', () => {
  it('scores an hour at 85 % of heart-rate reserve as 420, the anchor of docs/load.md', () => {
    // Rest 50, max 190: 85 % of the 140-beat reserve is 169.
    const run = header({ sport: 'run', summary: { avgHr: 169 } as ActivityHeader['summary'] });
    expect(activityLoad(run, { restHr: 50, maxHr: 190 })).toBeCloseTo(420, 6);
    expect(activityLoad(run, { restHr: 50, maxHr: 190, sex: 'female' })).toBeCloseTo(420, 6);
  });

  it('falls back to the type table without a usable heart-rate range', () => {
    const run = header({ sport: 'run', summary: { avgHr: 169 } as ActivityHeader['summary'] });
    // An unknown run is taken as easy: RPE 3 × 60 min.
    expect(activityLoad(run)).toBe(180);
    // An average above the known maximum means the range is wrong: not used.
    expect(activityLoad(run, { restHr: 50, maxHr: 160 })).toBe(180);
    // Rides and unnamed tracks are cross-training, RPE 4.
    expect(activityLoad(header({ sport: 'other' }))).toBe(240);
  });

  it('takes an RPE-based load from the summary as it is', () => {
    const summary = { srpeLoad: 333 } as ActivityHeader['summary'];
    expect(activityLoad(header({ sport: 'run', summary }), { restHr: 50, maxHr: 190 })).toBe(333);
  });

  it('counts lifting by elapsed time and moving sports by moving time', () => {
    expect(sessionMin(header({ sport: 'run' }))).toBe(60);
    expect(sessionMin(header({ sport: 'strength' }))).toBeCloseTo(3700 / 60, 9);
    const still = { movingTimeSec: 0 } as ActivityHeader['summary'];
    expect(sessionMin(header({ sport: 'ride', summary: still }))).toBeCloseTo(3700 / 60, 9);
    expect(['run', 'strength', 'ride', 'swim', 'other'].map(activityKind)).toEqual([
      'run',
      'strength',
      'cross',
      'cross',
      'cross',
    ]);
  });

  it('counts a strength activity once when it also became a lift log', () => {
    const lift: LiftLog = {
      id: 'a1',
      athleteId: 'me',
      date: '2025-10-20',
      durationMin: 62,
      sets: [],
    };
    const done = doneSessionsOf({
      runs: [],
      lifts: [lift],
      activities: [header({ sport: 'strength' }), header({ id: 'a2', sport: 'run' })],
    });
    expect(done.map((d) => [d.id, d.kind])).toEqual([
      ['a1', 'strength'],
      ['a2', 'run'],
    ]);
  });
});
