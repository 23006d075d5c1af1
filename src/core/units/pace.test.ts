import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { KM_PER_MI } from './conversions.js';
import { formatPace, formatPaceRange, parsePace } from './pace.js';

describe('formatPace', () => {
  it('writes per km and per mile', () => {
    expect(formatPace(272, 'km')).toBe('4:32/km');
    // 272 s/km × 1.609344 = 437.7 s/mi
    expect(formatPace(272, 'mi')).toBe('7:18/mi');
    expect(formatPace(300, 'mi')).toBe('8:03/mi');
  });

  it('writes a [fast, slow] range with one unit', () => {
    expect(formatPaceRange([331, 374], 'km')).toBe('5:31–6:14/km');
    expect(formatPaceRange([331, 374], 'mi')).toBe('8:53–10:02/mi');
  });
});

describe('parsePace', () => {
  it('reads per km and per mile into seconds per km', () => {
    expect(parsePace('4:32/km')).toBe(272);
    expect(parsePace('7:18/mi')).toBeCloseTo(438 / KM_PER_MI, 10);
    expect(parsePace('7:18 min/mile')).toBeCloseTo(438 / KM_PER_MI, 10);
    expect(parsePace(' 5:00 / KM ')).toBe(300);
  });

  it('refuses a missing unit, bad seconds and paces no one runs', () => {
    for (const text of ['4:32', '4:32/m', '4:62/km', '432/km', '1:30/km', '25:00/km', '0:00/km']) {
      expect(() => parsePace(text, 'easyPace'), text).toThrow(InputError);
    }
    expect(() => parsePace('25:00/km', 'easyPace')).toThrow(
      'easyPace "25:00/km": expected a running pace between 2:00/km and 20:00/km (3:13/mi–32:11/mi)',
    );
  });

  it('accepts exactly the bounds its message shows', () => {
    expect(parsePace('2:00/km')).toBe(120);
    expect(parsePace('20:00/km')).toBe(1200);
    expect(parsePace('3:13/mi')).toBeCloseTo(193 / KM_PER_MI, 10);
    expect(() => parsePace('3:12/mi')).toThrow(InputError);
    expect(() => parsePace('1:59/km')).toThrow(InputError);
  });

  it('round-trips with formatPace to the second per unit', () => {
    const secPerKm = fc.integer({ min: 120, max: 1200 });
    fc.assert(
      fc.property(secPerKm, (pace) => {
        expect(parsePace(formatPace(pace, 'km'))).toBe(pace);
        // Per mile rounds to whole seconds per mile: within half a second per mile.
        expect(Math.abs(parsePace(formatPace(pace, 'mi')) - pace)).toBeLessThanOrEqual(
          0.5 / KM_PER_MI + 1e-9,
        );
      }),
    );
  });
});
