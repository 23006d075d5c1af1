import { describe, expect, it } from 'vitest';
import { type Action, type Actor, authorize, can } from './access.js';
import { ForbiddenError, NotAuthenticatedError, NotFoundError } from './errors.js';

// Coach c1 coaches athlete a1; c2 coaches nobody.
const links = {
  exists: async (coachId: string, athleteId: string) => coachId === 'c1' && athleteId === 'a1',
};
const a1: Actor = { userId: 'a1', role: 'athlete' };
const a2: Actor = { userId: 'a2', role: 'athlete' };
const c1: Actor = { userId: 'c1', role: 'coach' };
const c2: Actor = { userId: 'c2', role: 'coach' };

describe('can', () => {
  it("gives an athlete their own data and nobody else's", async () => {
    for (const action of ['read', 'write', 'manage-coaches'] as const) {
      expect(await can(links, a1, action, 'a1')).toBe(true);
      expect(await can(links, a2, action, 'a1')).toBe(false);
    }
  });

  it("gives a coach their athletes' data, but not the choice of coaches", async () => {
    expect(await can(links, c1, 'read', 'a1')).toBe(true);
    expect(await can(links, c1, 'write', 'a1')).toBe(true);
    expect(await can(links, c1, 'manage-coaches', 'a1')).toBe(false);
    expect(await can(links, c2, 'read', 'a1')).toBe(false);
    // A coach's own id is no athlete's data.
    expect(await can(links, c1, 'read', 'c1')).toBe(false);
  });

  it('lets roles do their own account actions', async () => {
    expect(await can(links, c1, 'coach')).toBe(true);
    expect(await can(links, a1, 'coach')).toBe(false);
    expect(await can(links, a1, 'join-coach')).toBe(true);
    expect(await can(links, c1, 'join-coach')).toBe(false);
    expect(await can(links, a1, 'own-account')).toBe(true);
    expect(await can(links, c2, 'own-account')).toBe(true);
  });
});

describe('authorize', () => {
  const attempt = (actor: Actor | undefined, action: Action, athleteId?: string) =>
    (athleteId === undefined
      ? authorize(links, actor, action as 'coach')
      : authorize(links, actor, action as 'read', athleteId)
    ).then(
      () => 'ok',
      (e: Error) => e.constructor,
    );

  it('answers nobody with NotAuthenticated before anything else', async () => {
    expect(await attempt(undefined, 'read', 'a1')).toBe(NotAuthenticatedError);
    expect(await attempt(undefined, 'coach')).toBe(NotAuthenticatedError);
  });

  it('hides athletes one may not see behind NotFound, as if they did not exist', async () => {
    expect(await attempt(a2, 'read', 'a1')).toBe(NotFoundError);
    expect(await attempt(c2, 'write', 'a1')).toBe(NotFoundError);
    expect(await attempt(c2, 'manage-coaches', 'a1')).toBe(NotFoundError);
    expect(await attempt(a1, 'read', 'nobody')).toBe(NotFoundError);
  });

  it('forbids what a visible athlete or a role does not allow', async () => {
    expect(await attempt(c1, 'manage-coaches', 'a1')).toBe(ForbiddenError);
    expect(await attempt(a1, 'coach')).toBe(ForbiddenError);
    expect(await attempt(c1, 'join-coach')).toBe(ForbiddenError);
    expect(await attempt(a1, 'manage-coaches', 'a1')).toBe('ok');
    expect(await attempt(c1, 'write', 'a1')).toBe('ok');
  });
});
