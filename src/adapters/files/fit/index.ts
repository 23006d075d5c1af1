export { decodeFit } from './decode.js';
export { encodeWorkoutFit, type WorkoutFitOptions } from './encode-workout.js';
export { planWorkoutFiles, type WorkoutFile } from './plan-workout-files.js';
export type { FitMessageName } from './profile.js';
export { activitySport, fitToActivity } from './to-activity.js';
export {
  type FitDeveloperFields,
  FitError,
  type FitFile,
  type FitHeader,
  type FitMessage,
  type FitScalar,
  type FitValue,
} from './types.js';
