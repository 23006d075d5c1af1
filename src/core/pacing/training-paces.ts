import type { Paces } from '../plan/types.js';
import { MARATHON_M } from './race-distance.js';
import { raceTimeSec, velocityForOxygenCost } from './vdot.js';

// Daniels never publishes how table 5.2 of Daniels' Running Formula (3rd ed.) was built. These
// constants reproduce it: each pace is the speed whose oxygen cost is a fixed share of VDOT.
// Checked against the table for VDOT 30–85 (training-paces.test.ts): E within 4 s/km,
// T and I within 2 s/km.
const EASY_FAST_FRACTION = 0.73;
const EASY_SLOW_FRACTION = 0.63;
const THRESHOLD_FRACTION = 0.88;
const INTERVAL_FRACTION = 0.974;

// M pace is the equivalent marathon race pace, except that the table slows it for runners below
// VDOT 50 (by 2.8 % at VDOT 30, 0.7 % at 40). A quadratic in the shortfall fits within 1 s/km;
// it is held at its VDOT 30 value below that, where the table stops, instead of extrapolated.
const MARATHON_SLOWING_PER_VDOT_SQUARED = 0.00007;
const MARATHON_SLOWING_FROM_VDOT = 50;
const MARATHON_SLOWING_MAX_SHORTFALL = 20;

// R pace sits a little faster than I pace: about 21 s/km at VDOT 30, 16 s/km at VDOT 80 in
// the table. A straight line through those fits the printed 200 m and 400 m times within 5 s/km.
const repetitionGapSecPerKm = (vdot: number): number => 24 - 0.1 * vdot;

/** Seconds per km of the speed whose oxygen cost is this fraction of VDOT. */
const secPerKmAtFraction = (vdot: number, fraction: number): number =>
  60_000 / velocityForOxygenCost(fraction * vdot);

/** The easy range [fast, slow] in s/km, unrounded: the fast end is the higher effort. */
export function easyRangeSecPerKm(vdot: number): [number, number] {
  return [
    secPerKmAtFraction(vdot, EASY_FAST_FRACTION),
    secPerKmAtFraction(vdot, EASY_SLOW_FRACTION),
  ];
}

function marathonSecPerKm(vdot: number): number {
  const shortfall = Math.min(
    MARATHON_SLOWING_MAX_SHORTFALL,
    Math.max(0, MARATHON_SLOWING_FROM_VDOT - vdot),
  );
  const racePace = raceTimeSec(vdot, MARATHON_M) / (MARATHON_M / 1000);
  return racePace * (1 + MARATHON_SLOWING_PER_VDOT_SQUARED * shortfall ** 2);
}

/**
 * Daniels' five training paces for a VDOT (15–90), in whole seconds per km. VDOT is first
 * rounded to one decimal, the precision it is shown with, so trainingPaces(paces.vdot)
 * reproduces the same paces.
 */
export function trainingPaces(vdot: number): Paces {
  const shownVdot = Math.round(vdot * 10) / 10;
  const [easyFast, easySlow] = easyRangeSecPerKm(shownVdot);
  const interval = secPerKmAtFraction(shownVdot, INTERVAL_FRACTION);
  return {
    vdot: shownVdot,
    easySecPerKm: [Math.round(easyFast), Math.round(easySlow)],
    marathonSecPerKm: Math.round(marathonSecPerKm(shownVdot)),
    thresholdSecPerKm: Math.round(secPerKmAtFraction(shownVdot, THRESHOLD_FRACTION)),
    intervalSecPerKm: Math.round(interval),
    repetitionSecPerKm: Math.round(interval - repetitionGapSecPerKm(shownVdot)),
  };
}
