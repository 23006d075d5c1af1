export {
  ACUTE_DAYS,
  ACWR_SPIKE,
  ACWR_TARGET,
  type Acwr,
  type AcwrZone,
  acwr,
  CHRONIC_DAYS,
} from './acwr.js';
export type { DailyLoad } from './daily-load.js';
export { ATL_DAYS, CTL_DAYS, type FitnessDay, type FitnessSeed, fitnessSeries } from './fitness.js';
export {
  type LoadInput,
  type LoadMethod,
  OTHER_KIND_RPE,
  plannedSessionLoad,
  RUN_TYPE_RPE,
  SESSION_KINDS,
  type SessionKind,
  type SessionLoad,
  sessionLoad,
  THRESHOLD_ANCHOR,
  THRESHOLD_HRR,
  TRIMP_TO_SRPE,
} from './session-load.js';
export {
  isoWeekLabel,
  liftVolumeEntry,
  plannedVolumeEntries,
  type VolumeEntry,
  type WeekVolume,
  weeklyVolume,
} from './weekly-volume.js';
