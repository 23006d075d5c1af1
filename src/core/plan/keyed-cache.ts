// A cache keyed by several values at once, for the generator's per-plan caches. It nests one Map
// per key value, so a lookup hashes each value on its own (strings keep their hash, numbers need no
// formatting) instead of building a joined string key: for the plan's small, frequent lookups the
// joined keys cost more than a good part of the work the caches save.

/** One key value: compared as Map keys are (SameValueZero; objects by identity). */
export type KeyPart = string | number | boolean | undefined | object;

interface Level<V> {
  value?: V;
  next?: Map<KeyPart, Level<V>>;
}

export class KeyedCache<V> {
  private readonly root: Level<V> = {};

  /** The value stored under these keys; when there is none, build() stores one first. */
  getOrBuild(keys: readonly KeyPart[], build: () => V): V {
    let level = this.root;
    for (const k of keys) {
      level.next ??= new Map();
      let next = level.next.get(k);
      if (!next) {
        next = {};
        level.next.set(k, next);
      }
      level = next;
    }
    if (level.value === undefined) level.value = build();
    return level.value;
  }
}
