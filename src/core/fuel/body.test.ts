import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import type { Body } from '../plan/types.js';
import { assertBody } from './body.js';

const ok: Body = { sex: 'male', ageYears: 30, heightCm: 178, weightKg: 72 };

describe('assertBody', () => {
  it('accepts an ordinary body, with or without body fat', () => {
    expect(() => assertBody(ok)).not.toThrow();
    expect(() => assertBody({ ...ok, bodyFatPct: 15 })).not.toThrow();
  });

  it.each([
    [{ ...ok, weightKg: 0 }, 'weightKg'],
    [{ ...ok, weightKg: 400 }, 'weightKg'],
    [{ ...ok, weightKg: Number.NaN }, 'weightKg'],
    [{ ...ok, heightCm: 1.78 }, 'heightCm'],
    [{ ...ok, ageYears: -1 }, 'ageYears'],
    [{ ...ok, bodyFatPct: 0.15 }, 'bodyFatPct'],
    [{ ...ok, sex: 'other' as Body['sex'] }, 'sex'],
  ])('rejects %o naming %s', (body, field) => {
    try {
      assertBody(body);
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).field).toBe(field);
      expect((error as InputError).message).toMatch(/expected/);
    }
  });
});
