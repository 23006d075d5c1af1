import { describe, expect, it } from 'vitest';
import type { RunType } from '../plan/types.js';
import { HARD_RUN_TYPES, isHardRun } from './hard.js';

describe('isHardRun', () => {
  it('marks the quality sessions hard', () => {
    for (const type of ['tempo', 'intervals', 'hills', 'race-pace', 'race'] as const) {
      expect(isHardRun(type)).toBe(true);
    }
  });

  it('keeps easy running, long runs and strides off the hard list', () => {
    for (const type of ['easy', 'recovery', 'long', 'strides'] as const satisfies RunType[]) {
      expect(isHardRun(type)).toBe(false);
    }
    expect(HARD_RUN_TYPES.size).toBe(5);
  });
});
