// Users, their browser sessions and API tokens, and login rate-limit counters.
import { type Kysely, type Selectable, sql } from 'kysely';
import type {
  ApiToken,
  ApiTokenStore,
  LoginSession,
  LoginSessionStore,
  RateLimitStore,
  User,
  UserStore,
} from '../../app/ports.js';
import { compiledOnce } from './compiled.js';
import type { ApiTokensTable, Database, LoginSessionsTable, UsersTable } from './schema.js';
import { instant, optionalInstant } from './values.js';
import { touched, uniqueOrConflict } from './writes.js';

const toUser = (row: Selectable<UsersTable>): User => ({
  id: row.id,
  email: row.email,
  passwordHash: row.password_hash,
  name: row.name,
  role: row.role,
  createdAt: row.created_at,
});

export function userStore(db: Kysely<Database>): UserStore {
  return {
    async create(user) {
      await uniqueOrConflict('user', () =>
        db
          .insertInto('users')
          .values({
            id: user.id,
            email: user.email,
            password_hash: user.passwordHash,
            name: user.name,
            role: user.role,
            created_at: instant(user.createdAt, 'createdAt'),
          })
          .execute(),
      );
    },
    async get(id) {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toUser(row);
    },
    async findByEmail(email) {
      const row = await db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', email)
        .executeTakeFirst();
      return row && toUser(row);
    },
    async update(id, changes) {
      const set = {
        ...(changes.email !== undefined && { email: changes.email }),
        ...(changes.passwordHash !== undefined && { password_hash: changes.passwordHash }),
        ...(changes.name !== undefined && { name: changes.name }),
      };
      if (Object.keys(set).length === 0) return (await this.get(id)) !== undefined;
      const result = await uniqueOrConflict('user', () =>
        db.updateTable('users').set(set).where('id', '=', id).executeTakeFirstOrThrow(),
      );
      return touched(result) > 0;
    },
    async remove(id) {
      return (
        touched(await db.deleteFrom('users').where('id', '=', id).executeTakeFirstOrThrow()) > 0
      );
    },
    async count() {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      // PostgreSQL counts in bigint, which arrives as text unless parsed.
      return Number(row.n);
    },
  };
}

const toLoginSession = (row: Selectable<LoginSessionsTable>): LoginSession => ({
  tokenHash: row.token_hash,
  userId: row.user_id,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
});

export function loginSessionStore(db: Kysely<Database>): LoginSessionStore {
  // Every request signed in by cookie asks this.
  const owner = compiledOnce(db, (tokenHash: string) =>
    db
      .selectFrom('login_sessions')
      .innerJoin('users', 'users.id', 'login_sessions.user_id')
      .select(['users.id', 'users.role', 'login_sessions.expires_at'])
      .where('login_sessions.token_hash', '=', tokenHash),
  );
  return {
    async create(session) {
      await uniqueOrConflict('login session', () =>
        db
          .insertInto('login_sessions')
          .values({
            token_hash: session.tokenHash,
            user_id: session.userId,
            created_at: instant(session.createdAt, 'createdAt'),
            expires_at: instant(session.expiresAt, 'expiresAt'),
          })
          .execute(),
      );
    },
    async get(tokenHash) {
      const row = await db
        .selectFrom('login_sessions')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row && toLoginSession(row);
    },
    async findOwner(tokenHash) {
      const [row] = await owner(tokenHash);
      return row && { userId: row.id, role: row.role, expiresAt: row.expires_at };
    },
    async remove(tokenHash) {
      const result = await db
        .deleteFrom('login_sessions')
        .where('token_hash', '=', tokenHash)
        .executeTakeFirstOrThrow();
      return touched(result) > 0;
    },
    async removeForUser(userId) {
      const result = await db
        .deleteFrom('login_sessions')
        .where('user_id', '=', userId)
        .executeTakeFirstOrThrow();
      return touched(result);
    },
    async removeExpired(now) {
      const result = await db
        .deleteFrom('login_sessions')
        .where('expires_at', '<=', instant(now, 'now'))
        .executeTakeFirstOrThrow();
      return touched(result);
    },
  };
}

const toApiToken = (row: Selectable<ApiTokensTable>): ApiToken => ({
  id: row.id,
  userId: row.user_id,
  name: row.name,
  tokenHash: row.token_hash,
  createdAt: row.created_at,
  revokedAt: row.revoked_at ?? undefined,
});

export function apiTokenStore(db: Kysely<Database>): ApiTokenStore {
  // Every request signed in by Bearer token asks this.
  const owner = compiledOnce(db, (tokenHash: string) =>
    db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select(['users.id', 'users.role'])
      .where('api_tokens.token_hash', '=', tokenHash)
      .where('api_tokens.revoked_at', 'is', null),
  );
  return {
    async create(token) {
      await uniqueOrConflict('API token', () =>
        db
          .insertInto('api_tokens')
          .values({
            id: token.id,
            user_id: token.userId,
            name: token.name,
            token_hash: token.tokenHash,
            created_at: instant(token.createdAt, 'createdAt'),
            revoked_at: optionalInstant(token.revokedAt, 'revokedAt'),
          })
          .execute(),
      );
    },
    async findByHash(tokenHash) {
      const row = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row && toApiToken(row);
    },
    async findOwner(tokenHash) {
      const [row] = await owner(tokenHash);
      return row && { userId: row.id, role: row.role };
    },
    async listForUser(userId) {
      const rows = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toApiToken);
    },
    async revoke(userId, id, revokedAt) {
      const result = await db
        .updateTable('api_tokens')
        .set({ revoked_at: instant(revokedAt, 'revokedAt') })
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirstOrThrow();
      return touched(result) > 0;
    },
  };
}

export function rateLimitStore(db: Kysely<Database>): RateLimitStore {
  return {
    async hit(key, windowStart) {
      // One atomic upsert, so app processes sharing the database never lose a count. A
      // windowStart older than the stored one (a process with a lagging clock) counts in the
      // newer window rather than resetting it.
      const row = await db
        .insertInto('rate_limits')
        .values({ key, window_start: instant(windowStart, 'windowStart'), count: 1 })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            count: sql<number>`case when excluded.window_start > rate_limits.window_start then 1 else rate_limits.count + 1 end`,
            window_start: sql<string>`case when excluded.window_start > rate_limits.window_start then excluded.window_start else rate_limits.window_start end`,
          }),
        )
        .returning('count')
        .executeTakeFirstOrThrow();
      return row.count;
    },
    async reset(key) {
      await db.deleteFrom('rate_limits').where('key', '=', key).execute();
    },
  };
}
