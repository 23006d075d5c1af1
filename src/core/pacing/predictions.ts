import type { GoalDistance } from '../plan/types.js';
import { GOAL_DISTANCE_M } from './race-distance.js';
import { raceTimeSec } from './vdot.js';

/**
 * Equivalent race times (whole seconds) at the four goal distances for a VDOT, as in table 5.1
 * of Daniels' Running Formula. Marathon times predicted from short races are optimistic:
 * Vickers & Vertosick (2016, 2,303 runners) found half of recreational runners at least 10 min
 * slower, more so on low weekly volume. Say so wherever a marathon prediction is shown.
 */
export function predictions(vdot: number): Record<GoalDistance, number> {
  const timeAt = (goal: GoalDistance): number =>
    Math.round(raceTimeSec(vdot, GOAL_DISTANCE_M[goal]));
  return {
    '5k': timeAt('5k'),
    '10k': timeAt('10k'),
    half: timeAt('half'),
    marathon: timeAt('marathon'),
  };
}
