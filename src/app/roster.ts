// The coach's list of athletes, each with how recovered they are, how much of the plan they
// did, and what needs a look. Every figure comes from the recovery, load and progress cores.
import { loggedDailyLoads } from '../core/adapt/training-load.js';
import { addDays } from '../core/dates/calendar.js';
import { type AcwrZone, acwr } from '../core/load/index.js';
import { type Compliance, recentCompliance } from '../core/progress/index.js';
import { painActive, type ReadinessBand, readiness } from '../core/recovery/index.js';
import { type Actor, authorize } from './access.js';
import type { Services } from './services.js';
import { doneSessions } from './training-data.js';

/** Check-ins read for readiness: its 5-day lagging window and 7-day heart-rate baseline, with room. */
const CHECK_IN_DAYS = 35;
/** Logs read for the load ratio: its 28-day chronic window, and as much again to know the history is that long. */
const LOG_DAYS = 56;

export type RosterFlag = 'recovery-lagging' | 'pain' | 'persistent-pain' | 'load-spike';

export interface RosterEntry {
  athleteId: string;
  name: string;
  email: string;
  linkedAt: string;
  readiness: {
    /** The check-in the score reads; absent with score and band when none is recent. */
    date?: string;
    score?: number;
    band?: ReadinessBand;
    lagging: boolean;
    laggingReason?: string;
  };
  /** Planned sessions done (on the day or moved by one) over the 7 and 28 days up to the date. */
  compliance: { days7: Compliance; days28: Compliance };
  /** Acute:chronic load ratio; absent with under 4 weeks of logs. */
  loadRatio?: { ratio: number; zone: AcwrZone };
  flags: RosterFlag[];
}

/** onDate is the coach's calendar date; by default the clock's (UTC) date. */
export async function roster(
  s: Services,
  actor: Actor | undefined,
  onDate = s.clock.now().slice(0, 10),
): Promise<RosterEntry[]> {
  const coach = await authorize(s.store.coachLinks, actor, 'coach');
  const links = await s.store.coachLinks.athletesOf(coach.userId);
  const entries = await Promise.all(
    links.map(async (link): Promise<RosterEntry | undefined> => {
      const [user, checkIns, cal] = await Promise.all([
        s.store.users.get(link.athleteId),
        s.store.checkIns.range(link.athleteId, {
          from: addDays(onDate, -(CHECK_IN_DAYS - 1)),
          to: onDate,
        }),
        // A session done the day after still pays off one moved from the date itself.
        s.store.calendar(link.athleteId, {
          from: addDays(onDate, -(LOG_DAYS - 1)),
          to: addDays(onDate, 1),
        }),
      ]);
      if (!user) return undefined;
      const ready = readiness(checkIns, onDate);
      const pain = painActive(checkIns, onDate);
      // Loads after onDate fall outside both of the ratio's windows, so they change nothing.
      const ratio = acwr(loggedDailyLoads(cal.runs, cal.lifts, []), onDate);
      const flags: RosterFlag[] = [];
      if (ready.lagging) flags.push('recovery-lagging');
      if (pain) flags.push(pain.persistent ? 'persistent-pain' : 'pain');
      if (ratio?.zone === 'spike') flags.push('load-spike');
      return {
        athleteId: link.athleteId,
        name: user.name,
        email: user.email,
        linkedAt: link.createdAt,
        readiness: {
          ...(ready.date !== undefined && { date: ready.date }),
          ...(ready.score !== undefined && { score: ready.score }),
          ...(ready.band !== undefined && { band: ready.band }),
          lagging: ready.lagging,
          ...(ready.laggingReason !== undefined && { laggingReason: ready.laggingReason }),
        },
        compliance: recentCompliance(cal.planned, doneSessions(cal), onDate),
        ...(ratio && { loadRatio: { ratio: ratio.ratio, zone: ratio.zone } }),
        flags,
      };
    }),
  );
  return entries.filter((e) => e !== undefined).sort((a, b) => a.name.localeCompare(b.name));
}
