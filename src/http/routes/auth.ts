// Sign-up, log-in, log-out, who am I, and personal API tokens.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import {
  deleteAccount,
  login,
  logout,
  me,
  SESSION_TTL_DAYS,
  type SignedIn,
  signup,
} from '../../app/accounts.js';
import { createApiToken, listApiTokens, revokeApiToken } from '../../app/api-tokens.js';
import {
  type AppDeps,
  type AppEnv,
  actorOf,
  clientAddress,
  isHttps,
  SESSION_COOKIE,
} from '../context.js';
import { errors, jsonAnswer, jsonBody, signedIn } from '../openapi.js';
import {
  AccountSchema,
  ApiTokenSchema,
  DeleteAccountSchema,
  idParam,
  LoginSchema,
  NewApiTokenSchema,
  SignupSchema,
  TokenCreateSchema,
} from '../schemas.js';

const tags = ['accounts'];

const signupRoute = createRoute({
  method: 'post',
  path: '/api/auth/signup',
  tags,
  summary: 'Create an account and sign in (sets the session cookie)',
  request: jsonBody(SignupSchema),
  responses: {
    201: jsonAnswer(AccountSchema, 'Signed up and signed in'),
    ...errors(400, 409, 429),
  },
});

const loginRoute = createRoute({
  method: 'post',
  path: '/api/auth/login',
  tags,
  summary: 'Sign in (sets the session cookie)',
  request: jsonBody(LoginSchema),
  responses: { 200: jsonAnswer(AccountSchema, 'Signed in'), ...errors(400, 401, 429) },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/api/auth/logout',
  tags,
  summary: 'End this browser session (clears the cookie)',
  responses: { 204: { description: 'Signed out (also when no one was signed in)' } },
});

const meRoute = createRoute({
  method: 'get',
  path: '/api/me',
  tags,
  summary: 'The signed-in account',
  security: signedIn,
  responses: { 200: jsonAnswer(AccountSchema, 'The account'), ...errors(401) },
});

const deleteMeRoute = createRoute({
  method: 'delete',
  path: '/api/me',
  tags,
  summary: 'Delete the signed-in account and all its data, for good (clears the cookie)',
  security: signedIn,
  request: jsonBody(DeleteAccountSchema),
  responses: {
    204: { description: 'Deleted' },
    ...errors(400, 401, 403),
  },
});

const createTokenRoute = createRoute({
  method: 'post',
  path: '/api/tokens',
  tags,
  summary: 'Create a personal API token for scripts',
  security: signedIn,
  request: jsonBody(TokenCreateSchema),
  responses: {
    201: jsonAnswer(NewApiTokenSchema, 'The token; its secret is shown only now'),
    ...errors(400, 401),
  },
});

const listTokensRoute = createRoute({
  method: 'get',
  path: '/api/tokens',
  tags,
  summary: "The account's API tokens (without secrets)",
  security: signedIn,
  responses: { 200: jsonAnswer(z.array(ApiTokenSchema), 'Tokens'), ...errors(401) },
});

const revokeTokenRoute = createRoute({
  method: 'delete',
  path: '/api/tokens/{id}',
  tags,
  summary: 'Revoke an API token',
  security: signedIn,
  request: { params: z.object({ id: idParam }) },
  responses: { 204: { description: 'Revoked' }, ...errors(400, 401, 404) },
});

export function authRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const startSession = (c: Context<AppEnv>, signed: SignedIn) =>
    setCookie(c, SESSION_COOKIE, signed.sessionToken, {
      path: '/',
      httpOnly: true,
      sameSite: 'Lax',
      secure: isHttps(c, deps),
      maxAge: SESSION_TTL_DAYS * 86_400,
    });

  app.openapi(signupRoute, async (c) => {
    const signed = await signup(deps, {
      ...c.req.valid('json'),
      clientAddress: clientAddress(c, deps),
    });
    startSession(c, signed);
    return c.json(signed.account, 201);
  });

  app.openapi(loginRoute, async (c) => {
    const signed = await login(deps, {
      ...c.req.valid('json'),
      clientAddress: clientAddress(c, deps),
    });
    startSession(c, signed);
    return c.json(signed.account, 200);
  });

  const endSession = (c: Context<AppEnv>) =>
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c, deps) });

  app.openapi(logoutRoute, async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await logout(deps, token);
    endSession(c);
    return c.body(null, 204);
  });

  app.openapi(deleteMeRoute, async (c) => {
    await deleteAccount(deps, await actorOf(c, deps), c.req.valid('json').password);
    endSession(c);
    return c.body(null, 204);
  });

  app.openapi(meRoute, async (c) => c.json(await me(deps, await actorOf(c, deps)), 200));

  app.openapi(createTokenRoute, async (c) =>
    c.json(await createApiToken(deps, await actorOf(c, deps), c.req.valid('json').name), 201),
  );

  app.openapi(listTokensRoute, async (c) =>
    c.json(await listApiTokens(deps, await actorOf(c, deps)), 200),
  );

  app.openapi(revokeTokenRoute, async (c) => {
    await revokeApiToken(deps, await actorOf(c, deps), c.req.valid('param').id);
    return c.body(null, 204);
  });
}
