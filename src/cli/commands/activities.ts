// `runstrong activities`: imported activities with their summaries.
import type { ActivityView } from '../../app/activity-data.js';
import { parseIsoDate } from '../../core/dates/calendar.js';
import type { Units } from '../../core/plan/types.js';
import { formatDistance } from '../../core/units/index.js';
import type { CliIo } from '../io.js';
import { type Env, withLocalAthlete } from '../local-store.js';

/** Without --from, the whole history. */
const EARLIEST = '1970-01-01';

function clock(totalSec: number): string {
  const sec = Math.round(totalSec);
  const h = Math.floor(sec / 3600);
  const mm = String(Math.floor((sec % 3600) / 60)).padStart(2, '0');
  const ss = String(sec % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${Number(mm)}:${ss}`;
}

function row(a: ActivityView, units: Units): string {
  const hr = a.avgHr === undefined ? '' : `${Math.round(a.avgHr)} bpm`;
  const sets = a.sets.length > 0 ? `${a.sets.length} sets` : '';
  const flags = [a.partial ? 'partial' : '', a.plannedDate ? 'planned' : ''].filter(Boolean);
  return [
    a.date,
    a.sport.padEnd(8),
    formatDistance(a.distanceKm, units, 2).padStart(10),
    clock(a.movingTimeSec).padStart(8),
    hr.padStart(7),
    `load ${Math.round(a.load)}`.padEnd(9),
    sets,
    flags.join(', '),
    a.title ?? '',
  ]
    .join('  ')
    .trimEnd();
}

export async function activitiesCommand(
  flags: { from?: string; to?: string; json?: boolean; athlete?: string },
  io: CliIo,
  env: Env = process.env,
): Promise<void> {
  const from = flags.from === undefined ? EARLIEST : parseIsoDate(flags.from, 'from');
  const to = flags.to === undefined ? io.today() : parseIsoDate(flags.to, 'to');
  const [{ activityViews }, { loadContext }] = await Promise.all([
    import('../../app/activities.js'),
    import('../../app/load-context.js'),
  ]);
  const { list, units } = await withLocalAthlete(
    env,
    flags.athlete,
    async ({ store, athlete }) => ({
      list: await activityViews(
        store,
        athlete.id,
        { from, to },
        await loadContext(store, athlete.id, to),
      ),
      units: (await store.profiles.get(athlete.id))?.units ?? 'km',
    }),
  );
  if (flags.json) {
    io.out(`${JSON.stringify(list)}\n`);
    return;
  }
  if (list.length === 0) {
    io.out('No activities in that range. Bring them in with: runstrong import PATH…\n');
    return;
  }
  io.out(`${list.map((a) => row(a, units)).join('\n')}\n${list.length} activities\n`);
}
