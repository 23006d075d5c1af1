export { haversineM, type TrackPoint, trackDistanceM } from './distance.js';
export { ELEVATION_THRESHOLD_M, elevationGainM } from './elevation-gain.js';
export {
  PAUSE_GAP_SEC,
  type RecordingTimes,
  recordingTimes,
  STANDING_SPEED_MPS,
} from './moving-time.js';
export { type ActivitySummary, type SummaryOptions, summarize } from './summary.js';
export { banisterTrimp } from './trimp.js';
export type * from './types.js';
