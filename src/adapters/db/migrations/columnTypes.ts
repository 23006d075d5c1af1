import { type ColumnDataType, type Kysely, PostgresAdapter } from 'kysely';

/**
 * Column types for the values whose best type differs between the two databases. PostgreSQL
 * gets its native types; SQLite, which has no date, JSON or timestamp type, stores ISO text
 * (which sorts and compares in time order) and JSON text.
 */
export function columnTypes(db: Kysely<unknown>): {
  timestamp: ColumnDataType;
  date: ColumnDataType;
  json: ColumnDataType;
  bytes: ColumnDataType;
} {
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? { timestamp: 'timestamptz', date: 'date', json: 'jsonb', bytes: 'bytea' }
    : { timestamp: 'text', date: 'text', json: 'text', bytes: 'blob' };
}
