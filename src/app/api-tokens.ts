// Personal API tokens: a long-lived bearer secret for scripts, shown once, revocable.
import { type Actor, authorize } from './access.js';
import { NotFoundError } from './errors.js';
import type { ApiToken } from './ports.js';
import type { Services } from './services.js';

/** A token as listed: never its secret or hash. */
export interface ApiTokenView {
  id: string;
  name: string;
  createdAt: string;
  revokedAt?: string;
}

const view = ({ id, name, createdAt, revokedAt }: ApiToken): ApiTokenView => ({
  id,
  name,
  createdAt,
  ...(revokedAt !== undefined && { revokedAt }),
});

/** The secret comes back only here; the database keeps its hash. */
export async function createApiToken(
  s: Services,
  actor: Actor | undefined,
  name: string,
): Promise<ApiTokenView & { token: string }> {
  const { userId } = await authorize(s.store.coachLinks, actor, 'own-account');
  const token = s.secrets.newToken();
  const record: ApiToken = {
    id: s.ids.newId(),
    userId,
    name: name.trim(),
    tokenHash: s.secrets.hash(token),
    createdAt: s.clock.now(),
  };
  await s.store.apiTokens.create(record);
  return { ...view(record), token };
}

export async function listApiTokens(s: Services, actor: Actor | undefined) {
  const { userId } = await authorize(s.store.coachLinks, actor, 'own-account');
  return (await s.store.apiTokens.listForUser(userId)).map(view);
}

export async function revokeApiToken(s: Services, actor: Actor | undefined, id: string) {
  const { userId } = await authorize(s.store.coachLinks, actor, 'own-account');
  if (!(await s.store.apiTokens.revoke(userId, id, s.clock.now()))) {
    throw new NotFoundError('API token');
  }
}
