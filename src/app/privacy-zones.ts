// The athlete's privacy zones. Only the athlete sees or changes them: the list itself says where
// they live, which is what the zones hide from a coach.
import { hidePrivatePoints } from '../core/activity/privacy.js';
import { type Actor, authorize } from './access.js';
import { ForbiddenError, NotFoundError } from './errors.js';
import type { PrivacyZone } from './ports.js';
import type { Services } from './services.js';

type Deps = Pick<Services, 'store' | 'ids'>;

async function athleteOnly(s: Deps, actor: Actor | undefined, athleteId: string): Promise<void> {
  const who = await authorize(s.store.coachLinks, actor, 'read', athleteId);
  if (who.userId !== athleteId) {
    throw new ForbiddenError('only the athlete can see or change their privacy zones');
  }
}

export async function addPrivacyZone(
  s: Deps,
  actor: Actor | undefined,
  athleteId: string,
  circle: { lat: number; lon: number; radiusM: number },
): Promise<PrivacyZone> {
  await athleteOnly(s, actor, athleteId);
  // The core's check: a centre on the globe and a radius above 0.
  hidePrivatePoints([], [circle]);
  const zone: PrivacyZone = { id: s.ids.newId(), athleteId, ...circle };
  await s.store.privacyZones.add(zone);
  return zone;
}

export async function listPrivacyZones(
  s: Deps,
  actor: Actor | undefined,
  athleteId: string,
): Promise<PrivacyZone[]> {
  await athleteOnly(s, actor, athleteId);
  return s.store.privacyZones.list(athleteId);
}

export async function removePrivacyZone(
  s: Deps,
  actor: Actor | undefined,
  athleteId: string,
  zoneId: string,
): Promise<void> {
  await athleteOnly(s, actor, athleteId);
  if (!(await s.store.privacyZones.remove(athleteId, zoneId))) {
    throw new NotFoundError('privacy zone');
  }
}
