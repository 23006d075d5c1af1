import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../adapters/db/open.js';
import { randomIds } from '../adapters/system/ids.js';
import { InputError } from '../core/errors.js';
import { LOCAL_ATHLETE_EMAIL, resolveAthlete } from './local-athlete.js';

const clock = { now: () => '2027-01-18T06:30:00.000Z' };
const fresh = () => openDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'runstrong-me-')) });

describe('resolveAthlete', () => {
  it('makes the local athlete "me" on an empty store, once', async () => {
    const store = await fresh();
    const s = { store, clock, ids: randomIds };
    const me = await resolveAthlete(s, undefined);
    expect(me).toMatchObject({ email: LOCAL_ATHLETE_EMAIL, name: 'me', role: 'athlete' });
    expect((await resolveAthlete(s, undefined)).id).toBe(me.id);
    expect(await store.users.count()).toBe(1);
    await store.close();
  });

  it('finds an athlete by email, refuses a coach, and asks which athlete on a shared store', async () => {
    const store = await fresh();
    const s = { store, clock, ids: randomIds };
    for (const [id, role] of [
      ['runner', 'athlete'],
      ['coach', 'coach'],
    ] as const) {
      await store.users.create({
        id,
        email: `${id}@example.org`,
        passwordHash: '',
        name: id,
        role,
        createdAt: clock.now(),
      });
    }
    expect((await resolveAthlete(s, ' Runner@Example.org ')).id).toBe('runner');
    await expect(resolveAthlete(s, 'coach@example.org')).rejects.toThrow(
      /coach, expected an athlete/,
    );
    await expect(resolveAthlete(s, undefined)).rejects.toThrow(InputError);
    await expect(resolveAthlete(s, undefined)).rejects.toThrow(/--athlete EMAIL/);
    await store.close();
  });
});
