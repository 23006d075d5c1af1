import { InputError } from '../errors.js';
import type { Units } from '../plan/types.js';
import { KM_PER_MI } from './conversions.js';
import { formatDuration } from './duration.js';

/**
 * Paces people can actually type for running: 2:00/km is faster than any world record over
 * 1500 m or more; 20:00/km is a slow walk. Outside that range the input is almost surely a slip.
 */
export const PACE_RANGE_SEC_PER_KM = { min: 120, max: 1200 } as const;

const secPerUnit = (secPerKm: number, units: Units): number =>
  units === 'mi' ? secPerKm * KM_PER_MI : secPerKm;

/** 272 s/km → "4:32/km"; 272 s/km in miles → "7:18/mi". Rounds to whole seconds per unit. */
export function formatPace(secPerKm: number, units: Units): string {
  return `${formatDuration(secPerUnit(secPerKm, units))}/${units}`;
}

/** [331, 374] → "5:31–6:14/km": fast end first, as in Paces. */
export function formatPaceRange(
  [fastSecPerKm, slowSecPerKm]: readonly [number, number],
  units: Units,
): string {
  const fast = formatDuration(secPerUnit(fastSecPerKm, units));
  const slow = formatDuration(secPerUnit(slowSecPerKm, units));
  return `${fast}–${slow}/${units}`;
}

const PACE = /^(\d{1,2}):([0-5]\d)\s*(?:min)?\s*\/\s*(km|mi|mile|miles)$/i;

/** Parses "4:32/km" or "7:18/mi" (also "7:18 min/mile") into seconds per km. */
export function parsePace(text: string, field?: string): number {
  const label = field ?? 'pace';
  const match = PACE.exec(text.trim());
  if (!match) {
    throw new InputError(`${label} "${text}": expected m:ss/km or m:ss/mi, e.g. 4:32/km`, field);
  }
  const secPerUnitTyped = Number(match[1]) * 60 + Number(match[2]);
  const units: Units = match[3]?.toLowerCase() === 'km' ? 'km' : 'mi';
  // Check in the unit typed, against the whole-second bounds the message shows.
  const { min, max } = PACE_RANGE_SEC_PER_KM;
  const minTyped = Math.round(secPerUnit(min, units));
  const maxTyped = Math.round(secPerUnit(max, units));
  if (secPerUnitTyped < minTyped || secPerUnitTyped > maxTyped) {
    throw new InputError(
      `${label} "${text}": expected a running pace between ${formatPace(min, 'km')} and ` +
        `${formatPace(max, 'km')} (${formatPace(min, 'mi')}–${formatPace(max, 'mi')})`,
      field,
    );
  }
  return units === 'mi' ? secPerUnitTyped / KM_PER_MI : secPerUnitTyped;
}
