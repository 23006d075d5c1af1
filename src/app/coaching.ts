// Coaching: a coach invites with a code, the athlete accepts it and from then on the coach
// sees and changes that athlete's data, until the athlete removes the coach.
import { type Actor, authorize } from './access.js';
import { NotFoundError, UnprocessableError } from './errors.js';
import { ConflictError } from './ports.js';
import type { Services } from './services.js';

export const INVITE_TTL_DAYS = 7;
const DAY_MS = 86_400_000;

export interface InviteView {
  /** Give this to the athlete; only its hash is stored, so it is shown once. */
  code: string;
  createdAt: string;
  expiresAt: string;
}

export interface CoachLinkView {
  coachId: string;
  coachName: string;
  athleteId: string;
  athleteName: string;
  createdAt: string;
}

export async function createInvite(s: Services, actor: Actor | undefined): Promise<InviteView> {
  const coach = await authorize(s.store.coachLinks, actor, 'coach');
  const code = s.secrets.newToken();
  const createdAt = s.clock.now();
  const expiresAt = new Date(Date.parse(createdAt) + INVITE_TTL_DAYS * DAY_MS).toISOString();
  await s.store.invites.create({
    code: s.secrets.hash(code),
    coachId: coach.userId,
    createdAt,
    expiresAt,
  });
  return { code, createdAt, expiresAt };
}

/**
 * Links the athlete to the inviting coach. Accepting one's own invite again answers as the
 * first time did; an invite someone else took is a conflict; an old one is expired.
 */
export async function acceptInvite(
  s: Services,
  actor: Actor | undefined,
  code: string,
): Promise<CoachLinkView> {
  const athlete = await authorize(s.store.coachLinks, actor, 'join-coach');
  const codeHash = s.secrets.hash(code);
  const invite = await s.store.invites.get(codeHash);
  if (!invite) throw new NotFoundError('invite');
  const now = s.clock.now();
  if (invite.acceptedAt === undefined && Date.parse(invite.expiresAt) <= Date.parse(now)) {
    throw new UnprocessableError(
      'invite-expired',
      `this invite expired on ${invite.expiresAt}: ask the coach for a new one`,
      'code',
    );
  }
  const taken = () => new ConflictError('this invite has already been used', 'code');
  if (invite.acceptedAt !== undefined && invite.acceptedBy !== athlete.userId) throw taken();
  await s.store.transaction(async (tx) => {
    if (
      invite.acceptedAt === undefined &&
      !(await tx.invites.accept(codeHash, athlete.userId, now))
    )
      throw taken();
    await tx.coachLinks.add({ coachId: invite.coachId, athleteId: athlete.userId, createdAt: now });
  });
  return linkView(s, invite.coachId, athlete.userId);
}

async function linkView(s: Services, coachId: string, athleteId: string): Promise<CoachLinkView> {
  const [coach, athlete, links] = await Promise.all([
    s.store.users.get(coachId),
    s.store.users.get(athleteId),
    s.store.coachLinks.coachesOf(athleteId),
  ]);
  const link = links.find((l) => l.coachId === coachId);
  // The link was made a moment ago; one missing means an account was deleted in between.
  if (!coach || !athlete || !link) throw new NotFoundError('coach link');
  return {
    coachId,
    coachName: coach.name,
    athleteId,
    athleteName: athlete.name,
    createdAt: link.createdAt,
  };
}

export async function listCoaches(
  s: Services,
  actor: Actor | undefined,
  athleteId: string,
): Promise<CoachLinkView[]> {
  await authorize(s.store.coachLinks, actor, 'read', athleteId);
  const [athlete, links] = await Promise.all([
    s.store.users.get(athleteId),
    s.store.coachLinks.coachesOf(athleteId),
  ]);
  const coaches = await Promise.all(links.map((l) => s.store.users.get(l.coachId)));
  return links.flatMap((l, i) => {
    const coach = coaches[i];
    return coach && athlete
      ? [
          {
            coachId: l.coachId,
            coachName: coach.name,
            athleteId,
            athleteName: athlete.name,
            createdAt: l.createdAt,
          },
        ]
      : [];
  });
}

export async function removeCoach(
  s: Services,
  actor: Actor | undefined,
  athleteId: string,
  coachId: string,
): Promise<void> {
  await authorize(s.store.coachLinks, actor, 'manage-coaches', athleteId);
  if (!(await s.store.coachLinks.remove(coachId, athleteId))) throw new NotFoundError('coach');
}
