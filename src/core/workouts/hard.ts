import type { RunType } from '../plan/types.js';

/** Sessions that need a fresh body and 24–36 h away from leg lifting. */
export const HARD_RUN_TYPES: ReadonlySet<RunType> = new Set<RunType>([
  'tempo',
  'intervals',
  'hills',
  'race-pace',
  'race',
]);

export function isHardRun(type: RunType): boolean {
  return HARD_RUN_TYPES.has(type);
}
