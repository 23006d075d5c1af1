// The use cases of src/app want the service's ports; on the command line the store is local and
// the actor is the athlete themselves, so the same rules (and the adaptation after each write)
// run as they do behind the API.
import type { Actor } from '../app/access.js';
import type { Services } from '../app/services.js';
import { InputError } from '../core/errors.js';
import type { LocalSession } from './local-store.js';

export async function localServices(
  session: LocalSession,
): Promise<{ s: Services; actor: Actor; athleteId: string }> {
  const [{ systemClock }, { randomIds }, { argon2Hasher }, { secretTokens }] = await Promise.all([
    import('../adapters/system/clock.js'),
    import('../adapters/system/ids.js'),
    import('../adapters/security/argon2-hasher.js'),
    import('../adapters/security/secret-tokens.js'),
  ]);
  return {
    s: {
      store: session.store,
      clock: systemClock,
      ids: randomIds,
      passwords: argon2Hasher(),
      secrets: secretTokens,
    },
    actor: { userId: session.athlete.id, role: 'athlete' },
    athleteId: session.athlete.id,
  };
}

/** What to do when the store has no profile or plan for the athlete yet. */
export const NO_PLAN_HELP =
  'no stored plan yet: make one with `runstrong plan --distance 10k --weeks 12 … --save` ' +
  '(or set a profile and plan in the web app: runstrong serve)';

/** A number flag inside [min, max]; whole when asked. */
export function numberFlag(
  text: string,
  field: string,
  min: number,
  max: number,
  whole = false,
): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < min || value > max) {
    throw new InputError(`${field} "${text}": expected a number from ${min} to ${max}`, field);
  }
  if (whole && !Number.isInteger(value)) {
    throw new InputError(
      `${field} "${text}": expected a whole number from ${min} to ${max}`,
      field,
    );
  }
  return value;
}
