// Fitting a session into its time window. Volume first: a finisher goes when it does not fit at the
// usual rests; rests shorten before any working set is cut; sets and then whole support lifts go
// only when even the shortest rests overrun. Short sessions (lighter and taper weeks) rest longer
// rather than fall below the minimum length.
import type { Exercise } from '../exercises/exercise.js';
import { sessionMinutes } from './minutes.js';
import { STRENGTH_RULES } from './rules.js';
import type { SlotRole } from './templates.js';

export interface Planned {
  exercise: Exercise;
  role: SlotRole;
  sets: number;
  /** Fewest normal-week sets the trimming may leave. */
  minSets: number;
  restSec: number;
  /** Shortest rest allowed when time is tight. */
  minRestSec: number;
}

/** Rest changes in steps this big: each step moves a session by at most 4 sets × 15 s = 1 min. */
export const REST_STEP_SEC = 15;

const minutesAt = (items: readonly Planned[], rest: 'restSec' | 'minRestSec') =>
  sessionMinutes(items.map((p) => ({ sets: p.sets, restSec: p[rest] })));

const without = (items: readonly Planned[], i: number) => items.filter((_, j) => j !== i);

/** Normal-week content that fits maxMin, never breaking contentOk. */
export function trimToBudget(
  planned: readonly Planned[],
  maxMin: number,
  contentOk: (items: readonly Planned[]) => boolean,
): Planned[] {
  let items = [...planned];
  for (let i = items.length - 1; i >= 0; i--) {
    const next = without(items, i);
    if (minutesAt(items, 'restSec') > maxMin && items[i]!.role === 'finisher' && contentOk(next))
      items = next;
  }
  while (minutesAt(items, 'minRestSec') > maxMin) {
    const i = items.findLastIndex((p) => p.sets > p.minSets);
    if (i < 0) break;
    items = items.map((p, j) => (j === i ? { ...p, sets: p.sets - 1 } : p));
  }
  for (let i = items.length - 1; i >= 0; i--) {
    const next = without(items, i);
    if (minutesAt(items, 'minRestSec') > maxMin && items[i]!.role !== 'main' && contentOk(next))
      items = next;
  }
  return items;
}

/**
 * Rests that bring the session inside [minMin, maxMin]: shorten the longest rest first, or lengthen
 * the shortest first, one step at a time; each step is under a minute, so a lengthened session
 * lands exactly on minMin.
 */
export function fitRests(planned: readonly Planned[], minMin: number, maxMin: number): Planned[] {
  const items = planned.map((p) => ({ ...p }));
  const [, maxRestSec] = STRENGTH_RULES.restSec;
  while (minutesAt(items, 'restSec') > maxMin) {
    let i = -1;
    items.forEach((p, j) => {
      if (p.restSec > p.minRestSec && (i < 0 || p.restSec >= items[i]!.restSec)) i = j;
    });
    if (i < 0) break;
    items[i]!.restSec = Math.max(items[i]!.minRestSec, items[i]!.restSec - REST_STEP_SEC);
  }
  while (minutesAt(items, 'restSec') < minMin) {
    let i = -1;
    items.forEach((p, j) => {
      if (p.restSec < maxRestSec && (i < 0 || p.restSec < items[i]!.restSec)) i = j;
    });
    if (i < 0) break;
    items[i]!.restSec = Math.min(maxRestSec, items[i]!.restSec + REST_STEP_SEC);
  }
  return items;
}
