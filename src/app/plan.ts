// The athlete's current plan: made by the core generator from the profile and a goal, stored,
// and read back. No rule lives here; the generator and its validator own them all.
import { InputError } from '../core/errors.js';
import { generatePlan } from '../core/plan/generate.js';
import type { GoalDistance, Plan, PlanInput, Weekday } from '../core/plan/types.js';
import { type Actor, authorize } from './access.js';
import { adaptToData } from './adaptation.js';
import { NoPlanError, NotFoundError, UnprocessableError } from './errors.js';
import { changeCurrentPlan } from './plan-edits.js';
import type { AthleteProfile } from './ports.js';
import { bodyOf } from './profile.js';
import type { Services } from './services.js';

/** The goal; everything else comes from the profile. */
export interface PlanRequest {
  distance: GoalDistance;
  weeks?: number;
  raceDate?: string;
  start: string;
  minutesPerDay?: Partial<Record<Weekday, number>>;
  upperEmphasis?: boolean;
  heat?: boolean;
}

export function planInputFrom(profile: AthleteProfile, request: PlanRequest): PlanInput {
  return {
    ...request,
    focus: profile.focus,
    weeklyKm: profile.weeklyKm,
    days: profile.days,
    longRunDay: profile.longRunDay,
    experience: profile.experience,
    ...(profile.recent !== undefined && { recent: profile.recent }),
    body: bodyOf(profile),
    equipment: profile.equipment,
  };
}

export async function requireProfile(s: Services, athleteId: string): Promise<AthleteProfile> {
  const profile = await s.store.profiles.get(athleteId);
  if (!profile) {
    throw new UnprocessableError(
      'profile-missing',
      'this athlete has no profile yet: PUT /api/athletes/{id}/profile first',
      'profile',
    );
  }
  return profile;
}

/**
 * Generates a plan and makes it the athlete's current one. A bad value in the input is bad
 * input (InputError); a plan no rule set allows is NoPlanError, carrying the rule and the fix.
 */
export async function createPlan(
  s: Services,
  actor: Actor | undefined,
  athleteId: string,
  request: PlanRequest,
): Promise<Plan> {
  await authorize(s.store.coachLinks, actor, 'write', athleteId);
  const input = planInputFrom(await requireProfile(s, athleteId), request);
  const result = generatePlan(input);
  if (!result.ok) {
    const { rule, message, fix } = result.error;
    const field = apiField(result.error.field);
    if (rule === 'input') throw new InputError(`${message}: ${fix}`, field);
    throw new NoPlanError({ ...result.error, ...(field !== undefined && { field }) });
  }
  await s.store.plans.putCurrent({
    athleteId,
    input,
    plan: result.value,
    updatedAt: s.clock.now(),
  });
  // Check-ins and logs already there shape the new plan too.
  return (await adaptToData(s, athleteId, result.value)) ?? result.value;
}

export async function getPlan(
  s: Services,
  actor: Actor | undefined,
  athleteId: string,
): Promise<Plan> {
  await authorize(s.store.coachLinks, actor, 'read', athleteId);
  const current = await s.store.plans.getCurrent(athleteId);
  if (!current) throw new NotFoundError('plan');
  return current.plan;
}

/** One session of the current plan from one day to another. */
export interface SessionMove {
  from: string;
  index: number;
  to: string;
}

/** Moves a session and stores the plan; see changeCurrentPlan for when it is refused. */
export function movePlanSession(
  s: Services,
  actor: Actor | undefined,
  athleteId: string,
  move: SessionMove,
): Promise<Plan> {
  return changeCurrentPlan(
    s,
    actor,
    athleteId,
    { kind: 'move', date: move.from, index: move.index, to: move.to },
    'to',
  );
}

/** The core names input fields as the CLI flags do ("race-date"); the API says raceDate. */
function apiField(field: string | undefined): string | undefined {
  if (field === undefined) return undefined;
  if (field === 'ageYears') return 'age';
  if (field.startsWith('minutes for')) return 'minutesPerDay';
  return field.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
