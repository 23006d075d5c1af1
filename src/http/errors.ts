// The one place where failures become HTTP answers: { error: { code, message, field? } }.
// Anything not listed is a fault of ours: a 500 with a plain message, the detail only in the log.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import {
  ForbiddenError,
  NoPlanError,
  NotAuthenticatedError,
  NotFoundError,
  RateLimitedError,
  UnprocessableError,
} from '../app/errors.js';
import { ConflictError } from '../app/ports.js';
import { InputError } from '../core/errors.js';

export interface ErrorBody {
  error: { code: string; message: string; field?: string; rule?: string; fix?: string };
}

export interface ErrorAnswer {
  status: ContentfulStatusCode;
  body: ErrorBody;
  headers?: Record<string, string>;
}

const answer = (
  status: ContentfulStatusCode,
  code: string,
  message: string,
  extra: Omit<ErrorBody['error'], 'code' | 'message'> = {},
): ErrorAnswer => ({ status, body: { error: { code, message, ...extra } } });

const field = (f: string | undefined) => (f === undefined ? {} : { field: f });

/** Status codes hono itself raises, by the code our clients see. */
const HTTP_CODES: Partial<Record<number, string>> = {
  400: 'bad-input',
  401: 'unauthenticated',
  404: 'not-found',
  413: 'too-large',
  415: 'unsupported-media-type',
};

export function errorAnswer(error: unknown): ErrorAnswer {
  if (error instanceof InputError)
    return answer(400, 'bad-input', error.message, field(error.field));
  if (error instanceof NotAuthenticatedError) return answer(401, 'unauthenticated', error.message);
  if (error instanceof ForbiddenError) return answer(403, 'forbidden', error.message);
  if (error instanceof NotFoundError) return answer(404, 'not-found', error.message);
  if (error instanceof ConflictError) {
    return answer(409, `${error.field}-taken`, error.message, field(error.field));
  }
  if (error instanceof UnprocessableError) {
    return answer(422, error.code, error.message, field(error.field));
  }
  if (error instanceof NoPlanError) {
    const { rule, field: f, message, fix } = error.planError;
    return answer(422, 'no-plan', message, { ...field(f), rule, fix });
  }
  if (error instanceof RateLimitedError) {
    return {
      ...answer(429, 'rate-limited', error.message),
      headers: { 'Retry-After': String(error.retryAfterSec) },
    };
  }
  if (error instanceof HTTPException && error.status < 500) {
    const status = error.status as ContentfulStatusCode;
    return answer(status, HTTP_CODES[status] ?? 'http-error', error.message || 'bad request');
  }
  return answer(500, 'internal', 'something went wrong on our side; it has been logged');
}

export function respondWithError(c: Context, error: unknown): Response {
  const { status, body, headers } = errorAnswer(error);
  if (status === 500) console.error(error);
  return c.json(body, status, headers);
}

/** "sets[2].reps" from ['sets', 2, 'reps']. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) =>
      typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`,
    )
    .join('');
}

/** A failed request schema: 400 naming the first field at fault. */
export function validationAnswer(error: z.ZodError, target: string): ErrorAnswer {
  const issue = error.issues[0];
  const at = issue ? fieldPath(issue.path) : '';
  const name = at || target;
  return answer(400, 'bad-input', `${name}: ${issue?.message ?? 'invalid'}`, { field: name });
}
