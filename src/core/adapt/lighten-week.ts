// A lighter week when recovery lags or the load spikes (seed: cut back 10–15 % for a week).
// Running drops 13 % below the week's own plan, and further when needed to sit at least 10 % under
// the last full week (the validator's lighter-cut rule; a week planned as a step up then loses up
// to about 20 %). Workouts are rebuilt as the library's lighter-week versions at the shorter size,
// easy and long runs shrink to fill the rest, and every lift is rebuilt as its lighter-week session
// (the strength library takes one set off each exercise: at least 15 % of the sets).
import type { PlanDay, PlanWeek, Session } from '../plan/types.js';
import { LIMITS } from '../rules/rules.js';
import { isMainStrength } from '../rules/validate.js';
import { addNote, type Change, type WeekNotes } from './change.js';
import {
  dayMinutes,
  FLEXIBLE_RUNS,
  isFullWeek,
  type Rebuild,
  runAgain,
  settleDay,
  settleTotals,
  strengthAgain,
  withWhy,
} from './rebuild.js';
import { resizeRuns } from './resize-runs.js';

/** Share of running taken out: inside the seed's 10–15 %, clear of the validator's 10 % line. */
export const LIGHTER_CUT = 0.13;
const MARGIN_KM = 0.1;

function lighterSessions(ctx: Rebuild, pos: number, week: PlanWeek, day: PlanDay, note: string) {
  const mains: Session[] = [];
  return day.sessions.map((s): Session => {
    if (s.kind === 'strength') {
      const left = dayMinutes(ctx, day.weekday) - mains.reduce((t, m) => t + m.durationMin, 0);
      const lighter =
        s.focus === 'accessory'
          ? strengthAgain(ctx, pos, week, day.weekday, 'accessory', left)
          : strengthAgain(ctx, pos, week, day.weekday, s.focus);
      if (isMainStrength(lighter)) mains.push(lighter);
      return withWhy(lighter, note);
    }
    if (s.kind === 'run' && !FLEXIBLE_RUNS.has(s.type) && s.type !== 'race') {
      const shorter = runAgain(ctx, pos, week, s.type, s.distanceKm * (1 - LIGHTER_CUT));
      const fits =
        shorter && shorter.distanceKm <= s.distanceKm && shorter.durationMin <= s.durationMin;
      return withWhy(fits ? shorter : s, note);
    }
    // Easy and long runs are resized with the whole week below.
    return s.kind === 'run' ? s : withWhy(s, note);
  });
}

/**
 * Makes the week at pos lighter, naming the reason in its summary note and in every session's why.
 * A week that is already lighter (or a taper) keeps its sessions; its note names the reason.
 */
export function lightenWeek(
  ctx: Rebuild,
  weeks: PlanWeek[],
  pos: number,
  reason: string,
  notes: WeekNotes,
  yesterday: (date: string) => PlanDay | undefined,
): Change[] {
  const week = weeks[pos]!;
  const date = week.days[0]!.date;
  if (!isFullWeek(week)) {
    addNote(notes, pos, `${reason}: this week was already planned lighter and stays as planned.`);
    return [
      {
        date,
        kind: 'lighter-week',
        what: `Week ${week.index} is already a lighter week: no further cut`,
        why: `${reason}.`,
      },
    ];
  }

  const lastFull = weeks.slice(0, pos).findLast(isFullWeek);
  const keep = 1 - LIMITS.lighterCutMin;
  const maxKm = Math.min(week.runKm, lastFull?.runKm ?? week.runKm) * keep - MARGIN_KM;
  const targetKm = Math.min(week.runKm * (1 - LIGHTER_CUT), maxKm - MARGIN_KM);
  const note = `${reason}: this week is lighter.`;
  const lighter: PlanWeek = { ...week, lighter: true };
  lighter.days = week.days.map((day) =>
    settleDay(ctx, { ...day, sessions: lighterSessions(ctx, pos, lighter, day, note) }),
  );
  const resized =
    resizeRuns(ctx, pos, lighter, targetKm, maxKm, note, yesterday) ?? settleTotals(lighter);

  const lessRunPct = Math.round((1 - resized.runKm / week.runKm) * 100);
  const fewerSets = week.strengthSets - resized.strengthSets;
  const lifting = fewerSets > 0 ? ` and ${fewerSets} fewer strength sets` : '';
  weeks[pos] = resized;
  addNote(
    notes,
    pos,
    `${reason}, so this week is lighter: ${lessRunPct} % less running${lifting} than planned.`,
  );
  return [
    {
      date,
      kind: 'lighter-week',
      what: `Week ${week.index} becomes a lighter week: ${lessRunPct} % less running${lifting}`,
      why: `${reason}. Cutting back 10–15 % for a week usually brings recovery back in line.`,
    },
  ];
}
