// Bearer secrets from the operating system's random source, stored as SHA-256.
import { createHash, randomBytes } from 'node:crypto';
import type { SecretTokens } from '../../app/ports.js';

/** 32 random bytes: 256 bits, far beyond guessing. */
const TOKEN_BYTES = 32;

export const secretTokens: SecretTokens = {
  newToken: () => randomBytes(TOKEN_BYTES).toString('base64url'),
  hash: (token) => createHash('sha256').update(token).digest('hex'),
};
