// After the adaptation, the weeks that follow must still keep the volume rules the validator reads
// against the last full week: a full week rises at most 10 % on it, a lighter week sits at least
// 10 % under it, a taper week under it. A lighter week put in, or hard runs taken out, can shrink
// the last full week and leave a later week too big for it; that week's easy and long running is
// trimmed (to the generator's own 8 % build, 80 % lighter week or 90 % taper) rather than leaving
// a broken rule.
import type { PlanDay, PlanWeek } from '../plan/types.js';
import { LIMITS } from '../rules/rules.js';
import { addNote, type Change, type WeekNotes } from './change.js';
import { isFullWeek, type Rebuild } from './rebuild.js';
import { resizeRuns } from './resize-runs.js';

/** The generator's own steps (plan/volume.ts): kept below the rules' limits. */
const AIM = { build: 1.08, lighter: 0.8, taper: 0.9 } as const;
/** The validator lets rounding pass by 0.05 km; we stay this far inside instead. */
const MARGIN_KM = 0.05;

/** Trims weeks from position `fromPos` on that break a volume rule; returns what it trimmed. */
export function keepVolumeRules(
  ctx: Rebuild,
  weeks: PlanWeek[],
  fromPos: number,
  notes: WeekNotes,
  yesterday: (date: string) => PlanDay | undefined,
): Change[] {
  const changes: Change[] = [];
  let lastFull: PlanWeek | undefined;
  weeks.forEach((week, pos) => {
    if (pos >= fromPos && lastFull) {
      const ref = lastFull.runKm;
      const limit = isFullWeek(week)
        ? { maxKm: ref * (1 + LIMITS.rampMax), aim: AIM.build, rule: 'rise at most 10 %' }
        : week.lighter
          ? {
              maxKm: ref * (1 - LIMITS.lighterCutMin),
              aim: AIM.lighter,
              rule: 'stay at least 10 % under it',
            }
          : { maxKm: ref - 0.5, aim: AIM.taper, rule: 'stay under it' };
      if (week.runKm > limit.maxKm) {
        const note = `Shorter than first planned: this week's running must ${limit.rule} against week ${lastFull.index}.`;
        const trimmed = resizeRuns(
          ctx,
          pos,
          week,
          ref * limit.aim,
          limit.maxKm - MARGIN_KM,
          note,
          yesterday,
        );
        if (trimmed) {
          weeks[pos] = trimmed;
          const lessPct = Math.round((1 - trimmed.runKm / week.runKm) * 100);
          const why = `After the changes to week ${lastFull.index}, this week's running must ${limit.rule} against it.`;
          changes.push({
            date: week.days[0]!.date,
            kind: 'rebalance',
            what: `Week ${week.index}: ${lessPct} % less running, from easy and long runs`,
            why,
          });
          addNote(
            notes,
            pos,
            `Easy and long runs are ${lessPct} % shorter than first planned. ${why}`,
          );
        }
      }
    }
    if (isFullWeek(weeks[pos]!)) lastFull = weeks[pos];
  });
  return changes;
}
