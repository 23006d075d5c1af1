// Progress on one page: weekly volume planned against done, estimated 1RM per lift, planned
// sessions kept, and the body-weight trend against the focus. The cores do the maths.
import { addDays } from '../core/dates/calendar.js';
import { plannedVolumeEntries, type WeekVolume, weeklyVolume } from '../core/load/index.js';
import { type BodyTrend, bodyTrend } from '../core/progress/body-trend.js';
import {
  type Compliance,
  type ExerciseE1rm,
  e1rmHistory,
  recentCompliance,
} from '../core/progress/index.js';
import { type Actor, authorize } from './access.js';
import { allVolumeEntries, doneSessionsOf } from './activity-data.js';
import type { Services } from './services.js';

/** Weeks shown before and after the date: a training block behind, the next month ahead. */
const WEEKS_BACK = 12;
const WEEKS_AHEAD = 4;
/** The body trend's own window (the core reads the last 28 days). */
const BODY_DAYS = 28;

export interface ProgressView {
  date: string;
  /**
   * ISO weeks up to 4 ahead of the date, from the first with anything planned or done (at most 12
   * back); planned (current plan) and done (logs and imported activities) counted the same way.
   */
  weeks: { weekStart: string; isoWeek: string; planned: WeekVolume; done: WeekVolume }[];
  /** Best estimated 1RM per lift and day, from the logged sets up to the date. */
  lifts: ExerciseE1rm[];
  compliance: { days7: Compliance; days28: Compliance };
  /** Absent until the athlete has a profile (the band depends on the focus). */
  body?: BodyTrend;
}

/** onDate: the athlete's calendar date, by default the clock's (UTC) date. */
export async function progress(
  s: Services,
  actor: Actor | undefined,
  athleteId: string,
  onDate = s.clock.now().slice(0, 10),
): Promise<ProgressView> {
  await authorize(s.store.coachLinks, actor, 'read', athleteId);
  const from = addDays(onDate, -(WEEKS_BACK * 7 - 1));
  const to = addDays(onDate, WEEKS_AHEAD * 7);
  const bodyRange = { from: addDays(onDate, -(BODY_DAYS - 1)), to: onDate };
  const [cal, profile, weighIns, intake] = await Promise.all([
    s.store.calendar(athleteId, { from, to }),
    s.store.profiles.get(athleteId),
    s.store.bodyEntries.range(athleteId, bodyRange),
    s.store.intakeEntries.range(athleteId, bodyRange),
  ]);
  const upToDate = {
    runs: cal.runs.filter((r) => r.date <= onDate),
    lifts: cal.lifts.filter((l) => l.date <= onDate),
    activities: cal.activities.filter((a) => a.date <= onDate),
  };
  const planned = weeklyVolume(plannedVolumeEntries(cal.planned), from, to);
  const done = weeklyVolume(allVolumeEntries(upToDate), from, to);
  // Weeks before anything was planned or done say nothing: start at the first that has something,
  // or at the date's own week.
  const isEmpty = (w: WeekVolume) => Object.values(w.sessions).every((n) => n === 0);
  const firstShown = planned.findIndex(
    (p, i) => !isEmpty(p) || !isEmpty(done[i]!) || addDays(p.weekStart, 6) >= onDate,
  );
  const plannedKcal = cal.planned
    .filter((d) => d.date >= bodyRange.from && d.date <= onDate)
    .map((d) => ({ date: d.date, kcal: d.fuel.kcal }));
  return {
    date: onDate,
    weeks: planned.slice(firstShown).map((p, i) => ({
      weekStart: p.weekStart,
      isoWeek: p.isoWeek,
      planned: p,
      done: done[firstShown + i]!,
    })),
    lifts: e1rmHistory(upToDate.lifts),
    compliance: recentCompliance(cal.planned, doneSessionsOf(cal), onDate),
    ...(profile && { body: bodyTrend(weighIns, intake, profile.focus, onDate, plannedKcal) }),
  };
}
