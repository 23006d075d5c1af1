// The shape of the plan over time: how many weeks, which phase each is in, which are lighter.
import { addDays, daysBetween } from '../dates/calendar.js';
import { LIMITS, taperWeeks } from '../rules/rules.js';
import { fail, type PlanResult, succeed } from './result.js';
import type { GoalDistance, Phase, PlanInput } from './types.js';

export const MIN_WEEKS = 8;
export const MAX_WEEKS = 20;

export interface WeekShape {
  index: number;
  phase: Phase;
  lighter: boolean;
}

export interface PlanSpan {
  raceDate: string;
  weeks: number;
}

/** The race closes the plan: on the given race date, or on the last day of the last week. */
export function planSpan(
  input: Pick<PlanInput, 'start' | 'weeks' | 'raceDate'>,
): PlanResult<PlanSpan> {
  if (input.raceDate) {
    const days = daysBetween(input.start, input.raceDate) + 1;
    const weeks = Math.ceil(days / 7);
    if (days < 1)
      return fail({
        rule: 'input',
        field: 'race-date',
        message: `race date ${input.raceDate} is before the start ${input.start}`,
        fix: 'give a race date after the start date',
      });
    if (weeks < MIN_WEEKS || weeks > MAX_WEEKS)
      return fail({
        rule: 'input',
        field: 'race-date',
        message: `race date ${input.raceDate} is ${days} days after the start: ${weeks} weeks, plans run ${MIN_WEEKS}–${MAX_WEEKS} weeks`,
        fix: `pick a start between ${addDays(input.raceDate, -(MAX_WEEKS * 7) + 1)} and ${addDays(input.raceDate, -(MIN_WEEKS - 1) * 7)}`,
      });
    return succeed({ raceDate: input.raceDate, weeks });
  }
  const weeks = input.weeks ?? 12;
  if (!Number.isInteger(weeks) || weeks < MIN_WEEKS || weeks > MAX_WEEKS)
    return fail({
      rule: 'input',
      field: 'weeks',
      message: `weeks ${weeks}: plans run ${MIN_WEEKS}–${MAX_WEEKS} weeks`,
      fix: `give --weeks between ${MIN_WEEKS} and ${MAX_WEEKS}, or a race date`,
    });
  return succeed({ raceDate: addDays(input.start, weeks * 7 - 1), weeks });
}

/**
 * Base, build and peak split the weeks before the taper about 40/35/25; every 4th week is
 * lighter so no more than three full weeks run in a row.
 */
export function weekShapes(weeks: number, distance: GoalDistance): WeekShape[] {
  const taper = taperWeeks(distance, weeks);
  const pre = weeks - taper;
  const base = Math.max(1, Math.round(pre * 0.4));
  const build = Math.max(1, Math.round(pre * 0.35));
  const every = LIMITS.maxFullWeeksInARow + 1;
  return Array.from({ length: weeks }, (_, i) => {
    const index = i + 1;
    if (index > pre) return { index, phase: 'taper', lighter: false };
    const phase: Phase = index <= base ? 'base' : index <= base + build ? 'build' : 'peak';
    return { index, phase, lighter: index % every === 0 };
  });
}
