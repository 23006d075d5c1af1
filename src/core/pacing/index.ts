export { DEFAULT_VDOT, estimateVdot, type VdotEstimate } from './estimate.js';
export { predictions } from './predictions.js';
export {
  assertRaceDistanceM,
  GOAL_DISTANCE_M,
  HALF_MARATHON_M,
  MARATHON_M,
  MILE_M,
  parseRaceDistanceM,
  RACE_DISTANCE_RANGE_M,
} from './race-distance.js';
export { parseRaceResult } from './race-result.js';
export { NEGATIVE_SPLIT_FRACTION, type Split, type SplitStyle, splitPlan } from './splits.js';
export { easyRangeSecPerKm, trainingPaces } from './training-paces.js';
export {
  fractionSustained,
  oxygenCost,
  raceTimeSec,
  VDOT_RANGE,
  vdotFromRace,
  velocityForOxygenCost,
} from './vdot.js';
