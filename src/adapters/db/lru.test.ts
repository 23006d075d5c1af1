import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Lru } from './lru.js';

describe('Lru', () => {
  it('drops the least recently used entry first, a read counting as a use', () => {
    const lru = new Lru<string>(2);
    lru.set('a', 'A');
    lru.set('b', 'B');
    expect(lru.get('a')).toBe('A');
    lru.set('c', 'C');
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe('A');
    expect(lru.get('c')).toBe('C');
  });

  it('bounds the total size of the values, not their number', () => {
    const lru = new Lru<Uint8Array>(10, (v) => v.byteLength);
    lru.set('six', new Uint8Array(6));
    lru.set('four', new Uint8Array(4));
    expect(lru.size).toBe(10);
    lru.set('three', new Uint8Array(3));
    expect(lru.get('six')).toBeUndefined();
    expect(lru.size).toBe(7);
    // Larger than the whole cache: not kept, and nothing else is pushed out for it.
    lru.set('big', new Uint8Array(11));
    expect(lru.get('big')).toBeUndefined();
    expect(lru.size).toBe(7);
  });

  it('replacing a key counts its new size only', () => {
    const lru = new Lru<Uint8Array>(10, (v) => v.byteLength);
    lru.set('k', new Uint8Array(8));
    lru.set('k', new Uint8Array(2));
    expect(lru.size).toBe(2);
  });

  it('never holds more than its capacity, and keeps the newest entry that fits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.nat(6))),
        (writes) => {
          const lru = new Lru<number>(8, (n) => n);
          for (const [key, n] of writes) {
            lru.set(key, n);
            expect(lru.size).toBeLessThanOrEqual(8);
            expect(lru.get(key)).toBe(n);
          }
        },
      ),
    );
  });
});
