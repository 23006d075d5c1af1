// The run workout library: what the plan generator calls to turn a run type and size into steps.
export { buildRun, minTargetKm } from './build.js';
export { estimateDistanceM, estimateDurationSec, estimateKm, estimateMin } from './estimate.js';
export { HARD_RUN_TYPES, isHardRun } from './hard.js';
export { RACE_DISTANCE_M } from './race.js';
export { MAX_TARGET_KM, type RunSpec } from './spec.js';
