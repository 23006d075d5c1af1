export { decodeFit } from './decode.js';
export { encodeWorkoutFit, type WorkoutFitOptions } from './encode-workout.js';
export { planWorkoutFiles, type WorkoutFile } from './plan-workout-files.js';
export type { FitMessageName } from './profile.js';
export { FitRecords } from './records.js';
export { activitySport, fitToActivity } from './to-activity.js';
export {
  type FitDeveloperFields,
  FitError,
  type FitFile,
  type FitHeader,
  type FitMessage,
  type FitMessageKind,
  type FitScalar,
  type FitValue,
} from './types.js';
