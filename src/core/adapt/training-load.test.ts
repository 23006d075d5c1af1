import { describe, expect, it } from 'vitest';
import { loggedDailyLoads } from './training-load.js';

describe('loggedDailyLoads', () => {
  it('counts RPE × minutes, and the session-type stand-in without RPE', () => {
    const loads = loggedDailyLoads(
      [
        { date: '2027-03-01', type: 'tempo', durationMin: 50, rpe: 7 },
        { date: '2027-03-02', type: 'easy', durationMin: 40 },
      ],
      [
        { date: '2027-03-01', durationMin: 35, rpe: 6 },
        { date: '2027-03-03', durationMin: 30 },
      ],
      [
        { date: '2027-03-04', kind: 'ride', durationMin: 60 },
        { date: '2027-03-05', kind: 'run', durationMin: 30, load: 123 },
      ],
    );
    expect(loads).toEqual([
      { date: '2027-03-01', load: 350 },
      // easy runs stand in at RPE 3, lifts of unknown loading at 5, other sport at 4
      { date: '2027-03-02', load: 120 },
      { date: '2027-03-01', load: 210 },
      { date: '2027-03-03', load: 150 },
      { date: '2027-03-04', load: 240 },
      { date: '2027-03-05', load: 123 },
    ]);
  });
});
