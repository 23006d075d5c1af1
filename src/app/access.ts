// Who may do what: the one place that decides. Every use case asks here before it reads or
// writes; nothing else compares user ids or roles.
import { ForbiddenError, NotAuthenticatedError, NotFoundError } from './errors.js';
import type { CoachLinkStore, Role } from './ports.js';

/** Someone signed in, through a browser session or a personal API token. */
export interface Actor {
  userId: string;
  role: Role;
}

/** Things done to one athlete's data. */
export type AthleteAction = 'read' | 'write' | 'manage-coaches';
/**
 * Things done to one's own account: anyone signed in manages their own (API tokens); coaches
 * invite and list athletes; athletes accept invites.
 */
export type AccountAction = 'own-account' | 'coach' | 'join-coach';
export type Action = AthleteAction | AccountAction;

type Links = Pick<CoachLinkStore, 'exists'>;

/**
 * An athlete reads and writes their own data and alone manages their coaches; a coach reads
 * and writes the data of athletes who accepted their invite; account actions go by role.
 */
export async function can(
  links: Links,
  actor: Actor,
  action: AthleteAction,
  athleteId: string,
): Promise<boolean>;
export async function can(links: Links, actor: Actor, action: AccountAction): Promise<boolean>;
export async function can(
  links: Links,
  actor: Actor,
  action: Action,
  athleteId?: string,
): Promise<boolean> {
  switch (action) {
    case 'own-account':
      return true;
    case 'coach':
      return actor.role === 'coach';
    case 'join-coach':
      return actor.role === 'athlete';
  }
  if (athleteId === undefined) return false;
  if (actor.role === 'athlete') return actor.userId === athleteId;
  return action !== 'manage-coaches' && (await links.exists(actor.userId, athleteId));
}

/**
 * Returns the actor when allowed. Otherwise: nobody signed in → NotAuthenticatedError; an
 * athlete the actor may not see → NotFoundError, the same answer as for an id that does not
 * exist, so probing ids reveals nothing; seen but not allowed, or the wrong role → Forbidden.
 */
export async function authorize(
  links: Links,
  actor: Actor | undefined,
  action: AthleteAction,
  athleteId: string,
): Promise<Actor>;
export async function authorize(
  links: Links,
  actor: Actor | undefined,
  action: AccountAction,
): Promise<Actor>;
export async function authorize(
  links: Links,
  actor: Actor | undefined,
  action: Action,
  athleteId?: string,
): Promise<Actor> {
  if (!actor) throw new NotAuthenticatedError();
  if (athleteId === undefined) {
    if (!(await can(links, actor, action as AccountAction))) {
      throw new ForbiddenError(forbiddenMessage(action));
    }
    return actor;
  }
  if (!(await can(links, actor, 'read', athleteId))) throw new NotFoundError('athlete');
  if (!(await can(links, actor, action as AthleteAction, athleteId))) {
    throw new ForbiddenError(forbiddenMessage(action));
  }
  return actor;
}

function forbiddenMessage(action: Action): string {
  switch (action) {
    case 'coach':
      return 'only a coach account can do this';
    case 'join-coach':
      return 'only an athlete account can accept a coach invite';
    case 'manage-coaches':
      return 'only the athlete can change who coaches them';
    default:
      return 'not allowed';
  }
}
