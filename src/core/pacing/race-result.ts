import { InputError } from '../errors.js';
import type { RaceResult } from '../plan/types.js';
import { parseDurationSec } from '../units/duration.js';
import { parseRaceDistanceM } from './race-distance.js';
import { vdotFromRace } from './vdot.js';

/**
 * Parses "5k=22:30" or "half=1:45:10" (a space may stand for "=") into a race result, and
 * checks its VDOT falls within 15–90 so a typo cannot silently become a training plan.
 */
export function parseRaceResult(text: string, field?: string): RaceResult {
  const trimmed = text.trim();
  const cut = trimmed.includes('=') ? trimmed.lastIndexOf('=') : trimmed.search(/\s\S+$/);
  if (cut <= 0) {
    throw new InputError(
      `${field ?? 'race'} "${text}": expected distance=time, e.g. 5k=22:30 or half=1:45:10`,
      field,
    );
  }
  const distanceM = parseRaceDistanceM(trimmed.slice(0, cut), field);
  const timeSec = parseDurationSec(trimmed.slice(cut + 1), field);
  vdotFromRace(distanceM, timeSec, field);
  return { distanceM, timeSec };
}
