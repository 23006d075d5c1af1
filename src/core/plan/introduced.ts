// Judging a change to a stored plan by what it breaks, not by what was broken already: a plan
// that an older generator, an adaptation or an earlier edit left outside a rule can still be
// changed elsewhere, while a change that adds a break anywhere is refused.
import type { Violation } from '../rules/validate.js';

/** Where a break is: its rule, week and day. Messages carry figures that a change may shift. */
const placeOf = (v: Violation) => `${v.rule}|${v.week ?? ''}|${v.date ?? ''}`;

/**
 * The breaks in `after` that `before` did not have: for each rule, week and day, the ones beyond
 * as many as there were before. Empty when the change made nothing worse in any place.
 */
export function introducedViolations(before: Violation[], after: Violation[]): Violation[] {
  const known = new Map<string, number>();
  for (const v of before) known.set(placeOf(v), (known.get(placeOf(v)) ?? 0) + 1);
  return after.filter((v) => {
    const left = known.get(placeOf(v)) ?? 0;
    known.set(placeOf(v), left - 1);
    return left <= 0;
  });
}
