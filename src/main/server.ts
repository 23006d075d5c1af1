// Composition root of the service: the real database, clock, ids, password hasher and secrets
// wired into the HTTP app, served by Node on one host and port.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { OpenedStore } from '../adapters/db/open.js';
import { argon2Hasher } from '../adapters/security/argon2-hasher.js';
import { secretTokens } from '../adapters/security/secret-tokens.js';
import { systemClock } from '../adapters/system/clock.js';
import { randomIds } from '../adapters/system/ids.js';
import { InputError } from '../core/errors.js';
import { createApp } from '../http/app.js';
import { mountWeb } from '../http/web.js';
import { openConfiguredStore } from './store.js';

export const DEFAULT_PORT = 3000;
/** Only this machine can connect unless HOST says otherwise. */
export const DEFAULT_HOST = '127.0.0.1';
/** The built web app, from src/main or dist/main alike. */
export const WEB_DIST_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface ServerOptions {
  port: number;
  host: string;
  /** DATABASE_URL, RUNSTRONG_DATA_DIR, TRUST_PROXY (and what dataDir() reads). */
  env: Record<string, string | undefined>;
  /** Where the built web app is; served when it exists. */
  webDir?: string;
}

/** Port and host from flags, else PORT and HOST, else 3000 on 127.0.0.1. */
export function listenOptions(
  flags: { port?: string; host?: string },
  env: Record<string, string | undefined>,
): { port: number; host: string } {
  const portText = flags.port ?? env.PORT;
  const port = portText === undefined || portText === '' ? DEFAULT_PORT : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new InputError(`port "${portText}": expected a whole number from 0 to 65535`, 'port');
  }
  const host = (flags.host ?? env.HOST)?.trim() || DEFAULT_HOST;
  return { port, host };
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:3000 */
  url: string;
  /** Which database, in words: "PostgreSQL" or "SQLite in <folder>". */
  database: string;
  store: OpenedStore;
  /** Stops taking connections, lets requests in flight finish, then closes the database. */
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { env } = options;
  const { store, database } = await openConfiguredStore(env);
  const app = createApp({
    store,
    clock: systemClock,
    ids: randomIds,
    passwords: argon2Hasher(),
    secrets: secretTokens,
    trustProxy: env.TRUST_PROXY === '1',
  });
  const webDir = options.webDir ?? WEB_DIST_DIR;
  if (existsSync(webDir)) mountWeb(app, webDir);
  const requests = inFlight(app.fetch);

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: requests.fetch, port: options.port, hostname: options.host }, () =>
      resolve(s),
    );
    s.once('error', reject);
  }).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });
  const { address, port } = server.address() as AddressInfo;
  const shownHost = address.includes(':') ? `[${address}]` : address;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}`,
    database,
    store,
    close: () => {
      closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        // Idle keep-alive connections would hold close() open for minutes.
        const closeIdle = () => {
          if ('closeIdleConnections' in server) server.closeIdleConnections();
        };
        closeIdle();
        await requests.settled();
        // Connections whose request just finished are idle now.
        closeIdle();
        await closed;
        // A client that hung up leaves its request running after its socket is gone.
        await requests.settled();
        await store.close();
      })();
      return closing;
    },
  };
}

/**
 * Counts the requests a fetch handler is still working on, so shutdown can wait for them:
 * the server's close() waits for sockets, and a request whose client hung up has none.
 */
export function inFlight<A extends unknown[]>(
  fetch: (...args: A) => Response | Promise<Response>,
): { fetch: (...args: A) => Promise<Response>; settled(): Promise<void> } {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    async fetch(...args) {
      running++;
      try {
        return await fetch(...args);
      } finally {
        running--;
        if (running === 0) for (const resolve of waiting.splice(0)) resolve();
      }
    },
    settled: () =>
      running === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve)),
  };
}

/** Runs until SIGINT or SIGTERM, then shuts down cleanly. */
export async function runServer(
  options: ServerOptions,
  log: (line: string) => void,
): Promise<void> {
  const running = await startServer(options);
  log(`runstrong is serving on ${running.url} (${running.database}); Ctrl-C stops it\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      log('runstrong: stopping\n');
      void running.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
