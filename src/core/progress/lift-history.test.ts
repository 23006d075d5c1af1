import { describe, expect, it } from 'vitest';
import { liftHistory } from './lift-history.js';

describe('liftHistory', () => {
  it('picks one exercise’s sets out of session logs, oldest first', () => {
    const logs = [
      {
        date: '2027-02-08',
        sets: [
          { exercise: 'back-squat', reps: 8, loadKg: 80, rir: 2 },
          { exercise: 'pull-up', reps: 6, loadKg: 0 },
          { exercise: 'back-squat', reps: 7, loadKg: 80 },
        ],
      },
      { date: '2027-02-01', sets: [{ exercise: 'back-squat', reps: 8, loadKg: 77.5 }] },
      { date: '2027-02-05', sets: [{ exercise: 'pull-up', reps: 5, loadKg: 0 }] },
    ];
    expect(liftHistory(logs, 'back-squat')).toEqual([
      { date: '2027-02-01', sets: [{ reps: 8, loadKg: 77.5 }] },
      {
        date: '2027-02-08',
        sets: [
          { reps: 8, loadKg: 80, rir: 2 },
          { reps: 7, loadKg: 80 },
        ],
      },
    ]);
    expect(liftHistory(logs, 'deadlift')).toEqual([]);
  });
});
