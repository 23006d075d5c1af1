import { InputError } from '../errors.js';
import type { Experience } from '../plan/types.js';
import { formatPace } from '../units/pace.js';
import { easyRangeSecPerKm } from './training-paces.js';
import { VDOT_RANGE } from './vdot.js';

/**
 * Deliberately cautious starting points when there is no race: paces a little too slow cost
 * little, while paces too fast turn easy days hard and stack up fatigue.
 */
export const DEFAULT_VDOT: Readonly<Record<Experience, number>> = {
  beginner: 30,
  intermediate: 38,
  advanced: 46,
};

const RUNNER: Readonly<Record<Experience, string>> = {
  beginner: 'a beginner',
  intermediate: 'an intermediate runner',
  advanced: 'an advanced runner',
};

export interface VdotEstimate {
  vdot: number;
  /** One plain sentence on how the figure was found, for the runner to read. */
  source: string;
}

const easyMidSecPerKm = (vdot: number): number => {
  const [fast, slow] = easyRangeSecPerKm(vdot);
  return (fast + slow) / 2;
};

/** The VDOT whose easy range is centred on this pace; easy pace slows as VDOT falls. */
function vdotForEasyPace(easyPaceSecPerKm: number): number {
  let low: number = VDOT_RANGE.min;
  let high: number = VDOT_RANGE.max;
  for (let i = 0; i < 40; i++) {
    const mid = (low + high) / 2;
    if (easyMidSecPerKm(mid) > easyPaceSecPerKm) low = mid;
    else high = mid;
  }
  return Math.round(((low + high) / 2) * 10) / 10;
}

/** A VDOT for a runner without a race: from their usual easy pace if given, else by experience. */
export function estimateVdot(input: {
  experience: Experience;
  easyPaceSecPerKm?: number;
}): VdotEstimate {
  const { experience, easyPaceSecPerKm } = input;
  if (easyPaceSecPerKm === undefined) {
    const vdot = DEFAULT_VDOT[experience];
    return {
      vdot,
      source:
        `No recent race was given, so paces use a cautious VDOT of ${vdot} for ` +
        `${RUNNER[experience]}; a 5K time trial or a recent race would set them from your real ` +
        'fitness.',
    };
  }
  if (!Number.isFinite(easyPaceSecPerKm)) throw new RangeError(`easy pace ${easyPaceSecPerKm}`);
  const slowestSecPerKm = easyMidSecPerKm(VDOT_RANGE.min);
  const fastestSecPerKm = easyMidSecPerKm(VDOT_RANGE.max);
  if (easyPaceSecPerKm < fastestSecPerKm || easyPaceSecPerKm > slowestSecPerKm) {
    throw new InputError(
      `easy pace ${formatPace(easyPaceSecPerKm, 'km')}: expected ` +
        `${formatPace(fastestSecPerKm, 'km')} to ${formatPace(slowestSecPerKm, 'km')}, ` +
        `the easy paces of VDOT ${VDOT_RANGE.min}–${VDOT_RANGE.max}`,
      'easyPaceSecPerKm',
    );
  }
  const vdot = vdotForEasyPace(easyPaceSecPerKm);
  return {
    vdot,
    source:
      `Estimated from the easy pace you gave: VDOT ${vdot.toFixed(1)} is the fitness whose easy ` +
      'range is centred on it. A recent race or time trial would give surer paces.',
  };
}
