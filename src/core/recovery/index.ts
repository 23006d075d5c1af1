export { assertCheckIns, type CheckInInput, reportsPain } from './check-in.js';
export { type PainEpisode, PERSISTENT_PAIN, painActive, persistentPain } from './pain.js';
export {
  LAGGING,
  READINESS_WEIGHTS,
  type Readiness,
  type ReadinessBand,
  type ReadinessFactor,
  type ReadinessFactorName,
  readiness,
  SLEEP_TARGET_HOURS,
} from './readiness.js';
