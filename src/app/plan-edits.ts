// Changes to the current plan after it was made: a session moved to another day, or edited (a
// run's distance or time, a lift's sets) or skipped. The core makes the change and judges it;
// a change is refused only for a rule break it adds, so a stored plan that already breaks a rule
// (made by an older generator, say) can still be changed elsewhere.
import { applyChange, type ChangeRequest, describeChange } from '../core/plan/changes.js';
import type { SessionEdit } from '../core/plan/edit.js';
import { introducedViolations } from '../core/plan/introduced.js';
import type { Plan } from '../core/plan/types.js';
import { RULES } from '../core/rules/rules.js';
import { validatePlan } from '../core/rules/validate.js';
import { type Actor, authorize } from './access.js';
import { NotFoundError, UnprocessableError } from './errors.js';
import type { Services } from './services.js';

/**
 * Makes the change to the athlete's current plan and stores the result, with the change added to
 * the plan's list so it is made again whenever the plan is (see adaptation.ts). When the changed
 * plan breaks a rule the stored one kept, UnprocessableError 'rule' names the first such rule,
 * with `field` as the request field to blame, and nothing is stored.
 */
export async function changeCurrentPlan(
  s: Services,
  actor: Actor | undefined,
  athleteId: string,
  request: ChangeRequest,
  field: string,
): Promise<Plan> {
  await authorize(s.store.coachLinks, actor, 'write', athleteId);
  const current = await s.store.plans.getCurrent(athleteId);
  if (!current) throw new NotFoundError('plan');
  const change = describeChange(current.plan, request);
  const plan = applyChange(current.plan, change);
  const broken = introducedViolations(validatePlan(current.plan), validatePlan(plan))[0];
  if (broken) {
    throw new UnprocessableError('rule', `${RULES[broken.rule].title}: ${broken.message}`, field);
  }
  await s.store.plans.putCurrent({
    ...current,
    plan,
    changes: [...(current.changes ?? []), change],
    updatedAt: s.clock.now(),
  });
  return plan;
}

/** Session `index` of day `date`, and what to change about it. */
export type SessionEditRequest = { date: string; index: number } & SessionEdit;

/** The request field a refused edit points at. */
const EDIT_FIELD: Record<SessionEdit['change'], string> = {
  distance: 'distanceKm',
  duration: 'durationMin',
  sets: 'sets',
  skip: 'index',
};

/** Edits or skips one planned session; see changeCurrentPlan for when it is refused. */
export function editPlanSession(
  s: Services,
  actor: Actor | undefined,
  athleteId: string,
  { date, index, ...edit }: SessionEditRequest,
): Promise<Plan> {
  return changeCurrentPlan(
    s,
    actor,
    athleteId,
    { kind: 'edit', date, index, edit },
    EDIT_FIELD[edit.change],
  );
}
