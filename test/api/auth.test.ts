// Accounts over HTTP: sign-up, log-in, sessions, log-out, the login and sign-up rate limits,
// API tokens.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  LOGIN_ATTEMPTS_PER_WINDOW,
  SESSION_TTL_DAYS,
  SIGNUPS_PER_WINDOW,
} from '../../src/app/accounts.js';
import { createApp } from '../../src/http/app.js';
import { planBody, profileBody } from './fixtures.js';
import { type Api, onEveryDatabase, PASSWORD } from './harness.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
let serial = 0;
const freshEmail = () => `Login.${++serial}.${process.pid}@Example.org`;

onEveryDatabase('accounts', (api: () => Api) => {
  describe('sign-up', () => {
    it('creates the account, signs in with an httpOnly Lax cookie and answers 201', async () => {
      const client = api().client();
      const res = await client.post('/api/auth/signup', {
        email: '  Ada.Runner@Example.ORG ',
        password: PASSWORD,
        name: ' Ada ',
        role: 'athlete',
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        userId: expect.any(String),
        email: 'ada.runner@example.org',
        name: 'Ada',
        role: 'athlete',
        athleteId: res.body.userId,
      });
      const cookie = res.headers.get('set-cookie')!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).toMatch(/Path=\//);
      expect(cookie).toMatch(new RegExp(`Max-Age=${SESSION_TTL_DAYS * 86_400}`));
      // Plain http: a Secure cookie would never come back.
      expect(cookie).not.toMatch(/Secure/);
      expect((await client.get('/api/me')).body).toEqual(res.body);
    });

    it('stores an argon2id hash and only the hash of the session secret', async () => {
      const client = await api().signup();
      const user = await api().store.users.get(client.userId);
      expect(user?.passwordHash).toMatch(/^\$argon2id\$v=19\$/);
      expect(user?.passwordHash).not.toContain(PASSWORD);
      expect(await api().store.loginSessions.get(client.session!)).toBeUndefined();
      expect(await api().store.loginSessions.get(sha256(client.session!))).toMatchObject({
        userId: client.userId,
      });
    });

    it('refuses an email already taken, whatever its case: 409 naming the field', async () => {
      const first = await api().signup();
      const res = await api()
        .client()
        .post('/api/auth/signup', {
          email: ` ${first.email.toUpperCase()}`,
          password: PASSWORD,
          name: 'Twin',
          role: 'coach',
        });
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({ code: 'email-taken', field: 'email' });
    });

    it('names the bad field with 400', async () => {
      const client = api().client();
      const good = { email: freshEmail(), password: PASSWORD, name: 'Bo', role: 'athlete' };
      const cases: [Record<string, unknown>, string][] = [
        [{ ...good, password: 'short' }, 'password'],
        [{ ...good, email: 'not an email' }, 'email'],
        [{ ...good, role: 'admin' }, 'role'],
        [{ ...good, name: '   ' }, 'name'],
        [{ ...good, name: 'a\u0000b' }, 'name'],
      ];
      for (const [body, field] of cases) {
        const res = await client.post('/api/auth/signup', body);
        expect(res.status, field).toBe(400);
        expect(res.body.error).toMatchObject({ code: 'bad-input', field });
        expect(res.body.error.message).toContain(field);
      }
    });

    it('answers malformed JSON with 400 and a body sent as another type with 415', async () => {
      const client = api().client();
      const malformed = await client.call('POST', '/api/auth/signup', { raw: '{"email":' });
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.code).toBe('bad-input');
      const form = await client.call('POST', '/api/auth/signup', {
        raw: 'email=a@b.c',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      expect(form.status).toBe(415);
      expect(form.body.error.code).toBe('unsupported-media-type');
    });

    it('refuses a body over 1 MiB with 413 before reading it', async () => {
      const res = await api()
        .client()
        .post('/api/auth/signup', { email: freshEmail(), password: 'x'.repeat(1_100_000) });
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('too-large');
    });
  });

  describe('log-in and sessions', () => {
    it('signs in with the email in any case and spacing, and not with a wrong password', async () => {
      const { email } = await api().signup();
      const client = api().client();
      const wrong = await client.post('/api/auth/login', { email, password: 'wrong password' });
      expect(wrong.status).toBe(401);
      expect(wrong.body.error).toEqual({
        code: 'unauthenticated',
        message: 'email or password is wrong',
      });
      expect(client.session).toBeUndefined();
      const unknown = await client.post('/api/auth/login', {
        email: freshEmail(),
        password: PASSWORD,
      });
      // The same answer for an unknown email as for a wrong password.
      expect(unknown.body).toEqual(wrong.body);
      const ok = await client.post('/api/auth/login', {
        email: ` ${email.toUpperCase()} `,
        password: PASSWORD,
      });
      expect(ok.status).toBe(200);
      expect((await client.get('/api/me')).status).toBe(200);
    });

    it('answers 401 without a session, with an unknown one, and once it expires', async () => {
      const anonymous = await api().client().get('/api/me');
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.error.code).toBe('unauthenticated');
      const forged = api().client();
      forged.session = 'made-up';
      expect((await forged.get('/api/me')).status).toBe(401);

      const client = await api().signup();
      api().clock.advanceMin(SESSION_TTL_DAYS * 24 * 60 - 1);
      expect((await client.get('/api/me')).status).toBe(200);
      api().clock.advanceMin(1);
      expect((await client.get('/api/me')).status).toBe(401);
      // The expired session is gone from the database, not just refused.
      expect(await api().store.loginSessions.get(sha256(client.session!))).toBeUndefined();
    });

    it('logs out: 204, the cookie cleared, the old secret refused', async () => {
      const client = await api().signup();
      const secret = client.session!;
      const res = await client.post('/api/auth/logout');
      expect(res.status).toBe(204);
      expect(res.headers.get('set-cookie')).toMatch(/runstrong_session=;.*Max-Age=0/);
      const replay = api().client();
      replay.session = secret;
      expect((await replay.get('/api/me')).status).toBe(401);
      expect((await api().client().post('/api/auth/logout')).status).toBe(204);
    });
  });

  describe('deleting the account', () => {
    it('asks for the password again: 403 when wrong, 400 without one, and nothing is deleted', async () => {
      const client = await api().signup();
      const wrong = await client.call('DELETE', '/api/me', { body: { password: 'guess' } });
      expect(wrong.status).toBe(403);
      expect(wrong.body.error.code).toBe('forbidden');
      const none = await client.call('DELETE', '/api/me', { body: {} });
      expect(none.status).toBe(400);
      expect(none.body.error.field).toBe('password');
      expect((await client.get('/api/me')).status).toBe(200);
      expect(
        (
          await api()
            .client()
            .call('DELETE', '/api/me', { body: { password: PASSWORD } })
        ).status,
      ).toBe(401);
    });

    it('deletes the account with its profile, plan, log and coach links, and clears the cookie', async () => {
      const client = await api().signup();
      const coach = await api().signup('coach');
      const path = `/api/athletes/${client.userId}`;
      await client.put(`${path}/profile`, profileBody);
      await client.post(`${path}/plan`, planBody);
      await client.post(`${path}/logs`, {
        kind: 'run',
        date: '2027-01-19',
        type: 'easy',
        distanceKm: 6,
        durationMin: 36,
      });
      await client.post(
        `/api/invites/${(await coach.post('/api/coach/invites')).body.code}/accept`,
      );
      const secret = client.session!;

      const res = await client.call('DELETE', '/api/me', { body: { password: PASSWORD } });
      expect(res.status).toBe(204);
      expect(res.headers.get('set-cookie')).toMatch(/runstrong_session=;.*Max-Age=0/);
      const { store } = api();
      expect(await store.users.get(client.userId)).toBeUndefined();
      expect(await store.profiles.get(client.userId)).toBeUndefined();
      expect(await store.plans.getCurrent(client.userId)).toBeUndefined();
      expect(
        await store.runLogs.range(client.userId, { from: '2027-01-01', to: '2027-12-31' }),
      ).toEqual([]);
      expect(await store.coachLinks.exists(coach.userId, client.userId)).toBe(false);
      const replay = api().client();
      replay.session = secret;
      expect((await replay.get('/api/me')).status).toBe(401);
      // The email is free again, and the coach keeps their own account.
      const again = await api().client().post('/api/auth/signup', {
        email: client.email,
        password: PASSWORD,
        name: 'Again',
        role: 'athlete',
      });
      expect(again.status).toBe(201);
      expect((await coach.get('/api/me')).status).toBe(200);
    });
  });

  describe('sign-up rate limit', () => {
    /** A sign-up as it arrives from `address` (the socket's peer, as in production). */
    const signupFrom = (address: string, email: string) =>
      api().app.request(
        '/api/auth/signup',
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email, password: PASSWORD, name: 'Club runner', role: 'athlete' }),
        },
        { incoming: { socket: { remoteAddress: address } } } as never,
      );

    it(`refuses sign-up ${SIGNUPS_PER_WINDOW + 1} from one address within the hour with 429, taken emails counted`, async () => {
      const address = `198.51.100.${++serial}`;
      const taken = freshEmail();
      expect((await signupFrom(address, taken)).status).toBe(201);
      expect((await signupFrom(address, taken)).status).toBe(409);
      for (let i = 2; i < SIGNUPS_PER_WINDOW; i++) {
        expect((await signupFrom(address, freshEmail())).status).toBe(201);
      }
      const email = freshEmail();
      const limited = await signupFrom(address, email);
      expect(limited.status).toBe(429);
      expect((await limited.json()).error.code).toBe('rate-limited');
      expect(await api().store.users.findByEmail(email.toLowerCase())).toBeUndefined();
      const retryAfterSec = Number(limited.headers.get('retry-after'));
      expect(retryAfterSec).toBeGreaterThan(0);
      expect(retryAfterSec).toBeLessThanOrEqual(60 * 60);

      // Another address is not affected; this one may sign up again in the next window.
      expect((await signupFrom(`203.0.113.${serial}`, freshEmail())).status).toBe(201);
      api().clock.advanceMin(Math.ceil(retryAfterSec / 60));
      expect((await signupFrom(address, email)).status).toBe(201);
    });
  });

  describe('login rate limit', () => {
    it(`refuses the attempt after ${LOGIN_ATTEMPTS_PER_WINDOW} in 15 min with 429, even with the right password`, async () => {
      const { email } = await api().signup();
      const client = api().client();
      for (let i = 0; i < LOGIN_ATTEMPTS_PER_WINDOW; i++) {
        expect((await client.post('/api/auth/login', { email, password: 'nope' })).status).toBe(
          401,
        );
      }
      const limited = await client.post('/api/auth/login', { email, password: PASSWORD });
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe('rate-limited');
      const retryAfterSec = Number(limited.headers.get('retry-after'));
      expect(retryAfterSec).toBeGreaterThan(0);
      expect(retryAfterSec).toBeLessThanOrEqual(15 * 60);

      // Another email from the same place is not affected.
      const other = await api().signup();
      expect(
        (await client.post('/api/auth/login', { email: other.email, password: PASSWORD })).status,
      ).toBe(200);

      api().clock.advanceMin(Math.ceil(retryAfterSec / 60));
      expect((await client.post('/api/auth/login', { email, password: PASSWORD })).status).toBe(
        200,
      );
    });

    it('counts in the database, so a second app process on the same store sees the count', async () => {
      const { email } = await api().signup();
      const twin = createApp(api().deps);
      for (let i = 0; i < LOGIN_ATTEMPTS_PER_WINDOW; i++) {
        const app = i % 2 === 0 ? api().app : twin;
        const res = await app.request('/api/auth/login', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email, password: 'nope' }),
        });
        expect(res.status).toBe(401);
      }
      const res = await twin.request('/api/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD }),
      });
      expect(res.status).toBe(429);
    });

    it('resets the count on a successful login', async () => {
      const { email } = await api().signup();
      const client = api().client();
      for (let round = 0; round < 2; round++) {
        for (let i = 0; i < LOGIN_ATTEMPTS_PER_WINDOW - 1; i++) {
          await client.post('/api/auth/login', { email, password: 'nope' });
        }
        expect((await client.post('/api/auth/login', { email, password: PASSWORD })).status).toBe(
          200,
        );
      }
    });
  });

  describe('API tokens', () => {
    it('creates a Bearer token shown once, lists it without the secret, and revokes it', async () => {
      const owner = await api().signup('coach');
      const created = await owner.post('/api/tokens', { name: ' laptop script ' });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        name: 'laptop script',
        createdAt: api().clock.now(),
        token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      });
      const { token, id } = created.body;
      expect(await api().store.apiTokens.findByHash(sha256(token))).toMatchObject({ id });

      const script = api().client();
      script.bearer = token;
      expect((await script.get('/api/me')).body.userId).toBe(owner.userId);
      const listed = await owner.get('/api/tokens');
      expect(listed.body).toEqual([{ id, name: 'laptop script', createdAt: api().clock.now() }]);
      expect(listed.text).not.toContain(token);

      // Another account cannot see or revoke it.
      const stranger = await api().signup();
      expect((await stranger.delete(`/api/tokens/${id}`)).status).toBe(404);
      expect((await stranger.get('/api/tokens')).body).toEqual([]);

      expect((await owner.delete(`/api/tokens/${id}`)).status).toBe(204);
      expect((await script.get('/api/me')).status).toBe(401);
      expect((await owner.delete(`/api/tokens/${id}`)).status).toBe(404);
      expect((await owner.get('/api/tokens')).body[0].revokedAt).toBe(api().clock.now());
    });

    it('refuses a Bearer token nobody issued, even next to a valid cookie', async () => {
      const client = await api().signup();
      client.bearer = 'not-a-token';
      expect((await client.get('/api/me')).status).toBe(401);
    });
  });
});

