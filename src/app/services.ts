import type { Clock, IdGenerator, PasswordHasher, SecretTokens, Store } from './ports.js';

/** What every use case may reach outside itself; the composition root builds the real one. */
export interface Services {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  passwords: PasswordHasher;
  secrets: SecretTokens;
}
