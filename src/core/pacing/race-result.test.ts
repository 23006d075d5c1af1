import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { parseRaceResult } from './race-result.js';

describe('parseRaceResult', () => {
  it('reads distance=time, or distance and time separated by a space', () => {
    expect(parseRaceResult('5k=22:30')).toEqual({ distanceM: 5000, timeSec: 1350 });
    expect(parseRaceResult(' half = 1:45:10 ')).toEqual({ distanceM: 21097.5, timeSec: 6310 });
    expect(parseRaceResult('10k 45:00')).toEqual({ distanceM: 10000, timeSec: 2700 });
    expect(parseRaceResult('half marathon 1:45:10')).toEqual({ distanceM: 21097.5, timeSec: 6310 });
  });

  it('refuses malformed text, bad parts and results outside VDOT 15–90, naming the field', () => {
    for (const text of [
      '5k',
      '=22:30',
      '22:30',
      '5k=',
      '5k=22:3x',
      '800m=2:10',
      '5k=60:00',
      '5k=11:30',
    ]) {
      expect(() => parseRaceResult(text, 'recent'), text).toThrow(
        expect.objectContaining({ name: 'InputError', field: 'recent' }),
      );
    }
    expect(() => parseRaceResult('5k', 'recent')).toThrow(
      'recent "5k": expected distance=time, e.g. 5k=22:30 or half=1:45:10',
    );
    expect(() => parseRaceResult('marathon=9:00:00')).toThrow(InputError);
  });
});
