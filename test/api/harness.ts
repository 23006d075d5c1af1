// The API under test, in process: a real store (SQLite, and PostgreSQL when configured), a
// clock the test moves, cheap argon2 settings, and clients that keep their cookie.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type OpenedStore, openDatabase } from '../../src/adapters/db/open.js';
import { argon2Hasher } from '../../src/adapters/security/argon2-hasher.js';
import { secretTokens } from '../../src/adapters/security/secret-tokens.js';
import { randomIds } from '../../src/adapters/system/ids.js';
import type { Clock } from '../../src/app/ports.js';
import { type AppDeps, createApp } from '../../src/http/app.js';
import { SESSION_COOKIE } from '../../src/http/context.js';
import { type Backend, postgresBackend, sqliteBackend } from '../storage/backends.js';

export interface TestClock extends Clock {
  set(instant: string): void;
  advanceMin(minutes: number): void;
}

export function testClock(start = '2027-01-18T06:30:00.000Z'): TestClock {
  let nowMs = Date.parse(start);
  return {
    now: () => new Date(nowMs).toISOString(),
    set: (instant) => {
      nowMs = Date.parse(instant);
    },
    advanceMin: (minutes) => {
      nowMs += minutes * 60_000;
    },
  };
}

export interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read answers as loose JSON
  body: any;
  headers: Headers;
  text: string;
}

export interface RequestOptions {
  body?: unknown;
  /** Sent as is instead of JSON.stringify(body). */
  raw?: string;
  headers?: Record<string, string>;
}

/** One caller: keeps the session cookie the API sets, or sends a Bearer token. */
export class Client {
  session?: string;
  bearer?: string;

  constructor(readonly api: Api) {}

  async call(method: string, path: string, options: RequestOptions = {}): Promise<Answer> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.body !== undefined || options.raw !== undefined) {
      headers['Content-Type'] ??= 'application/json';
    }
    if (this.session) headers.Cookie = `${SESSION_COOKIE}=${this.session}`;
    if (this.bearer) headers.Authorization = `Bearer ${this.bearer}`;
    const res = await this.api.app.request(path, {
      method,
      headers,
      ...((options.body !== undefined || options.raw !== undefined) && {
        body: options.raw ?? JSON.stringify(options.body),
      }),
    });
    const cookie = res.headers.get('set-cookie');
    const match = cookie && new RegExp(`${SESSION_COOKIE}=([^;]*)`).exec(cookie);
    if (match) this.session = match[1] || undefined;
    const text = await res.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    return { status: res.status, body, headers: res.headers, text };
  }

  get = (path: string, options?: RequestOptions) => this.call('GET', path, options);
  post = (path: string, body?: unknown, options?: RequestOptions) =>
    this.call('POST', path, { ...options, ...(body !== undefined && { body }) });
  put = (path: string, body?: unknown) => this.call('PUT', path, { body });
  delete = (path: string) => this.call('DELETE', path);
}

export interface Api {
  app: ReturnType<typeof createApp>;
  store: OpenedStore;
  clock: TestClock;
  deps: AppDeps;
  client(): Client;
  /** Signs up a new account with a fresh email and returns its signed-in client. */
  signup(
    role?: 'athlete' | 'coach',
    name?: string,
  ): Promise<Client & { userId: string; email: string }>;
}

export const PASSWORD = 'correct horse battery';
let serial = 0;

async function openApi(backend: Backend, overrides: Partial<AppDeps>): Promise<Api> {
  const store = await openDatabase(backend.options);
  const clock = testClock();
  const deps: AppDeps = {
    store,
    clock,
    ids: randomIds,
    // The smallest argon2id cost: the same code path as production, a fraction of its time.
    passwords: argon2Hasher({ memoryKib: 64, passes: 1 }),
    secrets: secretTokens,
    ...overrides,
  };
  const app = createApp(deps);
  const api: Api = {
    app,
    store,
    clock,
    deps,
    client: () => new Client(api),
    async signup(role = 'athlete', name = `Runner ${serial + 1}`) {
      const email = `user${++serial}.${process.pid}@example.org`;
      const client = api.client();
      const res = await client.post('/api/auth/signup', { email, password: PASSWORD, name, role });
      if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${res.text}`);
      return Object.assign(client, { userId: res.body.userId as string, email });
    },
  };
  return api;
}

/**
 * Runs suite once per database: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. Without
 * it the PostgreSQL half is skipped with a note, except under CI, where that is a failure.
 */
export function onEveryDatabase(
  title: string,
  suite: (api: () => Api) => void,
  overrides: Partial<AppDeps> = {},
): void {
  const run = (makeBackend: () => Backend) => () => {
    let backend: Backend;
    let api: Api | undefined;
    beforeAll(async () => {
      backend = makeBackend();
      api = await openApi(backend, overrides);
    });
    afterAll(async () => {
      await api?.store.close();
      await backend?.drop();
    });
    suite(() => {
      if (!api) throw new Error('the API did not start');
      return api;
    });
  };

  describe(`${title} (SQLite)`, run(sqliteBackend));
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    describe(
      `${title} (PostgreSQL)`,
      run(() => postgresBackend(pgUrl)),
    );
  } else if (process.env.CI === 'true') {
    describe(`${title} (PostgreSQL)`, () => {
      it('runs under CI', () => {
        throw new Error('TEST_DATABASE_URL is not set: under CI the PostgreSQL half must run');
      });
    });
  } else {
    console.warn(
      `note: ${title} on PostgreSQL skipped; set TEST_DATABASE_URL=postgres://… to run it`,
    );
    describe.skip(
      `${title} (PostgreSQL, skipped: TEST_DATABASE_URL is not set)`,
      run(() => postgresBackend('')),
    );
  }
}
