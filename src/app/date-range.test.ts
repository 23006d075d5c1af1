import { describe, expect, it } from 'vitest';
import { InputError } from '../core/errors.js';
import { checkedRange, MAX_RANGE_DAYS } from './date-range.js';

describe('checkedRange', () => {
  it('takes one day, and up to MAX_RANGE_DAYS counting both ends', () => {
    expect(checkedRange({ from: '2027-01-18', to: '2027-01-18' })).toEqual({
      from: '2027-01-18',
      to: '2027-01-18',
    });
    // 2027-01-01 + 399 days = 2028-02-04 (2027 has 365 days, January 31).
    expect(MAX_RANGE_DAYS).toBe(400);
    expect(() => checkedRange({ from: '2027-01-01', to: '2028-02-04' })).not.toThrow();
    expect(() => checkedRange({ from: '2027-01-01', to: '2028-02-05' })).toThrow(
      /spans 401 days: ask for at most 400/,
    );
  });

  it('refuses to before from, naming to', () => {
    const error = (() => {
      try {
        checkedRange({ from: '2027-01-18', to: '2027-01-17' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).field).toBe('to');
  });
});
