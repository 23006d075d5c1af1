// Pain is a hard stop (seed: chronic pain is a red flag, not a badge). An episode runs from the
// first pain report after the last pain-free check-in; it ends only with a pain-free check-in, so a
// silence after reporting pain keeps it open.
import { daysBetween, parseIsoDate } from '../dates/calendar.js';
import { assertCheckIns, type CheckInInput, checkInsUpTo, reportsPain } from './check-in.js';

export interface PainEpisode {
  /** Date of the first pain report since the last pain-free check-in. */
  since: string;
  /** Date of the latest pain report. */
  latest: string;
  /** Check-ins in the episode (all report pain). */
  reports: number;
  /** Calendar days from `since` to the day asked about, both counted. */
  days: number;
  /** The athlete's words, oldest first, each once. */
  notes: string[];
  persistent: boolean;
  /** What to do about it, in plain words; names a professional. */
  advice: string;
}

/** Our reading of "pain that persists": pain on 3 or more check-ins over 7 or more days. */
export const PERSISTENT_PAIN = { minReports: 3, minDays: 7 } as const;

/** The open pain episode on a day, or undefined when the latest check-in up to it is pain-free. */
export function painActive(
  checkIns: readonly CheckInInput[],
  onDate: string,
): PainEpisode | undefined {
  parseIsoDate(onDate, 'onDate');
  assertCheckIns(checkIns);
  const known = checkInsUpTo(checkIns, onDate);
  let first = known.length;
  while (first > 0 && reportsPain(known[first - 1]!)) first--;
  const episode = known.slice(first);
  if (episode.length === 0) return undefined;
  const since = episode[0]!.date;
  const days = daysBetween(since, onDate) + 1;
  const persistent =
    episode.length >= PERSISTENT_PAIN.minReports && days >= PERSISTENT_PAIN.minDays;
  return {
    since,
    latest: episode.at(-1)!.date,
    reports: episode.length,
    days,
    notes: [...new Set(episode.map((c) => c.pain!.trim()))],
    persistent,
    advice: persistent
      ? `Pain on ${episode.length} check-ins over ${days} days is a stop sign, not a training signal: have a physiotherapist or doctor look at it before hard training comes back.`
      : 'If it is still there in a few days, or it gets sharper, see a physiotherapist or doctor.',
  };
}

/** True when pain has lasted long enough that the athlete should see a professional. */
export function persistentPain(checkIns: readonly CheckInInput[], onDate: string): boolean {
  return painActive(checkIns, onDate)?.persistent ?? false;
}
