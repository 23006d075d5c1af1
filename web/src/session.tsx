// Who is signed in, their profile (for units) and whether a plan exists: read once at start
// and refreshed when a screen changes one of them.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import type { Units } from '../../src/core/plan/types.js';
import { type Account, ApiError, api, type Profile } from './api.js';
import { asApiError } from './resource.js';
import { navigate } from './router.js';

export interface SignedIn {
  account: Account;
  /** Athletes only; null until onboarding saves one. */
  profile: Profile | null;
  /** Athletes only. */
  hasPlan: boolean;
}

export type SessionState =
  | { state: 'loading' }
  | { state: 'error'; error: ApiError }
  | { state: 'anonymous' }
  | ({ state: 'signed-in' } & SignedIn);

interface SessionApi {
  session: SessionState;
  /** Reads the account, profile and plan again (after sign-in, onboarding, a profile edit). */
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionApi | undefined>(undefined);

/** undefined when the API answers "not there", rethrowing anything else. */
async function orMissing<T>(p: Promise<T>): Promise<T | undefined> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return undefined;
    throw e;
  }
}

async function readSession(): Promise<SessionState> {
  let account: Account;
  try {
    account = await api.me();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return { state: 'anonymous' };
    throw e;
  }
  const athleteId = account.athleteId;
  if (account.role !== 'athlete' || !athleteId) {
    return { state: 'signed-in', account, profile: null, hasPlan: false };
  }
  const [profile, plan] = await Promise.all([
    orMissing(api.profile(athleteId)),
    orMissing(api.plan(athleteId)),
  ]);
  return { state: 'signed-in', account, profile: profile ?? null, hasPlan: plan !== undefined };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ state: 'loading' });
  const refresh = useCallback(async () => {
    try {
      setSession(await readSession());
    } catch (e) {
      setSession({ state: 'error', error: asApiError(e) });
    }
  }, []);
  const signOut = useCallback(async () => {
    await api.logout();
    // Both in one render: signed out, on the front page.
    navigate('/', { replace: true });
    setSession({ state: 'anonymous' });
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return (
    <SessionContext.Provider value={{ session, refresh, signOut }}>
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionApi {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** For screens that only render for a signed-in athlete. */
export function useAthlete(): SignedIn & { athleteId: string; units: Units } {
  const { session } = useSession();
  if (session.state !== 'signed-in' || !session.account.athleteId) {
    throw new Error('useAthlete needs a signed-in athlete');
  }
  return {
    ...session,
    athleteId: session.account.athleteId,
    units: session.profile?.units ?? 'km',
  };
}
