// The composition root over a real socket: SQLite in a temp folder, the web mount, shutdown.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQLITE_FILE_NAME } from '../adapters/db/open.js';
import { InputError } from '../core/errors.js';
import { inFlight, listenOptions, type RunningServer, startServer } from './server.js';

describe('listenOptions', () => {
  it('takes flags over PORT and HOST, and 3000 on 127.0.0.1 by default', () => {
    expect(listenOptions({}, {})).toEqual({ port: 3000, host: '127.0.0.1' });
    expect(listenOptions({}, { PORT: '8080', HOST: '0.0.0.0' })).toEqual({
      port: 8080,
      host: '0.0.0.0',
    });
    expect(listenOptions({ port: '9000', host: '::1' }, { PORT: '8080', HOST: '0.0.0.0' })).toEqual(
      { port: 9000, host: '::1' },
    );
    expect(listenOptions({}, { PORT: '', HOST: ' ' })).toEqual({ port: 3000, host: '127.0.0.1' });
  });

  it('refuses a port that is not one', () => {
    for (const port of ['http', '-1', '65536', '80.5']) {
      expect(() => listenOptions({ port }, {})).toThrow(InputError);
    }
    expect(() => listenOptions({}, { PORT: 'x' })).toThrow(/port "x": expected a whole number/);
  });
});

describe('startServer', () => {
  let folder: string;
  let server: RunningServer;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'runstrong-server-'));
    const webDir = join(folder, 'web');
    mkdirSync(join(webDir, 'assets'), { recursive: true });
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>runstrong</title>');
    writeFileSync(join(webDir, 'assets', 'app.js'), 'console.log(1)');
    server = await startServer({
      port: 0,
      host: '127.0.0.1',
      env: { RUNSTRONG_DATA_DIR: join(folder, 'data') },
      webDir,
    });
  });

  afterAll(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('serves the API on localhost with SQLite in RUNSTRONG_DATA_DIR', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.database).toBe(`SQLite in ${join(folder, 'data')}`);
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get('cache-control')).toBe('no-store');
    const signup = await fetch(`${server.url}/api/auth/signup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: 'a@example.org',
        password: 'long enough',
        name: 'A',
        role: 'athlete',
      }),
    });
    expect(signup.status).toBe(201);
    // Production argon2 cost outside the tests.
    const user = await server.store.users.findByEmail('a@example.org');
    expect(user?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(join(folder, 'data'))).toContain(SQLITE_FILE_NAME);
  });

  it('serves the web app at /, falls back to index.html for its pages, never for /api', async () => {
    const index = await fetch(`${server.url}/`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<title>runstrong</title>');
    const asset = await fetch(`${server.url}/assets/app.js`);
    expect(await asset.text()).toBe('console.log(1)');
    const page = await fetch(`${server.url}/athletes/123/plan`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const api = await fetch(`${server.url}/api/no-such-route`);
    expect(api.status).toBe(404);
    expect((await api.json()).error.code).toBe('not-found');
  });

  it('answers a request, then closes without waiting on idle connections', async () => {
    const other = await startServer({
      port: 0,
      host: '127.0.0.1',
      env: { RUNSTRONG_DATA_DIR: join(folder, 'other') },
      webDir: join(folder, 'none'),
    });
    expect((await fetch(`${other.url}/api/health`)).status).toBe(200);
    // No web build: / is a plain 404, the API still answers.
    expect((await fetch(`${other.url}/`)).status).toBe(404);
    const started = Date.now();
    await other.close();
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(fetch(`${other.url}/api/health`)).rejects.toThrow();
  });

  it('lets a request finish before closing the database, even when its client hung up', async () => {
    const dataDir = join(folder, 'draining');
    const other = await startServer({
      port: 0,
      host: '127.0.0.1',
      env: { RUNSTRONG_DATA_DIR: dataDir },
      webDir: join(folder, 'none'),
    });
    const body = JSON.stringify({
      email: 'late@example.org',
      password: 'long enough',
      name: 'Late',
      role: 'athlete',
    });
    const req = httpRequest({
      host: '127.0.0.1',
      port: new URL(other.url).port,
      method: 'POST',
      path: '/api/auth/signup',
      agent: false,
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
    });
    req.on('error', () => {});
    req.end(body);
    // Sign-up counts the attempt, then spends tens of ms hashing the password before it stores
    // the user: hang up and shut down in between.
    const file = join(dataDir, SQLITE_FILE_NAME);
    const counted = () => {
      const db = new Sqlite(file, { readonly: true });
      try {
        return (
          db.prepare("select 1 from rate_limits where key like 'signup:%'").get() !== undefined
        );
      } finally {
        db.close();
      }
    };
    while (!counted()) await new Promise((resolve) => setTimeout(resolve, 2));
    req.destroy();
    await other.close();
    await expect(fetch(`${other.url}/api/health`)).rejects.toThrow();
    const db = new Sqlite(file, { readonly: true });
    try {
      expect(
        db.prepare("select email from users where email = 'late@example.org'").all(),
      ).toHaveLength(1);
    } finally {
      db.close();
    }
  });
});

describe('inFlight', () => {
  it('settles once every request it passed on has answered, failed ones included', async () => {
    const pending: { resolve: (r: Response) => void; reject: (e: Error) => void }[] = [];
    const requests = inFlight(
      () => new Promise<Response>((resolve, reject) => pending.push({ resolve, reject })),
    );
    await requests.settled();
    const first = requests.fetch();
    const second = requests.fetch().catch((e: Error) => e.message);
    let settled = false;
    const waiting = requests.settled().then(() => {
      settled = true;
    });
    pending[0]?.resolve(new Response('ok'));
    expect(await (await first).text()).toBe('ok');
    expect(settled).toBe(false);
    pending[1]?.reject(new Error('client gone'));
    expect(await second).toBe('client gone');
    await waiting;
    expect(settled).toBe(true);
  });
});
