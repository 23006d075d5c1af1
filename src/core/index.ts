// runstrong's core as a library: pure functions over plain data, no I/O and no clock.
export * from './activity/index.js';
export * from './dates/calendar.js';
export { InputError } from './errors.js';
export * from './exercises/index.js';
export * from './expectations/index.js';
export * from './fuel/index.js';
export * from './load/index.js';
export * from './pacing/index.js';
export { generatePlan } from './plan/generate.js';
export type { PlanError, PlanResult } from './plan/result.js';
export { PlanInputSchema, PlanSchema, parsePlan } from './plan/schema.js';
export type * from './plan/types.js';
export * from './progress/index.js';
export { RULES, type Rule, type RuleId } from './rules/rules.js';
export { type Violation, validatePlan } from './rules/validate.js';
export { buildMobilitySession, buildStrengthSession, type StrengthSpec } from './strength/index.js';
export * from './units/index.js';
export { buildRun, type RunSpec } from './workouts/index.js';
