// Semantic checks on a plan input that a type cannot express: ranges, and days that make sense.
import { parseIsoDate, WEEKDAYS } from '../dates/calendar.js';
import { InputError } from '../errors.js';
import { assertBody } from '../fuel/body.js';
import { GOAL_DISTANCE_M } from '../pacing/index.js';
import type { PlanError } from './result.js';
import type { PlanInput } from './types.js';

const inputError = (field: string, message: string, fix: string): PlanError => ({
  rule: 'input',
  field,
  message,
  fix,
});

function range(
  value: number | undefined,
  field: string,
  lo: number,
  hi: number,
  unit: string,
): PlanError | undefined {
  if (value === undefined) return undefined;
  if (!Number.isFinite(value) || value < lo || value > hi)
    return inputError(
      field,
      `${field} ${value}: expected ${lo}–${hi} ${unit}`,
      `give ${field} between ${lo} and ${hi} ${unit}`,
    );
  return undefined;
}

export function checkPlanInput(input: PlanInput): PlanError | undefined {
  for (const [field, date] of [
    ['start', input.start],
    ['race-date', input.raceDate],
  ] as const) {
    if (date === undefined) continue;
    try {
      parseIsoDate(date, field);
    } catch (e) {
      if (e instanceof InputError)
        return inputError(field, e.message, 'write the date as YYYY-MM-DD');
      throw e;
    }
  }
  if (!(input.distance in GOAL_DISTANCE_M))
    return inputError(
      'distance',
      `distance "${input.distance}": expected 5k, 10k, half or marathon`,
      'pick one of 5k, 10k, half, marathon',
    );
  const unknown = input.days.find((d) => !WEEKDAYS.includes(d));
  if (unknown)
    return inputError(
      'days',
      `day "${unknown}": expected ${WEEKDAYS.join(', ')}`,
      'list weekdays like mon,wed,sat',
    );
  if (new Set(input.days).size !== input.days.length)
    return inputError(
      'days',
      `days ${input.days.join(',')}: a day is listed twice`,
      'list each weekday once',
    );
  for (const [day, minutes] of Object.entries(input.minutesPerDay ?? {})) {
    const bad = range(minutes, `minutes for ${day}`, 10, 600, 'minutes');
    if (bad) return bad;
  }
  try {
    assertBody(input.body);
  } catch (e) {
    if (e instanceof InputError)
      return inputError(e.field ?? 'body', e.message, 'correct the body measurements');
    throw e;
  }
  return range(input.weeklyKm, 'weekly-km', 0, 250, 'km');
}
