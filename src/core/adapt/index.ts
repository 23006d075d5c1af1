export { type AdaptData, type Adapted, adaptPlan } from './adapt-plan.js';
export type { Change, ChangeKind } from './change.js';
export type { ActivityInput, LiftLoadInput, RunLogInput } from './training-load.js';
