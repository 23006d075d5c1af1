import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
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
import { errorAnswer, validationAnswer } from './errors.js';

describe('errorAnswer', () => {
  it('maps each domain error to its status and code, keeping the field', () => {
    const cases: [unknown, number, Record<string, unknown>][] = [
      [
        new InputError('age 7: expected 12–100 years', 'age'),
        400,
        { code: 'bad-input', field: 'age' },
      ],
      [new NotAuthenticatedError(), 401, { code: 'unauthenticated' }],
      [new ForbiddenError('only a coach account can do this'), 403, { code: 'forbidden' }],
      [new NotFoundError('athlete'), 404, { code: 'not-found', message: 'athlete not found' }],
      [new ConflictError('taken', 'email'), 409, { code: 'email-taken', field: 'email' }],
      [
        new UnprocessableError('invite-expired', 'old', 'code'),
        422,
        { code: 'invite-expired', field: 'code' },
      ],
      [new HTTPException(413, { message: 'too big' }), 413, { code: 'too-large' }],
      [
        new HTTPException(415, { message: 'Unsupported Media Type' }),
        415,
        { code: 'unsupported-media-type' },
      ],
    ];
    for (const [error, status, body] of cases) {
      const answer = errorAnswer(error);
      expect(answer.status, String(error)).toBe(status);
      expect(answer.body.error).toMatchObject(body);
    }
  });

  it('gives no plan its rule and fix', () => {
    const answer = errorAnswer(
      new NoPlanError({
        rule: 'long-run',
        field: 'longRunDay',
        message: 'sun is off',
        fix: 'add sun',
      }),
    );
    expect(answer).toEqual({
      status: 422,
      body: {
        error: {
          code: 'no-plan',
          message: 'sun is off',
          field: 'longRunDay',
          rule: 'long-run',
          fix: 'add sun',
        },
      },
    });
  });

  it('says when to retry a rate-limited request', () => {
    expect(errorAnswer(new RateLimitedError('slow down', 120))).toMatchObject({
      status: 429,
      headers: { 'Retry-After': '120' },
    });
  });

  it('turns anything else into a plain 500 that leaks nothing', () => {
    const answer = errorAnswer(new TypeError('secret internals at line 3'));
    expect(answer.status).toBe(500);
    expect(JSON.stringify(answer.body)).not.toContain('secret');
    expect(errorAnswer(new HTTPException(502)).status).toBe(500);
  });
});

describe('validationAnswer', () => {
  it('names the first field at fault by its path, or the part of the request', () => {
    const schema = z.object({ sets: z.array(z.object({ reps: z.int() })) });
    const bad = schema.safeParse({ sets: [{ reps: 1 }, { reps: 2.5 }] });
    expect(bad.success).toBe(false);
    const answer = validationAnswer(bad.error!, 'body');
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ code: 'bad-input', field: 'sets[1].reps' });
    expect(answer.body.error.message).toMatch(/^sets\[1\]\.reps: /);
    const whole = schema.safeParse(42);
    expect(validationAnswer(whole.error!, 'body').body.error.field).toBe('body');
  });
});
