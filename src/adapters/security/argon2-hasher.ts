// Password hashing with argon2id (RFC 9106) through @node-rs/argon2's prebuilt binary.
import { type Algorithm, hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '../../app/ports.js';

export interface Argon2Cost {
  /** KiB of memory per hash. */
  memoryKib: number;
  /** Passes over that memory. */
  passes: number;
}

/**
 * OWASP's first argon2id setting (19 MiB, 2 passes, 1 lane): about 70 ms a hash on a small
 * server, slow enough to make guessing expensive and fast enough for a login.
 */
export const PRODUCTION_ARGON2_COST: Argon2Cost = { memoryKib: 19_456, passes: 2 };

/** argon2id in the numbering of @node-rs/argon2's (const, so not importable) Algorithm enum. */
const ARGON2ID = 2 as Algorithm;

export function argon2Hasher(cost: Argon2Cost = PRODUCTION_ARGON2_COST): PasswordHasher {
  const options = {
    algorithm: ARGON2ID,
    memoryCost: cost.memoryKib,
    timeCost: cost.passes,
    parallelism: 1,
  };
  return {
    hash: (password) => hash(password, options),
    async verify(passwordHash, password) {
      try {
        return await verify(passwordHash, password);
      } catch {
        // A stored hash this library cannot parse matches no password.
        return false;
      }
    },
  };
}
