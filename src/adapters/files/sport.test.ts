import { describe, expect, it } from 'vitest';
import { sportFromName } from './sport.js';

describe('sportFromName', () => {
  it('reads GPX types and TCX Sport values', () => {
    const cases: [string, string][] = [
      ['running', 'run'],
      ['Running', 'run'],
      ['trail_running', 'run'],
      ['treadmill_running', 'run'],
      ['Biking', 'ride'],
      ['cycling', 'ride'],
      ['Road Biking', 'ride'],
      ['mountain_biking', 'ride'],
      ['walking', 'walk'],
      ['hiking', 'hike'],
      ['open_water_swimming', 'swim'],
      ['rowing', 'row'],
      ['strength_training', 'strength'],
    ];
    for (const [name, sport] of cases) expect(sportFromName(name), name).toBe(sport);
  });

  it('gives other for unknown, absent or look-alike names', () => {
    for (const name of [undefined, '', 'Other', 'jkljkl', '9', 'throwing', 'browsing']) {
      expect(sportFromName(name), String(name)).toBe('other');
    }
  });
});
