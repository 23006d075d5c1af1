// Small builders for route definitions, so every route states its body, answers and errors the
// same way.
import type { z } from '@hono/zod-openapi';
import { ErrorSchema } from './schemas.js';

const ERROR_MEANING: Record<number, string> = {
  400: 'Bad input: error.field names the field',
  401: 'Not signed in, or the session or token is no longer valid',
  403: 'Signed in, but this account may not do this',
  404: 'Not found, or not yours to see',
  409: 'A unique value is taken',
  413: 'Body too large',
  422: 'Well formed, but not possible now: error.code says why',
  429: 'Too many attempts: see Retry-After',
};

export function errors(...statuses: (keyof typeof ERROR_MEANING)[]) {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: ERROR_MEANING[s]!, content: { 'application/json': { schema: ErrorSchema } } },
    ]),
  );
}

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

export const jsonAnswer = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** Routes that need someone signed in: a session cookie or a Bearer API token. */
export const signedIn: Record<string, string[]>[] = [{ session: [] }, { bearer: [] }];
