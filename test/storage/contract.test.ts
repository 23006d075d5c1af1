// One storage contract, run on SQLite and on PostgreSQL: both must behave the same.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../src/adapters/db/migrations/index.js';
import { type OpenedStore, openDatabase } from '../../src/adapters/db/open.js';
import type { CalendarDetail, CheckIn, LiftLog, RunLog, Store } from '../../src/app/ports.js';
import { ConflictError } from '../../src/app/ports.js';
import { InputError } from '../../src/core/errors.js';
import type { PlanChange } from '../../src/core/plan/changes.js';
import { summarizeDay } from '../../src/core/plan/day-summary.js';
import { type Backend, postgresBackend, sqliteBackend } from './backends.js';
import { activity, plan, planInput, user } from './fixtures.js';

const T0 = '2027-01-18T06:30:00.000Z';
let serial = 0;
/** An id no other test uses, so tests can share one database. */
const fresh = (prefix: string) => `${prefix}-${++serial}`;

/** The JSON text parts of a calendar read back as values. */
const parsed = (json: Record<string, string>) =>
  Object.fromEntries(Object.entries(json).map(([part, text]) => [part, JSON.parse(text)]));

async function newUser(store: Store, role: 'athlete' | 'coach' = 'athlete') {
  const u = user(fresh(role), role);
  await store.users.create(u);
  return u;
}

const run = (id: string, athleteId: string, date: string, km = 8): RunLog => ({
  id,
  athleteId,
  date,
  type: 'easy',
  distanceKm: km,
  durationMin: km * 6,
});

const lift = (id: string, athleteId: string, date: string): LiftLog => ({
  id,
  athleteId,
  date,
  durationMin: 35,
  rpe: 7.5,
  sets: [
    { exercise: 'back-squat', reps: 8, loadKg: 70, rir: 2 },
    { exercise: 'romanian-deadlift', reps: 10, loadKg: 60 },
  ],
});

const checkIn = (athleteId: string, date: string, soreness = 2): CheckIn => ({
  athleteId,
  date,
  sleepHours: 7.5,
  soreness,
  motivation: 4,
  fatigue: 2,
  restingHr: 52,
  pain: 'left achilles, stiff in the morning',
});

/** Starts `count` processes that open the same fresh database at the same moment. */
async function startProcessesTogether(backend: Backend, count: number): Promise<void> {
  const script = fileURLToPath(new URL('./migrate-child.ts', import.meta.url));
  const children = Array.from({ length: count }, (_, i) =>
    spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(backend.options), `p${i}`], {
      stdio: ['pipe', 'pipe', 'pipe'],
    }),
  );
  const outputs = children.map((child) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    const ready = new Promise<void>((resolve) => {
      const check = () => out.includes('ready') && resolve();
      child.stdout.on('data', check);
    });
    const exited = new Promise<{ code: number | null; out: string; err: string }>((resolve) =>
      child.on('close', (code) => resolve({ code, out, err })),
    );
    return { ready, exited };
  });
  await Promise.all(outputs.map((o) => o.ready));
  for (const child of children) child.stdin.write('go\n');
  const results = await Promise.all(outputs.map((o) => o.exited));
  for (const r of results) {
    expect(r.err, r.err).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    expect(r.out).toContain('done');
  }
}

