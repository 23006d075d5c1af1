import { InputError } from '../errors.js';
import type { Units } from '../plan/types.js';
import { KM_PER_MI, kmToMi } from './conversions.js';
import { parseQuantity } from './quantity.js';

/** Larger than any week or run a person could mean; above it the input is a slip. */
export const MAX_DISTANCE_KM = 1000;

const KM_PER_UNIT = new Map([
  ['km', 1],
  ['k', 1],
  ['kms', 1],
  ['mi', KM_PER_MI],
  ['mile', KM_PER_MI],
  ['miles', KM_PER_MI],
]);

/** 10 → "10.0 km"; 10 in miles → "6.2 mi". */
export function formatDistance(km: number, units: Units, decimals = 1): string {
  const value = units === 'mi' ? kmToMi(km) : km;
  return `${value.toFixed(decimals)} ${units}`;
}

/**
 * Parses "25" (in defaultUnit), "25km", "15mi" or "15.5 mi" into km. Zero is accepted: a runner
 * starting out may truly run 0 km a week. "m" is refused because people use it for both metres
 * and miles.
 */
export function parseDistanceKm(text: string, defaultUnit: Units, field?: string): number {
  const label = field ?? 'distance';
  const quantity = parseQuantity(text);
  const kmPerUnit = quantity && KM_PER_UNIT.get(quantity.unit || defaultUnit);
  if (!quantity || kmPerUnit === undefined) {
    throw new InputError(
      `${label} "${text}": expected a number of km or mi, e.g. 25, 25km or 15.5mi`,
      field,
    );
  }
  const km = quantity.value * kmPerUnit;
  if (km > MAX_DISTANCE_KM) {
    throw new InputError(`${label} "${text}": expected at most ${MAX_DISTANCE_KM} km`, field);
  }
  return km;
}
