import { InputError } from '../errors.js';
import type { GoalDistance } from '../plan/types.js';
import { parseQuantity } from '../units/quantity.js';

export const MILE_M = 1609.344;
export const HALF_MARATHON_M = 21097.5;
export const MARATHON_M = 42195;

export const GOAL_DISTANCE_M: Readonly<Record<GoalDistance, number>> = {
  '5k': 5000,
  '10k': 10000,
  half: HALF_MARATHON_M,
  marathon: MARATHON_M,
};

/**
 * Efforts the Daniels–Gilbert equations describe well: shorter races lean on anaerobic power,
 * longer ones on fuelling, and neither is what VDOT measures.
 */
export const RACE_DISTANCE_RANGE_M = { min: 1500, max: MARATHON_M } as const;

const ACCEPTED =
  'expected a race from 1500 m to 42,195 m: 1500, mile, 3k, 5k, 10k, 15k, half, marathon, ' +
  'or metres such as 3000m';

const NAMED_M = new Map([
  ['mile', MILE_M],
  ['half', HALF_MARATHON_M],
  ['half marathon', HALF_MARATHON_M],
  ['half-marathon', HALF_MARATHON_M],
  ['marathon', MARATHON_M],
]);

const METRES_PER_UNIT = new Map([
  ['', 1],
  ['m', 1],
  ['k', 1000],
  ['km', 1000],
  ['mi', MILE_M],
  ['mile', MILE_M],
  ['miles', MILE_M],
]);

/** Throws InputError unless distanceM is a race the formulas cover; text is what was typed. */
export function assertRaceDistanceM(
  distanceM: number,
  field?: string,
  text = `${distanceM} m`,
): void {
  const { min, max } = RACE_DISTANCE_RANGE_M;
  if (!(distanceM >= min && distanceM <= max)) {
    throw new InputError(`${field ?? 'race distance'} "${text}": ${ACCEPTED}`, field);
  }
}

/** Parses "5k", "half", "mile", "3000", "3000m", "10 mi"… into metres (1500 m – 42,195 m). */
export function parseRaceDistanceM(text: string, field?: string): number {
  const normalised = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const quantity = parseQuantity(normalised);
  const metresPerUnit = quantity && METRES_PER_UNIT.get(quantity.unit);
  const distanceM =
    NAMED_M.get(normalised) ??
    // Rounded to the millimetre so "42.195k" is exactly 42195.
    (quantity && metresPerUnit !== undefined
      ? Math.round(quantity.value * metresPerUnit * 1000) / 1000
      : Number.NaN);
  assertRaceDistanceM(distanceM, field, text);
  return distanceM;
}
