// The athlete's profile: body, focus, week and equipment, from which plans are made.
import { WEEKDAYS } from '../core/dates/calendar.js';
import { InputError } from '../core/errors.js';
import { parseRaceResult, vdotFromRace } from '../core/pacing/index.js';
import type {
  Body,
  Equipment,
  Experience,
  Focus,
  RaceResult,
  Sex,
  Units,
  Weekday,
} from '../core/plan/types.js';
import { type Actor, authorize } from './access.js';
import { NotFoundError } from './errors.js';
import type { AthleteProfile } from './ports.js';
import type { Services } from './services.js';

/** The profile as the API reads and writes it. */
export interface ProfileFields {
  sex: Sex;
  age: number;
  heightCm: number;
  weightKg: number;
  bodyFatPct?: number;
  focus: Focus;
  days: Weekday[];
  longRunDay: Weekday;
  weeklyKm: number;
  experience: Experience;
  equipment: Equipment;
  units: Units;
  /** A recent race: "5k=24:30", or the parsed form this API hands back. */
  recent?: string | RaceResult;
}

export interface ProfileView extends ProfileFields {
  athleteId: string;
  recent?: RaceResult;
  updatedAt: string;
}

export function profileView(p: AthleteProfile): ProfileView {
  return {
    athleteId: p.athleteId,
    sex: p.sex,
    age: p.ageYears,
    heightCm: p.heightCm,
    weightKg: p.weightKg,
    ...(p.bodyFatPct !== undefined && { bodyFatPct: p.bodyFatPct }),
    focus: p.focus,
    days: p.days,
    longRunDay: p.longRunDay,
    weeklyKm: p.weeklyKm,
    experience: p.experience,
    equipment: p.equipment,
    units: p.units,
    ...(p.recent !== undefined && { recent: p.recent }),
    updatedAt: p.updatedAt,
  };
}

/** The body the core's energy maths needs; weightKg overrides the profile's (a newer weigh-in). */
export function bodyOf(profile: AthleteProfile, weightKg = profile.weightKg): Body {
  return {
    sex: profile.sex,
    ageYears: profile.ageYears,
    heightCm: profile.heightCm,
    weightKg,
    ...(profile.bodyFatPct !== undefined && { bodyFatPct: profile.bodyFatPct }),
  };
}

export async function getProfile(
  s: Services,
  actor: Actor | undefined,
  athleteId: string,
): Promise<ProfileView> {
  await authorize(s.store.coachLinks, actor, 'read', athleteId);
  const profile = await s.store.profiles.get(athleteId);
  if (!profile) throw new NotFoundError('profile');
  return profileView(profile);
}

/** Creates or replaces the profile. A race given as text goes through the pacing parser. */
export async function putProfile(
  s: Services,
  actor: Actor | undefined,
  athleteId: string,
  fields: ProfileFields,
): Promise<ProfileView> {
  await authorize(s.store.coachLinks, actor, 'write', athleteId);
  if (new Set(fields.days).size !== fields.days.length) {
    throw new InputError(`days ${fields.days.join(',')}: list each weekday once`, 'days');
  }
  const profile: AthleteProfile = {
    athleteId,
    sex: fields.sex,
    ageYears: fields.age,
    heightCm: fields.heightCm,
    weightKg: fields.weightKg,
    ...(fields.bodyFatPct !== undefined && { bodyFatPct: fields.bodyFatPct }),
    focus: fields.focus,
    // Monday first, however they were sent, so the stored week reads the same everywhere.
    days: WEEKDAYS.filter((d) => fields.days.includes(d)),
    longRunDay: fields.longRunDay,
    weeklyKm: fields.weeklyKm,
    experience: fields.experience,
    equipment: fields.equipment,
    units: fields.units,
    ...(fields.recent !== undefined && { recent: raceResult(fields.recent) }),
    updatedAt: s.clock.now(),
  };
  await s.store.profiles.put(profile);
  return profileView(profile);
}

function raceResult(recent: string | RaceResult): RaceResult {
  if (typeof recent === 'string') return parseRaceResult(recent, 'recent');
  // The object form (as GET hands it back) gets the same plausibility check as the text.
  vdotFromRace(recent.distanceM, recent.timeSec, 'recent');
  return { distanceM: recent.distanceM, timeSec: recent.timeSec };
}
