import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { formatDuration, parseDurationSec } from './duration.js';

describe('parseDurationSec', () => {
  it('reads mm:ss and h:mm:ss', () => {
    expect(parseDurationSec('22:30')).toBe(1350);
    expect(parseDurationSec('1:45:10')).toBe(6310);
    expect(parseDurationSec(' 0:59 ')).toBe(59);
    expect(parseDurationSec('75:30')).toBe(4530);
    expect(parseDurationSec('4:49:17')).toBe(17357);
  });

  it('refuses bare numbers, bad seconds, zero and junk, naming the field', () => {
    for (const text of ['45', '22:3x', '22:60', '1:60:00', '22:3', ':30', '0:00', '', '1:2:3:4']) {
      expect(() => parseDurationSec(text, 'goal'), text).toThrow(InputError);
    }
    expect(() => parseDurationSec('22:3x', 'goal')).toThrow(
      expect.objectContaining({
        name: 'InputError',
        field: 'goal',
        message:
          'goal "22:3x": expected a time above zero as mm:ss or h:mm:ss, e.g. 22:30 or 1:45:10',
      }),
    );
  });
});

describe('formatDuration', () => {
  it('writes m:ss under an hour and h:mm:ss from an hour', () => {
    expect(formatDuration(1350)).toBe('22:30');
    expect(formatDuration(6310)).toBe('1:45:10');
    expect(formatDuration(245)).toBe('4:05');
    expect(formatDuration(3600)).toBe('1:00:00');
    expect(formatDuration(0)).toBe('0:00');
  });

  it('rounds to whole seconds before splitting', () => {
    expect(formatDuration(59.6)).toBe('1:00');
    expect(formatDuration(3599.5)).toBe('1:00:00');
    expect(formatDuration(1350.4)).toBe('22:30');
  });

  it('refuses values that are not durations', () => {
    expect(() => formatDuration(-1)).toThrow(RangeError);
    expect(() => formatDuration(Number.NaN)).toThrow(RangeError);
  });

  it('round-trips with parseDurationSec', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 * 3600 }), (sec) => {
        expect(parseDurationSec(formatDuration(sec))).toBe(sec);
      }),
    );
  });
});
