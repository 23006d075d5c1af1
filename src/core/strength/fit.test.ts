import { describe, expect, it } from 'vitest';
import { getExercise } from '../exercises/library.js';
import { fitRests, type Planned, trimToBudget } from './fit.js';
import { sessionMinutes } from './minutes.js';

const item = (id: string, role: Planned['role'], sets: number, restSec: number): Planned => ({
  exercise: getExercise(id),
  role,
  sets,
  minSets: 3,
  restSec,
  minRestSec: Math.min(restSec, 90),
});

// 4 × 190 + 3 × 160 + 3 × 160 = 1720 s of lifting; the calf finisher adds 3 × 100 s.
const lower = [
  item('back-squat', 'main', 4, 150),
  item('romanian-deadlift', 'support', 3, 120),
  item('split-squat', 'support', 3, 120),
  item('calf-raise', 'finisher', 3, 60),
];
const atLeastThree = (x: readonly Planned[]) => x.length >= 3;
const ids = (x: readonly Planned[]) => x.map((p) => p.exercise.id);

describe('trimToBudget', () => {
  it('keeps everything that fits at the usual rests', () => {
    expect(trimToBudget(lower, 40, atLeastThree)).toEqual(lower); // 5 + 2020 / 60 = 38.7
  });

  it('drops the finisher when the usual rests overrun', () => {
    expect(ids(trimToBudget(lower, 34, atLeastThree))).toEqual([
      'back-squat',
      'romanian-deadlift',
      'split-squat',
    ]);
  });

  it('cuts sets from the back, never below the minimum, only when the shortest rests overrun', () => {
    // Without the calf work: 10 sets × 130 s at 90 s rest = 26.7 min; one set fewer = 24.5 → 25.
    const trimmed = trimToBudget(lower, 25, atLeastThree);
    expect(trimmed.map((p) => p.sets)).toEqual([3, 3, 3]);
  });

  it('never breaks the content rule, even when that leaves it over budget', () => {
    const trimmed = trimToBudget(lower, 10, atLeastThree);
    expect(trimmed).toHaveLength(3);
  });
});

describe('fitRests', () => {
  it('shortens the longest rests first until the session fits', () => {
    // 38.7 min; squat 150 → 135 → 120 (−1 min each) = 36.7; then the last of the tied 120 s
    // rests, split squat → 105 (−45 s) = 35.9 → 36.
    const fitted = fitRests(lower, 25, 36);
    expect(sessionMinutes(fitted)).toBe(36);
    expect(fitted.map((p) => p.restSec)).toEqual([120, 120, 105, 60]);
  });

  it('lengthens the shortest rests until a short session reaches the minimum exactly', () => {
    const short = lower.map((p) => ({ ...p, sets: 2 }));
    const fitted = fitRests(short, 30, 40);
    expect(sessionMinutes(fitted)).toBe(30);
    for (const p of fitted) expect(p.restSec).toBeLessThanOrEqual(180);
  });

  it('leaves rests alone inside the window', () => {
    expect(fitRests(lower, 25, 40)).toEqual(lower);
  });
});
