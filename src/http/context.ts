// What the HTTP layer needs from the composition root, and who is asking.
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Actor } from '../app/access.js';
import { actorFromApiToken, actorFromSession } from '../app/accounts.js';
import type { Services } from '../app/services.js';

export interface AppDeps extends Services {
  /**
   * Behind a reverse proxy you run: take the client's address from X-Forwarded-For and the
   * scheme from X-Forwarded-Proto. Off, those headers are ignored (anyone can send them).
   */
  trustProxy?: boolean;
  /** Largest request body accepted; default 1 MiB. */
  maxBodyBytes?: number;
}

export type AppEnv = {
  Bindings: { incoming?: IncomingMessage };
  Variables: { actor: Promise<Actor | undefined> };
};

export const SESSION_COOKIE = 'runstrong_session';

/**
 * Who is asking, looked up once per request and only when a route needs it: a Bearer token
 * (scripts) wins over the session cookie (browsers).
 */
export function actorOf(c: Context<AppEnv>, deps: AppDeps): Promise<Actor | undefined> {
  let actor = c.get('actor');
  if (!actor) {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '')?.[1];
    const session = getCookie(c, SESSION_COOKIE);
    actor = bearer
      ? actorFromApiToken(deps, bearer)
      : session
        ? actorFromSession(deps, session)
        : Promise.resolve(undefined);
    c.set('actor', actor);
  }
  return actor;
}

export function isHttps(c: Context<AppEnv>, deps: AppDeps): boolean {
  if (deps.trustProxy) {
    const proto = c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim().toLowerCase();
    if (proto) return proto === 'https';
  }
  return new URL(c.req.url).protocol === 'https:';
}

/** The client's address, for rate limits. The proxy appends the address it saw last. */
export function clientAddress(c: Context<AppEnv>, deps: AppDeps): string {
  if (deps.trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return c.env?.incoming?.socket.remoteAddress ?? 'unknown';
}
