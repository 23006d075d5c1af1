// Accounts: sign-up, log-in and log-out, and finding who is behind a session cookie or an API
// token. Passwords and bearer secrets are stored only as hashes.
import type { Actor } from './access.js';
import { ForbiddenError, NotAuthenticatedError, RateLimitedError } from './errors.js';
import type { Role, User } from './ports.js';
import type { Services } from './services.js';

export const SESSION_TTL_DAYS = 30;
/** Login attempts allowed per email and client address in one window. */
export const LOGIN_ATTEMPTS_PER_WINDOW = 10;
export const LOGIN_WINDOW_MIN = 15;
/**
 * Sign-ups allowed per client address in one window: enough for a club signing up together
 * behind one router, too few to fill the database or keep the server hashing passwords.
 */
export const SIGNUPS_PER_WINDOW = 20;
export const SIGNUP_WINDOW_MIN = 60;

const DAY_MS = 86_400_000;
const MIN_MS = 60_000;

/** The account as others may see it: no password hash. */
export interface AccountView {
  userId: string;
  email: string;
  name: string;
  role: Role;
  /** Set for athletes: the id their data lives under. */
  athleteId?: string;
}

export interface SignedIn {
  account: AccountView;
  /** The raw session secret, for the cookie; the database keeps only its hash. */
  sessionToken: string;
  expiresAt: string;
}

/** Emails are compared exactly, so one person cannot hold two accounts by changing case. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export function accountView(user: User): AccountView {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    ...(user.role === 'athlete' && { athleteId: user.id }),
  };
}

/**
 * Throws the store's ConflictError (field 'email') when the email is taken. Every attempt counts
 * towards the client address's limit, before the (slow) password hash is made.
 */
export async function signup(
  s: Services,
  input: { email: string; password: string; name: string; role: Role; clientAddress: string },
): Promise<SignedIn> {
  await countAttempt(s, `signup:${input.clientAddress}`, {
    limit: SIGNUPS_PER_WINDOW,
    windowMin: SIGNUP_WINDOW_MIN,
    what: 'sign-ups from this address',
  });
  const user: User = {
    id: s.ids.newId(),
    email: normalizeEmail(input.email),
    passwordHash: await s.passwords.hash(input.password),
    name: input.name.trim(),
    role: input.role,
    createdAt: s.clock.now(),
  };
  await s.store.users.create(user);
  return startSession(s, user);
}

/**
 * Counts the attempt first, so a guesser is stopped before any password check; a success
 * clears the count. The key is email and client address together: one person's typos do not
 * lock out the same email elsewhere, and one address cannot try more than the limit per email.
 */
export async function login(
  s: Services,
  input: { email: string; password: string; clientAddress: string },
): Promise<SignedIn> {
  const email = normalizeEmail(input.email);
  const key = `login:${email}|${input.clientAddress}`;
  await countAttempt(s, key, {
    limit: LOGIN_ATTEMPTS_PER_WINDOW,
    windowMin: LOGIN_WINDOW_MIN,
    what: 'login attempts for this email',
  });
  const user = await s.store.users.findByEmail(email);
  if (!user || !(await s.passwords.verify(user.passwordHash, input.password))) {
    throw new NotAuthenticatedError('email or password is wrong');
  }
  await s.store.rateLimits.reset(key);
  return startSession(s, user);
}

/**
 * Counts one attempt under key in the current fixed window (in the database, so every app
 * process shares the count) and throws RateLimitedError once the window holds more than limit.
 */
async function countAttempt(
  s: Services,
  key: string,
  rule: { limit: number; windowMin: number; what: string },
): Promise<void> {
  const now = s.clock.now();
  const windowMs = rule.windowMin * MIN_MS;
  const windowStartMs = Math.floor(Date.parse(now) / windowMs) * windowMs;
  const attempts = await s.store.rateLimits.hit(key, new Date(windowStartMs).toISOString());
  if (attempts > rule.limit) {
    const retryAfterSec = Math.ceil((windowStartMs + windowMs - Date.parse(now)) / 1000);
    throw new RateLimitedError(
      `too many ${rule.what}: try again in ${Math.ceil(retryAfterSec / 60)} min`,
      retryAfterSec,
    );
  }
}

export async function logout(s: Services, sessionToken: string): Promise<void> {
  await s.store.loginSessions.remove(s.secrets.hash(sessionToken));
}

async function startSession(s: Services, user: User): Promise<SignedIn> {
  const sessionToken = s.secrets.newToken();
  const createdAt = s.clock.now();
  const expiresAt = new Date(Date.parse(createdAt) + SESSION_TTL_DAYS * DAY_MS).toISOString();
  // Sweeping here keeps the table to live sessions without a background job.
  await s.store.loginSessions.removeExpired(createdAt);
  await s.store.loginSessions.create({
    tokenHash: s.secrets.hash(sessionToken),
    userId: user.id,
    createdAt,
    expiresAt,
  });
  return { account: accountView(user), sessionToken, expiresAt };
}

/** The actor behind a session cookie; undefined when unknown or expired (and then removed). */
export async function actorFromSession(
  s: Services,
  sessionToken: string,
): Promise<Actor | undefined> {
  const tokenHash = s.secrets.hash(sessionToken);
  const owner = await s.store.loginSessions.findOwner(tokenHash);
  if (!owner) return undefined;
  if (Date.parse(owner.expiresAt) <= Date.parse(s.clock.now())) {
    await s.store.loginSessions.remove(tokenHash);
    return undefined;
  }
  return { userId: owner.userId, role: owner.role };
}

/** The actor behind a personal API token; undefined when unknown or revoked. */
export async function actorFromApiToken(s: Services, token: string): Promise<Actor | undefined> {
  const owner = await s.store.apiTokens.findOwner(s.secrets.hash(token));
  return owner && { userId: owner.userId, role: owner.role };
}

export async function me(s: Services, actor: Actor | undefined): Promise<AccountView> {
  const user = actor && (await s.store.users.get(actor.userId));
  if (!user) throw new NotAuthenticatedError();
  return accountView(user);
}

/**
 * Deletes the signed-in account and everything stored under it. The password is asked again so
 * a browser left signed in, or a leaked API token, cannot erase someone's history.
 */
export async function deleteAccount(
  s: Services,
  actor: Actor | undefined,
  password: string,
): Promise<void> {
  const user = actor && (await s.store.users.get(actor.userId));
  if (!user) throw new NotAuthenticatedError();
  if (!(await s.passwords.verify(user.passwordHash, password))) {
    throw new ForbiddenError('password is wrong: the account was not deleted');
  }
  await s.store.users.remove(user.id);
}
