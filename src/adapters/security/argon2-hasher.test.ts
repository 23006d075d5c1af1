import { describe, expect, it } from 'vitest';
import { argon2Hasher, PRODUCTION_ARGON2_COST } from './argon2-hasher.js';

describe('argon2Hasher', () => {
  const cheap = argon2Hasher({ memoryKib: 64, passes: 1 });

  it('writes argon2id PHC strings with the cost it was given', async () => {
    expect(await cheap.hash('pw-one')).toMatch(/^\$argon2id\$v=19\$m=64,t=1,p=1\$[^$]+\$[^$]+$/);
    const production = await argon2Hasher().hash('pw-one');
    expect(production).toMatch(
      new RegExp(`^\\$argon2id\\$v=19\\$m=${PRODUCTION_ARGON2_COST.memoryKib},t=2,p=1\\$`),
    );
  });

  it('salts: the same password hashes differently each time, and both verify', async () => {
    const a = await cheap.hash('same');
    const b = await cheap.hash('same');
    expect(a).not.toBe(b);
    expect(await cheap.verify(a, 'same')).toBe(true);
    expect(await cheap.verify(b, 'same')).toBe(true);
    expect(await cheap.verify(a, 'Same')).toBe(false);
  });

  it('verifies a hash made at another cost (the cost travels in the string)', async () => {
    const old = await argon2Hasher({ memoryKib: 128, passes: 2 }).hash('pw');
    expect(await cheap.verify(old, 'pw')).toBe(true);
  });

  it('matches nothing against a hash it cannot read, instead of throwing', async () => {
    expect(await cheap.verify('not a hash', 'pw')).toBe(false);
    expect(await cheap.verify('', '')).toBe(false);
  });
});
