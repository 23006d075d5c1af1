import { describe, expect, it } from 'vitest';
import { parseQuantity } from './quantity.js';

describe('parseQuantity', () => {
  it('splits a number from its unit word', () => {
    expect(parseQuantity('15.5 mi')).toEqual({ value: 15.5, unit: 'mi' });
    expect(parseQuantity(' 80KG ')).toEqual({ value: 80, unit: 'kg' });
    expect(parseQuantity('25')).toEqual({ value: 25, unit: '' });
    expect(parseQuantity('.5km')).toEqual({ value: 0.5, unit: 'km' });
  });

  it('refuses signs, exponents, separators and empty text', () => {
    for (const text of ['-5', '+5', '1e3', '1,000', '', 'km', '5 k m', 'NaN', 'Infinity']) {
      expect(parseQuantity(text), text).toBeUndefined();
    }
  });
});
