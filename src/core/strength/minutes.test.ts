import { describe, expect, it } from 'vitest';
import { sessionMinutes } from './minutes.js';

describe('sessionMinutes', () => {
  it('adds 5 min of warm-up and 40 s of work plus the rest for every set', () => {
    // 5 + (4 × (40 + 150) + 3 × (40 + 120) + 3 × (40 + 60)) / 60 = 5 + 1540 / 60 = 30.67
    const minutes = sessionMinutes([
      { sets: 4, restSec: 150 },
      { sets: 3, restSec: 120 },
      { sets: 3, restSec: 60 },
    ]);
    expect(minutes).toBe(31);
  });

  it('is the warm-up alone for an empty list', () => {
    expect(sessionMinutes([])).toBe(5);
  });
});
