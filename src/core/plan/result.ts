import type { RuleId } from '../rules/rules.js';

/** Why no valid plan exists for an input: the rule that cannot be met and what would fix it. */
export interface PlanError {
  rule: RuleId | 'input';
  field?: string;
  message: string;
  fix: string;
}

export type PlanResult<T> = { ok: true; value: T } | { ok: false; error: PlanError };

export const fail = (error: PlanError): { ok: false; error: PlanError } => ({ ok: false, error });
export const succeed = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
