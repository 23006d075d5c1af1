// Turns CLI flags and a profile file into a PlanInput. Flags win over the profile; numbers a
// person types may carry units ("185lb", "6ft1in", "15mi"), whatever --units says.
import { parseIsoDate, parseWeekday, WEEKDAYS } from '../core/dates/calendar.js';
import { InputError } from '../core/errors.js';
import { parseRaceResult } from '../core/pacing/index.js';
import type {
  Body,
  Equipment,
  Experience,
  Focus,
  GoalDistance,
  PlanInput,
  Sex,
  Units,
  Weekday,
} from '../core/plan/types.js';
import { parseDistanceKm, parseHeightCm, parseMassKg } from '../core/units/index.js';

/** The profile file and the flags share these names (the flags in kebab-case). */
export interface ProfileOptions {
  distance?: string;
  weeks?: string | number;
  raceDate?: string;
  start?: string;
  focus?: string;
  days?: string | string[];
  minutes?: string | Record<string, number>;
  longRunDay?: string;
  weeklyKm?: string | number;
  weeklyMi?: string | number;
  recent?: string;
  sex?: string;
  age?: string | number;
  height?: string | number;
  weight?: string | number;
  bodyFat?: string | number;
  experience?: string;
  equipment?: string;
  upperEmphasis?: boolean;
  heat?: boolean;
  units?: string;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  const v = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new InputError(`--${flag} "${value}": expected one of ${allowed.join(', ')}`, flag);
}

function wholeNumber(value: string | number, flag: string, lo: number, hi: number): number {
  const n = typeof value === 'number' ? value : Number(value.trim());
  if (!Number.isFinite(n) || !Number.isInteger(n) || n < lo || n > hi)
    throw new InputError(`--${flag} "${value}": expected a whole number from ${lo} to ${hi}`, flag);
  return n;
}

function required<T>(value: T | undefined, flag: string, example: string): T {
  if (value === undefined || value === '')
    throw new InputError(`--${flag} is required (e.g. --${flag} ${example})`, flag);
  return value;
}

export const DISTANCES: readonly GoalDistance[] = ['5k', '10k', 'half', 'marathon'];
export const FOCI: readonly Focus[] = ['endurance', 'balanced', 'muscle'];
export const EXPERIENCES: readonly Experience[] = ['beginner', 'intermediate', 'advanced'];
export const EQUIPMENT: readonly Equipment[] = ['gym', 'home', 'bodyweight'];
export const SEXES: readonly Sex[] = ['male', 'female'];
export const UNITS: readonly Units[] = ['km', 'mi'];

export function parseDays(value: string | string[], flag = 'days'): Weekday[] {
  const list = Array.isArray(value) ? value : value.split(',');
  const days = list.map((d) => parseWeekday(d, flag));
  // Keep Monday-first order so plans read the same however the days were typed.
  return WEEKDAYS.filter((d) => days.includes(d));
}

/** "mon=45,sat=120" → minutes per weekday. */
export function parseMinutes(
  value: string | Record<string, number>,
): Partial<Record<Weekday, number>> {
  const entries =
    typeof value === 'string' ? value.split(',').map((p) => p.split('=')) : Object.entries(value);
  const out: Partial<Record<Weekday, number>> = {};
  for (const [day, minutes] of entries) {
    if (day === undefined || minutes === undefined || String(minutes).trim() === '')
      throw new InputError(
        `--minutes "${String(value)}": expected day=minutes pairs like mon=45,sat=120`,
        'minutes',
      );
    out[parseWeekday(String(day), 'minutes')] = wholeNumber(String(minutes), 'minutes', 10, 600);
  }
  return out;
}

export function unitsOf(o: ProfileOptions): Units {
  return o.units ? oneOf(o.units, UNITS, 'units') : 'km';
}

export function toFocus(o: ProfileOptions): Focus {
  return oneOf(o.focus ?? 'balanced', FOCI, 'focus');
}

export function toBody(o: ProfileOptions): Body {
  const body: Body = {
    sex: oneOf(required(o.sex, 'sex', 'female'), SEXES, 'sex'),
    ageYears: wholeNumber(required(o.age, 'age', '30'), 'age', 14, 100),
    heightCm: parseHeightCm(String(required(o.height, 'height', '178')), 'height'),
    weightKg: parseMassKg(String(required(o.weight, 'weight', '72')), 'weight'),
  };
  if (o.bodyFat !== undefined)
    body.bodyFatPct = wholeNumber(String(o.bodyFat).replace('%', ''), 'body-fat', 3, 60);
  return body;
}

export function toPlanInput(o: ProfileOptions, today: string): PlanInput {
  const units = unitsOf(o);
  const distance = oneOf(required(o.distance, 'distance', '10k'), DISTANCES, 'distance');
  const days = parseDays(o.days ?? 'mon,tue,thu,fri,sat,sun');
  const longRunDay = parseWeekday(
    o.longRunDay ?? (days.includes('sat') ? 'sat' : (days[days.length - 1] ?? 'sat')),
    'long-run-day',
  );
  let weeklyKm: number;
  if (o.weeklyMi !== undefined) weeklyKm = parseDistanceKm(String(o.weeklyMi), 'mi', 'weekly-mi');
  else
    weeklyKm = parseDistanceKm(String(required(o.weeklyKm, 'weekly-km', '25')), 'km', 'weekly-km');
  const input: PlanInput = {
    distance,
    start: parseIsoDate(o.start ?? today, 'start'),
    focus: toFocus(o),
    weeklyKm: Math.round(weeklyKm * 10) / 10,
    days,
    longRunDay,
    experience: oneOf(o.experience ?? 'intermediate', EXPERIENCES, 'experience'),
    body: toBody(o),
    equipment: oneOf(o.equipment ?? 'gym', EQUIPMENT, 'equipment'),
  };
  if (o.raceDate) input.raceDate = parseIsoDate(o.raceDate, 'race-date');
  else input.weeks = wholeNumber(o.weeks ?? 12, 'weeks', 1, 100);
  if (o.minutes) input.minutesPerDay = parseMinutes(o.minutes);
  if (o.recent) input.recent = parseRaceResult(o.recent, 'recent');
  if (o.units) input.units = units;
  if (o.upperEmphasis) input.upperEmphasis = true;
  if (o.heat) input.heat = true;
  return input;
}
