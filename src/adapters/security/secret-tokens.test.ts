import { describe, expect, it } from 'vitest';
import { secretTokens } from './secret-tokens.js';

describe('secretTokens', () => {
  it('makes 256-bit URL-safe secrets, never the same twice', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => secretTokens.newToken()));
    expect(tokens.size).toBe(1000);
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('hashes with SHA-256 (FIPS 180-2 test vector for "abc")', () => {
    expect(secretTokens.hash('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
