// The athlete's calendar subscription: a private address a calendar app polls for the plan.
// Calendar apps cannot sign in, so the secret in the address is the only key; like an API
// token it is shown once and the database keeps only its hash. Making a new one replaces the
// old, which then stops working.
import type { Plan, Units } from '../core/plan/types.js';
import { type Actor, authorize } from './access.js';
import { ForbiddenError, NotFoundError } from './errors.js';
import type { Services } from './services.js';

/**
 * A fresh feed secret for the athlete, replacing any earlier one. Only the athlete may: the
 * address reads their plan from anywhere, and a coach rotating it would cut off their calendar.
 */
export async function renewCalendarFeed(
  s: Services,
  actor: Actor | undefined,
  athleteId: string,
): Promise<{ secret: string }> {
  const who = await authorize(s.store.coachLinks, actor, 'read', athleteId);
  if (who.userId !== athleteId) {
    throw new ForbiddenError('only the athlete can make their calendar subscription address');
  }
  const secret = s.secrets.newToken();
  await s.store.calendarFeeds.put({
    athleteId,
    secret: s.secrets.hash(secret),
    createdAt: s.clock.now(),
  });
  return { secret };
}

/**
 * The plan behind a feed secret, for whoever holds the address. An unknown secret and a feed
 * without a plan give the same NotFoundError, so the answer tells a guesser nothing.
 */
export async function planForFeed(
  s: Services,
  secret: string,
): Promise<{ plan: Plan; units: Units }> {
  const feed = await s.store.calendarFeeds.findBySecret(s.secrets.hash(secret));
  const [current, profile] = feed
    ? await Promise.all([
        s.store.plans.getCurrent(feed.athleteId),
        s.store.profiles.get(feed.athleteId),
      ])
    : [];
  if (!current) throw new NotFoundError('calendar feed');
  return { plan: current.plan, units: profile?.units ?? current.plan.input.units ?? 'km' };
}
