import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyedCache, type KeyPart } from './keyed-cache.js';

describe('KeyedCache', () => {
  it('builds once per key list and returns the stored value after', () => {
    const cache = new KeyedCache<string>();
    let builds = 0;
    const build = () => `value ${++builds}`;
    expect(cache.getOrBuild(['easy', 8.2, false], build)).toBe('value 1');
    expect(cache.getOrBuild(['easy', 8.2, false], build)).toBe('value 1');
    expect(cache.getOrBuild(['easy', 8.2, true], build)).toBe('value 2');
    expect(builds).toBe(2);
  });

  it('tells apart lists that a joined string would mix up', () => {
    const cache = new KeyedCache<number>();
    let next = 0;
    const id = (keys: KeyPart[]) => cache.getOrBuild(keys, () => next++);
    // "1|2" and "1" + "|2", a number and its text, a list and its prefix, an absent value.
    expect(
      new Set([id(['1|2']), id(['1', '2']), id([1, 2]), id([1]), id([]), id([undefined])]).size,
    ).toBe(6);
    expect(id([1, 2])).toBe(2);
  });

  it('keys objects by identity', () => {
    const cache = new KeyedCache<string>();
    const a = { kind: 'run' };
    const b = { kind: 'run' };
    expect(cache.getOrBuild([a], () => 'a')).toBe('a');
    expect(cache.getOrBuild([b], () => 'b')).toBe('b');
    expect(cache.getOrBuild([a], () => 'again')).toBe('a');
  });

  it('agrees with a Map keyed by the JSON of the list', () => {
    const part = fc.oneof(
      fc.constantFrom('a', 'b', 'a|b'),
      fc.integer({ min: 0, max: 3 }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(fc.array(fc.array(part, { maxLength: 3 }), { maxLength: 40 }), (lists) => {
        const cache = new KeyedCache<number>();
        const reference = new Map<string, number>();
        lists.forEach((keys, i) => {
          const expected = reference.get(JSON.stringify(keys)) ?? i;
          reference.set(JSON.stringify(keys), expected);
          expect(cache.getOrBuild(keys, () => i)).toBe(expected);
        });
      }),
    );
  });
});
