// Who the command line works for. A terminal user should not have to sign up: the first
// command that needs an athlete on an empty store creates a local one, "me", which has no
// password (nobody can sign in as it on the web until one is set).
import { InputError } from '../core/errors.js';
import { normalizeEmail } from './accounts.js';
import { type Clock, ConflictError, type IdGenerator, type Store, type User } from './ports.js';

export const LOCAL_ATHLETE_EMAIL = 'me@localhost';
export const LOCAL_ATHLETE_NAME = 'me';

/**
 * The athlete with that email; else the local athlete "me" when it exists; else a new "me" when
 * the store has no accounts at all. A store shared with others needs the email.
 */
export async function resolveAthlete(
  s: { store: Store; clock: Clock; ids: IdGenerator },
  email: string | undefined,
): Promise<User> {
  if (email !== undefined) {
    const user = await s.store.users.findByEmail(normalizeEmail(email));
    if (!user) throw new InputError(`athlete "${email}": no account with that email`, 'athlete');
    if (user.role !== 'athlete') {
      throw new InputError(
        `athlete "${email}": that account is a coach, expected an athlete`,
        'athlete',
      );
    }
    return user;
  }
  const local = await s.store.users.findByEmail(LOCAL_ATHLETE_EMAIL);
  if (local) return local;
  const accounts = await s.store.users.count();
  if (accounts > 0) {
    throw new InputError(
      `this store has ${accounts} account(s): choose the athlete with --athlete EMAIL`,
      'athlete',
    );
  }
  const me: User = {
    id: s.ids.newId(),
    email: LOCAL_ATHLETE_EMAIL,
    passwordHash: '',
    name: LOCAL_ATHLETE_NAME,
    role: 'athlete',
    createdAt: s.clock.now(),
  };
  try {
    await s.store.users.create(me);
    return me;
  } catch (error) {
    // Another command made "me" at the same moment: use theirs.
    const made = error instanceof ConflictError && (await s.store.users.findByEmail(me.email));
    if (made) return made;
    throw error;
  }
}
