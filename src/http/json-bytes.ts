// Answers put together from JSON already written: the month's plan days arrive as JSON bytes
// (kept per plan version, see the db adapter) and go out as they are, so only the small
// done-session records are serialised per request.
import type { Context, TypedResponse } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { JSONParsed } from 'hono/utils/types';
import type { CalendarForJson, CalendarRange, JsonBytes } from '../app/ports.js';

const PLANNED_FIELD = Buffer.from('{"planned":');

/** The same JSON as JSON.stringify of the calendar with its plan days as objects. */
export function calendarJson({
  planned,
  runs,
  lifts,
  activities,
}: CalendarForJson): JsonBytes<CalendarRange> {
  const rest = `,"runs":${JSON.stringify(runs)},"lifts":${JSON.stringify(lifts)},"activities":${JSON.stringify(activities)}}`;
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
