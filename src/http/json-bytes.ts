// Answers put together from JSON already written: the month's plan days arrive as JSON bytes
// (kept per plan version) and the done sessions as JSON text written by the database (see the
// db adapter), and go out as they are.
import type { Context, TypedResponse } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { JSONParsed } from 'hono/utils/types';
import type { CalendarForJson, CalendarRange, JsonBytes } from '../app/ports.js';

const PLANNED_FIELD = Buffer.from('{"planned":');

/** JSON of the calendar, each part as the store wrote it. */
export function calendarJson({
  planned,
  runs,
  lifts,
  activities,
}: CalendarForJson): JsonBytes<CalendarRange> {
  const rest = `,"runs":${runs},"lifts":${lifts},"activities":${activities}}`;
  return Buffer.concat([PLANNED_FIELD, planned, Buffer.from(rest)]) as JsonBytes<CalendarRange>;
}

/** Sends JSON bytes as c.json would send the value they stand for, typed the same way. */
export function jsonAnswer<T, S extends ContentfulStatusCode>(
  c: Context,
  json: JsonBytes<T>,
  status: S,
): Response & TypedResponse<JSONParsed<T>, S, 'json'> {
  // The bytes are the JSON of a T by construction; only the type has to be told.
  return c.body(json, status, { 'Content-Type': 'application/json' }) as unknown as Response &
    TypedResponse<JSONParsed<T>, S, 'json'>;
}
