import type { Kysely } from 'kysely';
import { ConflictError } from '../../app/ports.js';
import type { Database } from './schema.js';

const camel = (column: string) =>
  column.trim().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The columns a unique-constraint error names, or undefined for any other error. PostgreSQL
 * (code 23505) names them in `detail`: "Key (email)=(…) already exists."; SQLite in the
 * message: "UNIQUE constraint failed: users.email".
 */
function collidingColumns(error: unknown): string[] | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, detail, message } = error as {
    code?: unknown;
    detail?: unknown;
    message?: unknown;
  };
  if (code === '23505' && typeof detail === 'string') {
    return /Key \(([^)]*)\)=/.exec(detail)?.[1]?.split(',') ?? [];
  }
  if (
    (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') &&
    typeof message === 'string'
  ) {
    return message
      .replace(/^.*constraint failed: /, '')
      .split(',')
      .map((qualified) => qualified.slice(qualified.indexOf('.') + 1));
  }
  return undefined;
}

/** Runs a write; a unique-constraint violation comes out as a ConflictError naming the field. */
export async function uniqueOrConflict<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const columns = collidingColumns(error);
    if (columns === undefined) throw error;
    const field = columns.map(camel).join(', ');
    throw new ConflictError(`${what}: ${field || 'a unique value'} is already taken`, field);
  }
}

/** Rows an update or delete touched, the same on both drivers. */
export function touched(result: { numUpdatedRows: bigint } | { numDeletedRows: bigint }): number {
  return Number('numUpdatedRows' in result ? result.numUpdatedRows : result.numDeletedRows);
}

/** Runs fn in a transaction, or inside the caller's when there already is one. */
export function inTransaction<T>(
  db: Kysely<Database>,
  fn: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
