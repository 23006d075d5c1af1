// Values on their way into the database, checked and written one way so both databases hold
// (and give back) the same text for the same record.
import { parseIsoDate } from '../../core/dates/calendar.js';
import { InputError } from '../../core/errors.js';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An ISO 8601 timestamp with a zone, rewritten as UTC with milliseconds
 * (2027-01-18T06:30:00.000Z): PostgreSQL gives instants back in that form, and in SQLite the
 * one fixed form is what makes text comparison follow time.
 */
export function instant(text: string, field: string): string {
  const ms = ISO_INSTANT.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new InputError(
      `${field} "${text}": expected an ISO 8601 timestamp with a zone, e.g. 2027-01-18T06:30:00Z`,
      field,
    );
  }
  return new Date(ms).toISOString();
}

export function optionalInstant(text: string | undefined, field: string): string | null {
  return text === undefined ? null : instant(text, field);
}

/** A calendar date, checked (SQLite would store any text; PostgreSQL would reject it). */
export function calendarDate(text: string, field = 'date'): string {
  return parseIsoDate(text, field);
}

export function optionalCalendarDate(text: string | undefined, field: string): string | null {
  return text === undefined ? null : calendarDate(text, field);
}

export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

export function fromJson<T>(text: string): T {
  return JSON.parse(text) as T;
}
