// The athlete's data leaving the service: the plan for a calendar or printing, and everything
// stored under the athlete as one JSON file. Rendering the files is the adapters' job.
import type { Plan, Units } from '../core/plan/types.js';
import { type Actor, authorize } from './access.js';
import { NotFoundError } from './errors.js';
import { type LogEntry, logEntries } from './logs.js';
import type { ActivityHeader, BodyEntry, CheckIn, DateRange, IntakeEntry } from './ports.js';
import { type ProfileView, profileView } from './profile.js';
import type { Services } from './services.js';

/** Every date the store can hold (see calendarDate in the HTTP schemas). */
const ALL_TIME: DateRange = { from: '1900-01-01', to: '2199-12-31' };

/** The current plan and the units its reader chose, for a file. */
export async function planToExport(
  s: Services,
  actor: Actor | undefined,
  athleteId: string,
): Promise<{ plan: Plan; units: Units }> {
  await authorize(s.store.coachLinks, actor, 'read', athleteId);
  const [current, profile] = await Promise.all([
    s.store.plans.getCurrent(athleteId),
    s.store.profiles.get(athleteId),
  ]);
  if (!current) throw new NotFoundError('plan');
  return { plan: current.plan, units: profile?.units ?? current.plan.input.units ?? 'km' };
}

export interface DataExport {
  exportedAt: string;
  athleteId: string;
  profile: ProfileView | null;
  plan: Plan | null;
  logs: LogEntry[];
  checkIns: CheckIn[];
  body: BodyEntry[];
  intake: IntakeEntry[];
  /** Imported activities without their samples: the files themselves stay with the athlete. */
  activities: ActivityHeader[];
}

export async function exportData(
  s: Services,
  actor: Actor | undefined,
  athleteId: string,
): Promise<DataExport> {
  await authorize(s.store.coachLinks, actor, 'read', athleteId);
  const { store } = s;
  const [profile, current, logs, checkIns, body, intake, activities] = await Promise.all([
    store.profiles.get(athleteId),
    store.plans.getCurrent(athleteId),
    logEntries(s, athleteId, ALL_TIME),
    store.checkIns.range(athleteId, ALL_TIME),
    store.bodyEntries.range(athleteId, ALL_TIME),
    store.intakeEntries.range(athleteId, ALL_TIME),
    store.activities.range(athleteId, ALL_TIME),
  ]);
  return {
    exportedAt: s.clock.now(),
    athleteId,
    profile: profile ? profileView(profile) : null,
    plan: current?.plan ?? null,
    logs,
    checkIns,
    body,
    intake,
    activities,
  };
}
