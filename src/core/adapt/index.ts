export { type AdaptData, type Adapted, adaptPlan } from './adapt-plan.js';
export type { Change, ChangeKind } from './change.js';
export type { ActivityInput, LiftLogInput, RunLogInput } from './training-load.js';
