// Commands that read or write the training history work on the local store (the same one
// `runstrong serve` uses) for one athlete: --athlete EMAIL, or the local athlete "me".

import type { OpenedStore } from '../adapters/db/open.js';
import type { User } from '../app/ports.js';

export interface LocalSession {
  store: OpenedStore;
  athlete: User;
  /** "PostgreSQL" or "SQLite in <folder>". */
  database: string;
}

export type Env = Record<string, string | undefined>;

/** Opens the store, finds the athlete, runs fn and always closes the store. */
export async function withLocalAthlete<T>(
  env: Env,
  email: string | undefined,
  fn: (session: LocalSession) => Promise<T>,
): Promise<T> {
  const [{ openConfiguredStore }, { resolveAthlete }, { systemClock }, { randomIds }] =
    await Promise.all([
      import('../main/store.js'),
      import('../app/local-athlete.js'),
      import('../adapters/system/clock.js'),
      import('../adapters/system/ids.js'),
    ]);
  const { store, database } = await openConfiguredStore(env);
  try {
    const athlete = await resolveAthlete({ store, clock: systemClock, ids: randomIds }, email);
    return await fn({ store, athlete, database });
  } finally {
    await store.close();
  }
}

/** The machine's time zone: activities are dated by the local day they started on. */
export const localTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
