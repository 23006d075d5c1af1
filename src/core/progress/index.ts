export * from './body-trend.js';
export {
  type Compliance,
  compliance,
  type DoneSession,
  MOVED_WITHIN_DAYS,
  matchSessions,
  type PlannedRef,
  recentCompliance,
  type SessionMatch,
} from './compliance.js';
export * from './increment.js';
export * from './lift-history.js';
export {
  brzycki1rmKg,
  type E1rmLogInput,
  type E1rmPoint,
  type E1rmSetInput,
  type ExerciseE1rm,
  e1rmHistory,
  epley1rmKg,
  estimate1rmKg,
  MAX_REPS,
  MAX_REPS_TO_FAILURE,
  percentOf1rm,
  RTS_PERCENT_1RM,
} from './one-rep-max.js';
export * from './strength-progression.js';
