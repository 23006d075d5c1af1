// The ways a use case says no, as types. The HTTP layer maps each to a status in one place
// (src/http/errors.ts); use cases never speak HTTP. Bad input is the core's InputError and a
// taken unique value is the store's ConflictError.
import type { PlanError } from '../core/plan/result.js';

/** Nobody is signed in, or the session or token is expired or revoked. */
export class NotAuthenticatedError extends Error {
  override readonly name = 'NotAuthenticatedError';
  constructor(message = 'sign in first, or send an API token as "Authorization: Bearer …"') {
    super(message);
  }
}

/** Signed in, allowed to see the thing, but not to do this with it. */
export class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError';
}

/** The thing does not exist, or the caller may not learn that it exists. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(what: string) {
    super(`${what} not found`);
  }
}

/** Too many attempts in the current window. */
export class RateLimitedError extends Error {
  override readonly name = 'RateLimitedError';
  constructor(
    message: string,
    readonly retryAfterSec: number,
  ) {
    super(message);
  }
}

/** Well-formed, but the state of things does not allow it (no profile yet, an expired invite). */
export class UnprocessableError extends Error {
  override readonly name = 'UnprocessableError';
  constructor(
    /** Machine-readable reason, e.g. 'profile-missing'. */
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** No plan can meet the rules for this input: the rule that fails and what would fix it. */
export class NoPlanError extends Error {
  override readonly name = 'NoPlanError';
  constructor(readonly planError: PlanError) {
    super(planError.message);
  }
}