describe('behind a trusted proxy', () => {
  // The flags only change how headers are read; no database access is involved before it.
  const deps = (trustProxy: boolean) =>
    ({ trustProxy }) as unknown as Parameters<typeof createApp>[0];

  it('marks the cookie Secure for HTTPS, by the URL or, when trusted, X-Forwarded-Proto', async () => {
    const { isHttps } = await import('../../src/http/context.js');
    const ctx = (url: string, proto?: string) =>
      ({
        req: {
          url,
          header: (name: string) => (name === 'X-Forwarded-Proto' ? proto : undefined),
        },
      }) as never;
    expect(isHttps(ctx('https://club.example/api'), deps(false))).toBe(true);
    expect(isHttps(ctx('http://club.example/api', 'https'), deps(false))).toBe(false);
    expect(isHttps(ctx('http://club.example/api', 'https'), deps(true))).toBe(true);
    expect(isHttps(ctx('http://club.example/api', 'http'), deps(true))).toBe(false);
  });

  it('takes the client address from the last X-Forwarded-For hop only when trusted', async () => {
    const { clientAddress } = await import('../../src/http/context.js');
    const ctx = (xff: string) =>
      ({
        req: { header: (name: string) => (name === 'X-Forwarded-For' ? xff : undefined) },
        env: { incoming: { socket: { remoteAddress: '10.0.0.2' } } },
      }) as never;
    expect(clientAddress(ctx('1.2.3.4, 203.0.113.9'), deps(true))).toBe('203.0.113.9');
    expect(clientAddress(ctx('1.2.3.4, 203.0.113.9'), deps(false))).toBe('10.0.0.2');
  });
});