function storeContract(makeBackend: () => Backend) {
  let backend: Backend;
  let store: OpenedStore;

  beforeAll(async () => {
    backend = makeBackend();
    store = await openDatabase(backend.options);
  });
  afterAll(async () => {
    await store?.close();
    await backend?.drop();
  });

  describe('users', () => {
    it('round-trips a user, normalising the timestamp to UTC with milliseconds', async () => {
      const u = { ...user(fresh('u')), createdAt: '2027-01-18T07:30:00+01:00' };
      await store.users.create(u);
      const expected = { ...u, createdAt: T0 };
      expect(await store.users.get(u.id)).toEqual(expected);
      expect(await store.users.findByEmail(u.email)).toEqual(expected);
      expect(await store.users.findByEmail(`x${u.email}`)).toBeUndefined();
    });

    it('refuses a second account with the same email', async () => {
      const u = await newUser(store);
      const twin = { ...user(fresh('u')), email: u.email };
      const error = await store.users.create(twin).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).field).toBe('email');
      expect(await store.users.get(twin.id)).toBeUndefined();
    });

    it('updates fields, refusing an email that is taken', async () => {
      const a = await newUser(store);
      const b = await newUser(store);
      expect(await store.users.update(a.id, { name: 'Ada', passwordHash: 'h2' })).toBe(true);
      expect(await store.users.get(a.id)).toEqual({ ...a, name: 'Ada', passwordHash: 'h2' });
      await expect(store.users.update(a.id, { email: b.email })).rejects.toMatchObject({
        name: 'ConflictError',
        field: 'email',
      });
      expect(await store.users.update('nobody', { name: 'x' })).toBe(false);
      expect(await store.users.update(a.id, {})).toBe(true);
    });

    it('counts users as a number', async () => {
      const before = await store.users.count();
      await newUser(store);
      await newUser(store);
      const after = await store.users.count();
      expect(typeof after).toBe('number');
      expect(after - before).toBe(2);
    });

    it('rejects a timestamp without a zone as bad input', async () => {
      const u = { ...user(fresh('u')), createdAt: '2027-01-18 06:30' };
      await expect(store.users.create(u)).rejects.toBeInstanceOf(InputError);
      await expect(store.users.create(u)).rejects.toThrow(/createdAt "2027-01-18 06:30"/);
    });
  });

  describe('login sessions, API tokens and rate limits', () => {
    it('finds a session by token hash and removes the expired ones only', async () => {
      const u = await newUser(store);
      const early = fresh('s');
      const late = fresh('s');
      await store.loginSessions.create({
        tokenHash: early,
        userId: u.id,
        createdAt: T0,
        expiresAt: '2027-01-19T06:30:00.000Z',
      });
      await store.loginSessions.create({
        tokenHash: late,
        userId: u.id,
        createdAt: T0,
        expiresAt: '2027-02-18T06:30:00.000Z',
      });
      expect(await store.loginSessions.get(early)).toEqual({
        tokenHash: early,
        userId: u.id,
        createdAt: T0,
        expiresAt: '2027-01-19T06:30:00.000Z',
      });
      // Exactly at expiry counts as expired; the comparison must be by time, not by text.
      expect(await store.loginSessions.removeExpired('2027-01-19T07:30:00+01:00')).toBe(1);
      expect(await store.loginSessions.get(early)).toBeUndefined();
      expect(await store.loginSessions.get(late)).toBeDefined();
      expect(await store.loginSessions.removeForUser(u.id)).toBe(1);
      expect(await store.loginSessions.remove(late)).toBe(false);
    });

    it('stores API tokens by hash, lists and revokes them once', async () => {
      const u = await newUser(store);
      const other = await newUser(store);
      const token = {
        id: fresh('t'),
        userId: u.id,
        name: 'laptop script',
        tokenHash: fresh('hash'),
        createdAt: T0,
      };
      await store.apiTokens.create(token);
      await store.apiTokens.create({ ...token, id: fresh('t'), tokenHash: fresh('hash') });
      expect(await store.apiTokens.findByHash(token.tokenHash)).toEqual(token);
      expect((await store.apiTokens.listForUser(u.id)).map((t) => t.tokenHash)).toHaveLength(2);
      await expect(store.apiTokens.create({ ...token, id: fresh('t') })).rejects.toMatchObject({
        field: 'tokenHash',
      });
      expect(await store.apiTokens.revoke(other.id, token.id, T0)).toBe(false);
      expect(await store.apiTokens.revoke(u.id, token.id, '2027-02-01T00:00:00Z')).toBe(true);
      expect(await store.apiTokens.revoke(u.id, token.id, '2027-02-02T00:00:00Z')).toBe(false);
      expect((await store.apiTokens.findByHash(token.tokenHash))?.revokedAt).toBe(
        '2027-02-01T00:00:00.000Z',
      );
    });

    it('finds who holds a token or a session in one read, never through a revoked token', async () => {
      const u = await newUser(store, 'coach');
      const token = {
        id: fresh('t'),
        userId: u.id,
        name: 'cli',
        tokenHash: fresh('hash'),
        createdAt: T0,
      };
      await store.apiTokens.create(token);
      expect(await store.apiTokens.findOwner(token.tokenHash)).toEqual({
        userId: u.id,
        role: 'coach',
      });
      expect(await store.apiTokens.findOwner(fresh('hash'))).toBeUndefined();
      await store.apiTokens.revoke(u.id, token.id, T0);
      expect(await store.apiTokens.findOwner(token.tokenHash)).toBeUndefined();

      const session = fresh('s');
      await store.loginSessions.create({
        tokenHash: session,
        userId: u.id,
        createdAt: T0,
        expiresAt: '2027-02-18T07:30:00+01:00',
      });
      expect(await store.loginSessions.findOwner(session)).toEqual({
        userId: u.id,
        role: 'coach',
        expiresAt: '2027-02-18T06:30:00.000Z',
      });
      expect(await store.loginSessions.findOwner(fresh('s'))).toBeUndefined();
    });

    it('counts attempts per key and window, restarting in a newer window', async () => {
      const key = fresh('login:ada@example.org');
      const w1 = '2027-01-18T06:30:00Z';
      const w2 = '2027-01-18T06:45:00Z';
      expect(await store.rateLimits.hit(key, w1)).toBe(1);
      expect(await store.rateLimits.hit(key, w1)).toBe(2);
      expect(await store.rateLimits.hit(fresh('login:other'), w1)).toBe(1);
      expect(await store.rateLimits.hit(key, w2)).toBe(1);
      // A process whose clock lags still counts in the newer window.
      expect(await store.rateLimits.hit(key, w1)).toBe(2);
      await store.rateLimits.reset(key);
      expect(await store.rateLimits.hit(key, w2)).toBe(1);
    });

    it('loses no attempt when many arrive at once', async () => {
      const key = fresh('login:burst');
      const counts = await Promise.all(
        Array.from({ length: 20 }, () => store.rateLimits.hit(key, T0)),
      );
      expect(counts.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    });
  });

  describe('athlete profile, plan, privacy zones, calendar feed', () => {
    it('round-trips a profile with and without its optional fields, replacing on put', async () => {
      const u = await newUser(store);
      const profile = {
        athleteId: u.id,
        sex: 'female' as const,
        ageYears: 34,
        heightCm: 168.5,
        weightKg: 61.2,
        bodyFatPct: 22.5,
        focus: 'muscle' as const,
        days: ['mon' as const, 'tue' as const, 'thu' as const, 'sat' as const],
        longRunDay: 'sat' as const,
        weeklyKm: 32.5,
        experience: 'intermediate' as const,
        equipment: 'home' as const,
        units: 'mi' as const,
        recent: { distanceM: 10_000, timeSec: 3000 },
        updatedAt: T0,
      };
      await store.profiles.put(profile);
      expect(await store.profiles.get(u.id)).toEqual(profile);
      const { bodyFatPct: _fat, recent: _recent, ...bare } = profile;
      await store.profiles.put({ ...bare, weeklyKm: 40 });
      const stored = await store.profiles.get(u.id);
      expect(stored).toEqual({ ...bare, weeklyKm: 40 });
      expect(stored && 'recent' in stored && stored.recent !== undefined).toBe(false);
    });

    it('keeps one current plan per athlete, with its input, replacing its days', async () => {
      const u = await newUser(store);
      const first = plan('2027-01-18', 2, 'first');
      await store.plans.putCurrent({
        athleteId: u.id,
        input: planInput,
        plan: first,
        updatedAt: T0,
      });
      expect(await store.plans.getCurrent(u.id)).toEqual({
        athleteId: u.id,
        input: planInput,
        plan: first,
        changes: [],
        updatedAt: T0,
      });
      const second = plan('2027-03-01', 1, 'second');
      const changes: PlanChange[] = [
        { kind: 'move', date: '2027-03-02', index: 0, to: '2027-03-03', title: 'Easy run' },
        { kind: 'edit', date: '2027-03-04', index: 1, edit: { change: 'skip' }, title: 'Lift' },
      ];
      await store.plans.putCurrent({
        athleteId: u.id,
        input: second.input,
        plan: second,
        changes,
        updatedAt: T0,
      });
      const stored = await store.plans.getCurrent(u.id);
      expect(stored?.plan).toEqual(second);
      expect(stored?.changes).toEqual(changes);
      // The first plan's days are gone from the calendar, the second's are there.
      const cal = await store.calendar(u.id, { from: '2027-01-01', to: '2027-03-31' });
      expect(cal.planned.map((d) => d.date)).toEqual(second.weeks[0]?.days.map((d) => d.date));
      expect(await store.plans.removeCurrent(u.id)).toBe(true);
      expect(await store.plans.getCurrent(u.id)).toBeUndefined();
      expect(
        (await store.calendar(u.id, { from: '2027-03-01', to: '2027-03-07' })).planned,
      ).toEqual([]);
    });

    it('adds, lists and removes privacy zones of one athlete only', async () => {
      const u = await newUser(store);
      const other = await newUser(store);
      const home = { id: fresh('z'), athleteId: u.id, lat: 47.376887, lon: 8.541694, radiusM: 250 };
      await store.privacyZones.add(home);
      await store.privacyZones.add({ ...home, id: fresh('z'), athleteId: other.id });
      expect(await store.privacyZones.list(u.id)).toEqual([home]);
      expect(await store.privacyZones.remove(other.id, home.id)).toBe(false);
      expect(await store.privacyZones.remove(u.id, home.id)).toBe(true);
      expect(await store.privacyZones.list(u.id)).toEqual([]);
    });

    it('finds an athlete by calendar secret, rotates it and refuses another athlete’s', async () => {
      const u = await newUser(store);
      const other = await newUser(store);
      const secret = fresh('feed-secret');
      await store.calendarFeeds.put({ athleteId: u.id, secret, createdAt: T0 });
      expect(await store.calendarFeeds.findBySecret(secret)).toEqual({
        athleteId: u.id,
        secret,
        createdAt: T0,
      });
      await expect(
        store.calendarFeeds.put({ athleteId: other.id, secret, createdAt: T0 }),
      ).rejects.toBeInstanceOf(ConflictError);
      const rotated = fresh('feed-secret');
      await store.calendarFeeds.put({ athleteId: u.id, secret: rotated, createdAt: T0 });
      expect(await store.calendarFeeds.findBySecret(secret)).toBeUndefined();
      expect((await store.calendarFeeds.get(u.id))?.secret).toBe(rotated);
      expect(await store.calendarFeeds.remove(u.id)).toBe(true);
      expect(await store.calendarFeeds.get(u.id)).toBeUndefined();
    });
  });

  describe('training journal', () => {
    it('round-trips run and lift logs, scoped to their athlete', async () => {
      const u = await newUser(store);
      const other = await newUser(store);
      const r = { ...run(fresh('r'), u.id, '2027-01-19', 10.5), avgHr: 151.5, rpe: 6 };
      const l = lift(fresh('l'), u.id, '2027-01-19');
      await store.runLogs.add(r);
      await store.liftLogs.add(l);
      expect(await store.runLogs.get(u.id, r.id)).toEqual(r);
      expect(await store.liftLogs.get(u.id, l.id)).toEqual(l);
      expect(await store.runLogs.get(other.id, r.id)).toBeUndefined();
      await expect(store.runLogs.add({ ...r, date: '2027-01-20' })).rejects.toMatchObject({
        field: 'id',
      });

      const moved = { ...r, date: '2027-01-21', distanceKm: 11, avgHr: undefined };
      expect(await store.runLogs.update(moved)).toBe(true);
      expect(await store.runLogs.get(u.id, r.id)).toEqual(moved);
      expect(await store.runLogs.update({ ...moved, athleteId: other.id })).toBe(false);
      expect(await store.liftLogs.remove(other.id, l.id)).toBe(false);
      expect(await store.liftLogs.remove(u.id, l.id)).toBe(true);
      expect(await store.liftLogs.get(u.id, l.id)).toBeUndefined();
    });

    it('returns a date range inclusive at both ends, in date order', async () => {
      const u = await newUser(store);
      for (const date of ['2027-02-01', '2027-01-31', '2027-02-28', '2027-03-01', '2027-02-14']) {
        await store.runLogs.add(run(fresh('r'), u.id, date));
      }
      const feb = await store.runLogs.range(u.id, { from: '2027-02-01', to: '2027-02-28' });
      expect(feb.map((x) => x.date)).toEqual(['2027-02-01', '2027-02-14', '2027-02-28']);
      await expect(
        store.runLogs.range(u.id, { from: '2027-02-30', to: '2027-03-01' }),
      ).rejects.toThrow(InputError);
    });

    it('keeps one check-in, body entry and intake per day, replacing on put', async () => {
      const u = await newUser(store);
      await store.checkIns.put(checkIn(u.id, '2027-01-19', 2));
      await store.checkIns.put(checkIn(u.id, '2027-01-19', 4));
      const { restingHr: _hr, pain: _pain, ...plain } = checkIn(u.id, '2027-01-20', 1);
      await store.checkIns.put(plain);
      expect(await store.checkIns.range(u.id, { from: '2027-01-01', to: '2027-01-31' })).toEqual([
        checkIn(u.id, '2027-01-19', 4),
        plain,
      ]);

      const body = { athleteId: u.id, date: '2027-01-19', weightKg: 61.4, bodyFatPct: 21.9 };
      await store.bodyEntries.put(body);
      await store.bodyEntries.put({ athleteId: u.id, date: '2027-01-19', weightKg: 61.1 });
      expect(await store.bodyEntries.get(u.id, '2027-01-19')).toEqual({
        athleteId: u.id,
        date: '2027-01-19',
        weightKg: 61.1,
      });

      const intake = { athleteId: u.id, date: '2027-01-19', kcal: 2450, proteinG: 118.5 };
      await store.intakeEntries.put(intake);
      expect(await store.intakeEntries.get(u.id, '2027-01-19')).toEqual(intake);
      expect(await store.intakeEntries.remove(u.id, '2027-01-19')).toBe(true);
      expect(await store.intakeEntries.remove(u.id, '2027-01-19')).toBe(false);
    });
  });

  describe('imported activities', () => {
    it('round-trips an activity with its samples, sets and partial flag', async () => {
      const u = await newUser(store);
      const a = activity(fresh('a'), u.id, fresh('sha256'), '2027-01-21');
      expect(await store.activities.add(a)).toEqual({ id: a.id, created: true });
      expect(await store.activities.get(u.id, a.id)).toEqual(a);
      const { samples: _s, sets: _sets, ...header } = a;
      expect(await store.activities.range(u.id, { from: '2027-01-21', to: '2027-01-21' })).toEqual([
        header,
      ]);
      expect(await store.activities.findByHash(u.id, a.contentHash)).toEqual(header);
    });

    it('keeps one activity per file and athlete, but lets two athletes import the same file', async () => {
      const u = await newUser(store);
      const other = await newUser(store);
      const hash = fresh('sha256');
      const a = activity(fresh('a'), u.id, hash, '2027-01-21');
      await store.activities.add(a);
      expect(await store.activities.add({ ...a, id: fresh('a') })).toEqual({
        id: a.id,
        created: false,
      });
      const theirs = { ...a, id: fresh('a'), athleteId: other.id };
      expect(await store.activities.add(theirs)).toEqual({ id: theirs.id, created: true });
      expect(
        await store.activities.range(u.id, { from: '2027-01-01', to: '2027-12-31' }),
      ).toHaveLength(1);
    });

    it('links an activity to a planned day and unlinks it', async () => {
      const u = await newUser(store);
      const a = activity(fresh('a'), u.id, fresh('sha256'), '2027-01-21');
      await store.activities.add(a);
      expect(await store.activities.setPlannedDate(u.id, a.id, '2027-01-20')).toBe(true);
      expect((await store.activities.findByHash(u.id, a.contentHash))?.plannedDate).toBe(
        '2027-01-20',
      );
      expect(await store.activities.setPlannedDate(u.id, a.id, undefined)).toBe(true);
      expect((await store.activities.get(u.id, a.id))?.plannedDate).toBeUndefined();
      expect(await store.activities.setPlannedDate('someone-else', a.id, '2027-01-20')).toBe(false);
      expect(await store.activities.remove(u.id, a.id)).toBe(true);
      expect(await store.activities.get(u.id, a.id)).toBeUndefined();
    });
  });

  describe('coaching', () => {
    it('lets exactly one of two racing athletes accept an invite', async () => {
      const coach = await newUser(store, 'coach');
      const a = await newUser(store);
      const b = await newUser(store);
      const invite = {
        code: fresh('INV'),
        coachId: coach.id,
        createdAt: T0,
        expiresAt: '2027-01-25T06:30:00.000Z',
      };
      await store.invites.create(invite);
      expect(await store.invites.get(invite.code)).toEqual(invite);
      const [first, second] = await Promise.all([
        store.invites.accept(invite.code, a.id, '2027-01-19T10:00:00Z'),
        store.invites.accept(invite.code, b.id, '2027-01-19T10:00:00Z'),
      ]);
      expect([first, second].filter(Boolean)).toHaveLength(1);
      const accepted = await store.invites.get(invite.code);
      expect(accepted?.acceptedBy).toBe(first ? a.id : b.id);
      expect(accepted?.acceptedAt).toBe('2027-01-19T10:00:00.000Z');
      expect(await store.invites.listForCoach(coach.id)).toEqual([accepted]);
      expect(await store.invites.accept('no-such-code', a.id, T0)).toBe(false);
    });

    it('links coach and athlete once, and lets the link be removed', async () => {
      const coach = await newUser(store, 'coach');
      const a = await newUser(store);
      const b = await newUser(store);
      await store.coachLinks.add({ coachId: coach.id, athleteId: a.id, createdAt: T0 });
      await store.coachLinks.add({
        coachId: coach.id,
        athleteId: a.id,
        createdAt: '2027-02-01T00:00:00Z',
      });
      await store.coachLinks.add({ coachId: coach.id, athleteId: b.id, createdAt: T0 });
      expect(await store.coachLinks.athletesOf(coach.id)).toEqual([
        { coachId: coach.id, athleteId: a.id, createdAt: T0 },
        { coachId: coach.id, athleteId: b.id, createdAt: T0 },
      ]);
      expect(await store.coachLinks.coachesOf(a.id)).toEqual([
        { coachId: coach.id, athleteId: a.id, createdAt: T0 },
      ]);
      expect(await store.coachLinks.remove(coach.id, a.id)).toBe(true);
      expect(await store.coachLinks.exists(coach.id, a.id)).toBe(false);
      expect(await store.coachLinks.exists(coach.id, b.id)).toBe(true);
    });
  });

  describe('calendar', () => {
    it('returns one month of planned days and done sessions of one athlete', async () => {
      const u = await newUser(store);
      const other = await newUser(store);
      // Six weeks from 2027-01-18 reach into March; only February's days may come back.
      const p = plan('2027-01-18', 6);
      await store.plans.putCurrent({ athleteId: u.id, input: p.input, plan: p, updatedAt: T0 });
      await store.plans.putCurrent({ athleteId: other.id, input: p.input, plan: p, updatedAt: T0 });
      const febRun = run(fresh('r'), u.id, '2027-02-02');
      await store.runLogs.add(febRun);
      await store.runLogs.add(run(fresh('r'), u.id, '2027-01-31'));
      await store.runLogs.add(run(fresh('r'), other.id, '2027-02-03'));
      const febLift = lift(fresh('l'), u.id, '2027-02-28');
      await store.liftLogs.add(febLift);
      await store.liftLogs.add(lift(fresh('l'), u.id, '2027-03-01'));
      const febActivity = activity(fresh('a'), u.id, fresh('sha256'), '2027-02-13');
      await store.activities.add(febActivity);

      const cal = await store.calendar(u.id, { from: '2027-02-01', to: '2027-02-28' });
      const febDays = p.weeks.flatMap((w) => w.days).filter((d) => d.date.startsWith('2027-02'));
      expect(febDays).toHaveLength(28);
      expect(cal.planned).toEqual(febDays);
      expect(cal.runs).toEqual([febRun]);
      expect(cal.lifts).toEqual([febLift]);
      expect(cal.activities.map((a) => a.id)).toEqual([febActivity.id]);
      expect(cal.activities[0]).not.toHaveProperty('samples');

      const february = { from: '2027-02-01', to: '2027-02-28' };
      const { planned, ...done } = await store.calendarForJson(u.id, february, 'full');
      expect(JSON.parse(Buffer.from(planned).toString('utf8'))).toEqual(febDays);
      const brief = await store.calendarForJson(u.id, february, 'summary');
      expect(JSON.parse(Buffer.from(brief.planned).toString('utf8'))).toEqual(
        febDays.map(summarizeDay),
      );
      expect(parsed(done)).toEqual({
        runs: cal.runs,
        lifts: cal.lifts,
        activities: cal.activities,
      });
    });

    it('writes the done sessions as JSON equal to the records, whatever they hold', async () => {
      // Optional values present or not, awkward doubles, text that needs escaping, several
      // records a day: the JSON the database writes must read back as the records themselves.
      const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 12 });
      const amount = fc.oneof(
        fc.integer({ min: 0, max: 400 }),
        fc.double({ min: 0.01, max: 400, noNaN: true }),
        fc.constantFrom(0.1 + 0.2, 1 / 3, 10.8),
      );
      const day = fc.integer({ min: 1, max: 3 }).map((d) => `2027-04-0${d}`);
      const runs = fc.array(
        fc.record(
          { date: day, distanceKm: amount, durationMin: amount, avgHr: amount, rpe: amount },
          { requiredKeys: ['date', 'distanceKm', 'durationMin'] },
        ),
        { maxLength: 4 },
      );
      const lifts = fc.array(
        fc.record(
          {
            date: day,
            durationMin: amount,
            rpe: amount,
            sets: fc.array(fc.record({ exercise: text, reps: fc.nat(30), loadKg: amount }), {
              minLength: 1,
              maxLength: 3,
            }),
          },
          { requiredKeys: ['date', 'durationMin', 'sets'] },
        ),
        { maxLength: 3 },
      );
      const activities = fc.array(
        fc.record(
          {
            date: day,
            title: text,
            subSport: text,
            avgHr: amount,
            trimp: amount,
            plannedDate: day,
          },
          { requiredKeys: ['date'] },
        ),
        { maxLength: 3 },
      );
      await fc.assert(
        fc.asyncProperty(runs, lifts, activities, async (r, l, a) => {
          const u = await newUser(store);
          for (const x of r)
            await store.runLogs.add({ id: fresh('r'), athleteId: u.id, type: 'tempo', ...x });
          for (const x of l) await store.liftLogs.add({ id: fresh('l'), athleteId: u.id, ...x });
          for (const x of a) {
            const made = activity(fresh('a'), u.id, fresh('sha256'), x.date);
            await store.activities.add({
              ...made,
              title: x.title,
              subSport: x.subSport,
              plannedDate: x.plannedDate,
              partialReason: undefined,
              summary: { ...made.summary, avgHr: x.avgHr, trimp: x.trimp, maxHr: undefined },
            });
          }
          const april = { from: '2027-04-01', to: '2027-04-30' };
          const { planned: _, ...records } = await store.calendar(u.id, april);
          const { planned: _days, ...json } = await store.calendarForJson(u.id, april, 'full');
          expect(parsed(json)).toEqual(records);
        }),
        { numRuns: 25 },
      );
    });

    it('gives the current plan days as JSON, across plan changes and store instances', async () => {
      const u = await newUser(store);
      const march = { from: '2027-03-01', to: '2027-03-31' };
      const plannedJson = async (s: Store, detail: CalendarDetail = 'full') =>
        JSON.parse(
          Buffer.from((await s.calendarForJson(u.id, march, detail)).planned).toString('utf8'),
        );
      expect(await plannedJson(store)).toEqual([]);

      const first = plan('2027-03-01', 2, 'first');
      await store.plans.putCurrent({
        athleteId: u.id,
        input: planInput,
        plan: first,
        updatedAt: T0,
      });
      const firstDays = first.weeks.flatMap((w) => w.days);
      expect(await plannedJson(store)).toEqual(firstDays);
      expect(await plannedJson(store, 'summary')).toEqual(firstDays.map(summarizeDay));
      // A second store on the same database (another process) replaces the plan: the first
      // store, which has read March already, must see the new days.
      const second = plan('2027-03-08', 1, 'second');
      const elsewhere = await openDatabase(backend.options);
      try {
        expect(await plannedJson(elsewhere)).toEqual(firstDays);
        await elsewhere.plans.putCurrent({
          athleteId: u.id,
          input: planInput,
          plan: second,
          updatedAt: T0,
        });
      } finally {
        await elsewhere.close();
      }
      expect(await plannedJson(store)).toEqual(second.weeks.flatMap((w) => w.days));
      expect(await plannedJson(store, 'summary')).toEqual(
        second.weeks.flatMap((w) => w.days).map(summarizeDay),
      );
      // The same plan put again is a new version too: its days are read again.
      await store.plans.putCurrent({
        athleteId: u.id,
        input: planInput,
        plan: first,
        updatedAt: T0,
      });
      expect(await plannedJson(store)).toEqual(firstDays);
      expect(await store.plans.removeCurrent(u.id)).toBe(true);
      expect(await plannedJson(store)).toEqual([]);
    });
  });

  describe('indexes', () => {
    it('answers a month of one athlete from an index on athlete and date', async () => {
      const month = "where athlete_id = 'a-1' and date >= '2027-02-01' and date <= '2027-02-28'";
      for (const table of ['run_logs', 'lift_logs']) {
        expect(
          await backend.indexesUsed(`select * from ${table} ${month} order by date, id`),
        ).toEqual([`${table}_athlete_date_id`]);
      }
      expect(await backend.indexesUsed(`select * from activities ${month}`)).toEqual([
        'activities_athlete_date',
      ]);
      // plan_days is keyed by (athlete_id, date); the key's own index serves the range.
      expect(await backend.indexesUsed(`select * from plan_days ${month}`)).toHaveLength(1);
    });

    it('finds a duplicate import by athlete and content hash from an index', async () => {
      const select = "select id from activities where athlete_id = 'a-1' and content_hash = 'h'";
      expect(await backend.indexesUsed(select)).toHaveLength(1);
    });
  });

  describe('deleting an account', () => {
    it('deletes everything the account owns and nothing of anyone else', async () => {
      const coach = await newUser(store, 'coach');
      const gone = await newUser(store);
      const stays = await newUser(store);
      for (const u of [gone, stays]) {
        const p = plan('2027-01-18', 1);
        await store.profiles.put({
          athleteId: u.id,
          sex: 'male',
          ageYears: 40,
          heightCm: 180,
          weightKg: 75,
          focus: 'balanced',
          days: ['tue'],
          longRunDay: 'sun',
          weeklyKm: 30,
          experience: 'advanced',
          equipment: 'gym',
          units: 'km',
          updatedAt: T0,
        });
        await store.plans.putCurrent({ athleteId: u.id, input: p.input, plan: p, updatedAt: T0 });
        await store.loginSessions.create({
          tokenHash: fresh('s'),
          userId: u.id,
          createdAt: T0,
          expiresAt: T0,
        });
        await store.apiTokens.create({
          id: fresh('t'),
          userId: u.id,
          name: 'cli',
          tokenHash: fresh('h'),
          createdAt: T0,
        });
        await store.privacyZones.add({
          id: fresh('z'),
          athleteId: u.id,
          lat: 1,
          lon: 2,
          radiusM: 200,
        });
        await store.calendarFeeds.put({ athleteId: u.id, secret: fresh('cal'), createdAt: T0 });
        await store.runLogs.add(run(fresh('r'), u.id, '2027-01-19'));
        await store.liftLogs.add(lift(fresh('l'), u.id, '2027-01-19'));
        await store.checkIns.put(checkIn(u.id, '2027-01-19'));
        await store.bodyEntries.put({ athleteId: u.id, date: '2027-01-19', weightKg: 75 });
        await store.intakeEntries.put({ athleteId: u.id, date: '2027-01-19', kcal: 2600 });
        await store.activities.add(activity(fresh('a'), u.id, fresh('sha256'), '2027-01-19'));
        await store.coachLinks.add({ coachId: coach.id, athleteId: u.id, createdAt: T0 });
      }
      const invite = { code: fresh('INV'), coachId: coach.id, createdAt: T0, expiresAt: T0 };
      await store.invites.create(invite);
      await store.invites.accept(invite.code, gone.id, T0);

      const everything = (id: string) => {
        const all = { from: '2000-01-01', to: '2099-12-31' };
        return Promise.all([
          store.profiles.get(id),
          store.plans.getCurrent(id),
          store.apiTokens.listForUser(id),
          store.privacyZones.list(id),
          store.calendarFeeds.get(id),
          store.runLogs.range(id, all),
          store.liftLogs.range(id, all),
          store.checkIns.range(id, all),
          store.bodyEntries.range(id, all),
          store.intakeEntries.range(id, all),
          store.activities.range(id, all),
          store.calendar(id, all).then((c) => c.planned),
          store.coachLinks.coachesOf(id),
        ]);
      };
      const present = (values: unknown[]) =>
        values.filter((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined)).length;
      expect(present(await everything(gone.id))).toBe(13);

      expect(await store.users.remove(gone.id)).toBe(true);
      expect(await store.users.get(gone.id)).toBeUndefined();
      expect(present(await everything(gone.id))).toBe(0);
      expect(await store.loginSessions.removeForUser(gone.id)).toBe(0);
      expect(present(await everything(stays.id))).toBe(13);
      // The coach keeps the invite as a record that it was used; it stays used.
      const used = await store.invites.get(invite.code);
      expect(used?.acceptedBy).toBeUndefined();
      expect(used?.acceptedAt).toBe(T0);
      expect(await store.invites.accept(invite.code, stays.id, T0)).toBe(false);
      expect(await store.users.remove(gone.id)).toBe(false);
    });
  });

  describe('transactions', () => {
    it('commits everything when the function resolves', async () => {
      const u = user(fresh('u'));
      const result = await store.transaction(async (tx) => {
        await tx.users.create(u);
        await tx.runLogs.add(run(fresh('r'), u.id, '2027-01-19'));
        return 'ok';
      });
      expect(result).toBe('ok');
      expect(await store.users.get(u.id)).toEqual(u);
      expect(
        await store.runLogs.range(u.id, { from: '2027-01-19', to: '2027-01-19' }),
      ).toHaveLength(1);
    });

    it('rolls everything back when the function throws, and rethrows', async () => {
      const u = await newUser(store);
      const a = activity(fresh('a'), u.id, fresh('sha256'), '2027-01-22');
      const failure = new Error('file 2 of 2 is corrupt');
      await expect(
        store.transaction(async (tx) => {
          await tx.activities.add(a);
          await tx.runLogs.add(run(fresh('r'), u.id, '2027-01-22'));
          // A nested transaction joins the outer one and goes down with it.
          await tx.transaction(async (inner) =>
            inner.bodyEntries.put({ athleteId: u.id, date: '2027-01-22', weightKg: 60 }),
          );
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(await store.activities.get(u.id, a.id)).toBeUndefined();
      expect(await store.runLogs.range(u.id, { from: '2027-01-22', to: '2027-01-22' })).toEqual([]);
      expect(await store.bodyEntries.get(u.id, '2027-01-22')).toBeUndefined();
    });

    it('rolls back when a statement fails inside the transaction', async () => {
      const u = await newUser(store);
      const r = run(fresh('r'), u.id, '2027-01-23');
      await expect(
        store.transaction(async (tx) => {
          await tx.runLogs.add(r);
          await tx.runLogs.add({ ...run(fresh('r'), u.id, '2027-01-24'), id: r.id });
        }),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(await store.runLogs.get(u.id, r.id)).toBeUndefined();
    });
  });

  describe('migrations', () => {
    it('reopening finds the schema current and the data in place', async () => {
      const u = await newUser(store);
      const again = await openDatabase(backend.options);
      try {
        expect(await again.users.get(u.id)).toEqual(u);
      } finally {
        await again.close();
      }
      const rows = await backend.query('select name from kysely_migration');
      expect(rows.map((r) => r.name)).toEqual(Object.keys(migrations));
    });

    it('survives several processes starting on the same fresh database at once', async () => {
      const twin = makeBackend();
      try {
        await startProcessesTogether(twin, 4);
        const rows = await twin.query('select name from kysely_migration');
        expect(rows.map((r) => r.name)).toEqual(Object.keys(migrations));
        const users = await twin.query('select id from users order by id');
        expect(users.map((r) => r.id)).toEqual(['p0', 'p1', 'p2', 'p3']);
      } finally {
        await twin.drop();
      }
      // Most of the time goes to starting four Node processes with a TypeScript loader.
    }, 120_000);
  });
}

describe('storage contract on SQLite', () => {
  storeContract(sqliteBackend);
});

const pgUrl = process.env.TEST_DATABASE_URL;
if (pgUrl) {
  describe('storage contract on PostgreSQL', () => {
    storeContract(() => postgresBackend(pgUrl));
  });
} else if (process.env.CI === 'true') {
  describe('storage contract on PostgreSQL', () => {
    it('runs under CI', () => {
      throw new Error(
        'TEST_DATABASE_URL is not set: under CI the PostgreSQL half must run, not skip',
      );
    });
  });
} else {
  console.warn(
    'note: storage contract on PostgreSQL skipped; set TEST_DATABASE_URL=postgres://… to run it',
  );
  describe.skip('storage contract on PostgreSQL (skipped: TEST_DATABASE_URL is not set)', () => {
    storeContract(() => postgresBackend(''));
  });
}
