import { describe, expect, it } from 'vitest';
import { GOAL_NAMES, more, sentence } from './words.js';

describe('words', () => {
  it('says how many more, in words up to ten', () => {
    expect(more(1, 'rep')).toBe('one more rep');
    expect(more(2, 'sprint')).toBe('two more sprints');
    expect(more(12, 'stride')).toBe('12 more strides');
  });

  it('capitalises a sentence', () => {
    expect(sentence('one more rep than last time.')).toBe('One more rep than last time.');
  });

  it('names every goal distance', () => {
    expect(GOAL_NAMES.half).toBe('half marathon');
    expect(GOAL_NAMES['10k']).toBe('10K');
  });
});
