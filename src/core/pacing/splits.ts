export type SplitStyle = 'even' | 'negative';

export interface Split {
  /** Distance covered at the end of this split. */
  atM: number;
  splitSec: number;
  cumulativeSec: number;
}

/**
 * For a negative split the second half is run this much quicker per km than the first: a
 * little held back early, which costs less than fading late.
 */
export const NEGATIVE_SPLIT_FRACTION = 0.02;

/** Seconds elapsed at atM when the race is run to plan, unrounded. */
function plannedTimeAt(atM: number, distanceM: number, goalSec: number, style: SplitStyle) {
  if (style === 'even') return (goalSec * atM) / distanceM;
  const halfM = distanceM / 2;
  const firstSecPerM = goalSec / (halfM * (2 - NEGATIVE_SPLIT_FRACTION));
  const secondSecPerM = firstSecPerM * (1 - NEGATIVE_SPLIT_FRACTION);
  return atM <= halfM ? firstSecPerM * atM : firstSecPerM * halfM + secondSecPerM * (atM - halfM);
}

/**
 * Race-day splits every splitM metres (the last may be shorter). Cumulative times are rounded
 * to whole seconds and each split is the difference, so the splits add up to the goal time
 * exactly (the goal itself is rounded to the second).
 */
export function splitPlan(
  distanceM: number,
  goalTimeSec: number,
  style: SplitStyle,
  splitM = 1000,
): Split[] {
  for (const [name, value] of [
    ['distanceM', distanceM],
    ['goalTimeSec', goalTimeSec],
    ['splitM', splitM],
  ] as const) {
    if (!(value > 0 && Number.isFinite(value))) throw new RangeError(`${name} ${value}: not > 0`);
  }
  const goalSec = Math.round(goalTimeSec);
  const marksM: number[] = [];
  for (let i = 1; i * splitM < distanceM; i++) marksM.push(i * splitM);
  marksM.push(distanceM);

  let previousSec = 0;
  return marksM.map((atM) => {
    const cumulativeSec =
      atM === distanceM ? goalSec : Math.round(plannedTimeAt(atM, distanceM, goalSec, style));
    const split = { atM, splitSec: cumulativeSec - previousSec, cumulativeSec };
    previousSec = cumulativeSec;
    return split;
  });
}
