import { InputError } from '../errors.js';
import { formatDuration } from '../units/duration.js';
import { assertRaceDistanceM } from './race-distance.js';

// Daniels & Gilbert, "Oxygen Power" (1979): oxygen cost of running at v m/min,
// VO2 = -4.60 + 0.182258 v + 0.000104 v² (ml/kg/min).
const COST_CONSTANT = -4.6;
const COST_LINEAR = 0.182258;
const COST_QUADRATIC = 0.000104;

/** The VDOT span the equations were fitted over and Daniels' tables cover. */
export const VDOT_RANGE = { min: 15, max: 90 } as const;

/** Oxygen cost (ml/kg/min) of running at velocityMPerMin on the flat (Daniels & Gilbert 1979). */
export function oxygenCost(velocityMPerMin: number): number {
  return COST_CONSTANT + COST_LINEAR * velocityMPerMin + COST_QUADRATIC * velocityMPerMin ** 2;
}

/** The velocity (m/min) whose oxygen cost is vo2: the positive root of the cost quadratic. */
export function velocityForOxygenCost(vo2: number): number {
  const c = COST_CONSTANT - vo2;
  const discriminant = COST_LINEAR ** 2 - 4 * COST_QUADRATIC * c;
  return (-COST_LINEAR + Math.sqrt(discriminant)) / (2 * COST_QUADRATIC);
}

/**
 * Fraction of VO2max a runner can hold for timeMin minutes (Daniels & Gilbert 1979):
 * 0.8 + 0.1894393 e^(-0.012778 t) + 0.2989558 e^(-0.1932605 t).
 */
export function fractionSustained(timeMin: number): number {
  return (
    0.8 + 0.1894393 * Math.exp(-0.012778 * timeMin) + 0.2989558 * Math.exp(-0.1932605 * timeMin)
  );
}

function vdotOf(distanceM: number, timeSec: number): number {
  const timeMin = timeSec / 60;
  return oxygenCost(distanceM / timeMin) / fractionSustained(timeMin);
}

// VDOT is shown to one decimal; the range check uses the same rounding so a message never
// calls "15.0" out of range, and a value accepted here is accepted by raceTimeSec.
const inVdotRange = (vdot: number): boolean => {
  const shown = Math.round(vdot * 10) / 10;
  return shown >= VDOT_RANGE.min && shown <= VDOT_RANGE.max;
};

/**
 * VDOT from a race, closed form: VO2(d/t) / f(t) (Daniels & Gilbert 1979). Guard rails: the
 * distance must be 1500 m – 42,195 m, the time above zero, and the result within 15–90;
 * otherwise InputError (field names the input it came from).
 */
export function vdotFromRace(distanceM: number, timeSec: number, field?: string): number {
  assertRaceDistanceM(distanceM, field);
  const label = field ?? 'race';
  if (!(timeSec > 0 && Number.isFinite(timeSec))) {
    throw new InputError(`${label} time ${timeSec} s: expected a time above zero`, field);
  }
  const vdot = vdotOf(distanceM, timeSec);
  if (!inVdotRange(vdot)) {
    throw new InputError(
      `${label} ${distanceM} m in ${formatDuration(timeSec)} gives VDOT ${vdot.toFixed(1)}, ` +
        `outside the ${VDOT_RANGE.min}–${VDOT_RANGE.max} these formulas and tables cover; ` +
        'check the distance and the time',
      field,
    );
  }
  return vdot;
}

/**
 * Equivalent race time (seconds, unrounded) at distanceM for a runner of this VDOT: solves
 * VO2(d/t) / f(t) = VDOT by bisection. For a fixed distance VDOT falls steadily as time grows,
 * and 1000 m/min (far above any VDOT of 90) to 20 m/min (where the cost turns negative) brackets
 * every answer, so it converges for VDOT 15–90 and any distance from 800 m to the marathon.
 */
export function raceTimeSec(vdot: number, distanceM: number): number {
  if (!inVdotRange(vdot)) throw new RangeError(`VDOT ${vdot} is outside 15–90`);
  if (!(distanceM > 0 && Number.isFinite(distanceM))) {
    throw new RangeError(`distance ${distanceM} m is not a distance`);
  }
  let fastSec = (distanceM / 1000) * 60;
  let slowSec = (distanceM / 20) * 60;
  // 60 halvings of a 50× bracket leave an error far below a millisecond.
  for (let i = 0; i < 60; i++) {
    const midSec = (fastSec + slowSec) / 2;
    if (vdotOf(distanceM, midSec) > vdot) fastSec = midSec;
    else slowSec = midSec;
  }
  return (fastSec + slowSec) / 2;
}
