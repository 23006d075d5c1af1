// The changes a runner or coach makes to a plan after it was made (moves, edits, skips), kept
// as a list so they survive the plan being made again: the service regenerates and adapts the
// plan after every check-in or log, then replays the list on top. Each change names the session
// it was made to by its title; when the session at that place is no longer the same one (the
// adaptation rebuilt or removed it), or the change would now break a rule the plan keeps, the
// change is left out of this plan but stays in the list, so it comes back when it fits again.
import { InputError } from '../errors.js';
import { validatePlan } from '../rules/validate.js';
import { sessionAt } from './day-sessions.js';
import { editSession, type SessionEdit } from './edit.js';
import { introducedViolations } from './introduced.js';
import { moveSession } from './move.js';
import type { Plan } from './types.js';

export type PlanChange =
  | { kind: 'move'; date: string; index: number; to: string; title: string }
  | { kind: 'edit'; date: string; index: number; edit: SessionEdit; title: string };

/** A change as asked for, before it is tied to the session it was made to. */
export type ChangeRequest = DistributiveOmit<PlanChange, 'title'>;
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/**
 * The request tied to the session it changes (its title). Throws InputError naming the field when
 * the plan has no such day or session.
 */
export function describeChange(plan: Plan, request: ChangeRequest): PlanChange {
  const dateField = request.kind === 'move' ? 'from' : 'date';
  const { session } = sessionAt(plan, request.date, request.index, dateField);
  return { ...request, title: session.title };
}

/** The plan with the change made; the rules are not checked (see replayChanges). */
export function applyChange(plan: Plan, change: ChangeRequest): Plan {
  return change.kind === 'move'
    ? moveSession(plan, change.date, change.index, change.to)
    : editSession(plan, change.date, change.index, change.edit);
}

export interface Replayed {
  plan: Plan;
  /** The changes left out of this plan, in the list's order. */
  skipped: PlanChange[];
}

/** Makes each change in turn where its session is still there and it adds no rule break. */
export function replayChanges(plan: Plan, changes: readonly PlanChange[]): Replayed {
  const skipped: PlanChange[] = [];
  let current = plan;
  let violations = validatePlan(current);
  for (const change of changes) {
    const after = tryChange(current, change);
    const afterViolations = after && validatePlan(after);
    if (
      !after ||
      !afterViolations ||
      introducedViolations(violations, afterViolations).length > 0
    ) {
      skipped.push(change);
      continue;
    }
    current = after;
    violations = afterViolations;
  }
  return { plan: current, skipped };
}

function tryChange(plan: Plan, change: PlanChange): Plan | undefined {
  try {
    if (describeChange(plan, change).title !== change.title) return undefined;
    return applyChange(plan, change);
  } catch (error) {
    // The day or session is gone, or the library cannot build the edit for this version.
    if (error instanceof InputError) return undefined;
    throw error;
  }
}
