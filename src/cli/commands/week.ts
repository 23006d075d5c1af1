// `runstrong week`: the training week (Monday to Sunday) around a date, planned next to done.
import type { CalendarRange } from '../../app/ports.js';
import { addDays, parseIsoDate, weekdayIndex } from '../../core/dates/calendar.js';
import { formatDay, summarizeSession } from '../../core/plan/describe.js';
import type { Units } from '../../core/plan/types.js';
import { formatDistance } from '../../core/units/index.js';
import type { CliIo } from '../io.js';
import { localServices } from '../local-services.js';
import { type Env, withLocalAthlete } from '../local-store.js';

export interface WeekDayView {
  date: string;
  planned: string[];
  done: string[];
}

export interface WeekView {
  from: string;
  to: string;
  units: Units;
  plannedRunKm: number;
  doneRunKm: number;
  plannedSessions: number;
  doneSessions: number;
  days: WeekDayView[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function weekView(c: CalendarRange, from: string, units: Units): WeekView {
  const days: WeekDayView[] = [];
  let plannedRunKm = 0;
  let plannedSessions = 0;
  for (let i = 0; i < 7; i++) {
    const date = addDays(from, i);
    const sessions = c.planned.find((d) => d.date === date)?.sessions ?? [];
    for (const s of sessions) {
      if (s.kind === 'run') plannedRunKm += s.distanceKm;
      if (s.kind === 'run' || s.kind === 'strength') plannedSessions += 1;
    }
    days.push({
      date,
      planned: sessions.map((s) => summarizeSession(s, units)),
      done: [
        ...c.runs
          .filter((r) => r.date === date)
          .map(
            (r) =>
              `${r.type} run ${formatDistance(r.distanceKm, units)}, ${Math.round(r.durationMin)} min`,
          ),
        ...c.lifts
          .filter((l) => l.date === date)
          .map((l) => `lift ${l.sets.length} sets, ${Math.round(l.durationMin)} min`),
      ],
    });
  }
  return {
    from,
    to: addDays(from, 6),
    units,
    plannedRunKm: round1(plannedRunKm),
    doneRunKm: round1(c.runs.reduce((sum, r) => sum + r.distanceKm, 0)),
    plannedSessions,
    doneSessions: c.runs.length + c.lifts.length,
    days,
  };
}

function render(v: WeekView): string {
  const lines = [
    `Week ${formatDay(v.from, true)} – ${formatDay(v.to, true)}`,
    `Running: ${formatDistance(v.doneRunKm, v.units)} done of ${formatDistance(v.plannedRunKm, v.units)} planned · sessions: ${v.doneSessions} done of ${v.plannedSessions} planned`,
  ];
  for (const d of v.days) {
    lines.push('', formatDay(d.date));
    lines.push(`  planned: ${d.planned.length ? d.planned.join(' → ') : 'rest'}`);
    lines.push(`  done:    ${d.done.length ? d.done.join('; ') : '—'}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function weekCommand(
  flags: { date?: string; json?: boolean; athlete?: string },
  io: CliIo,
  env: Env = process.env,
): Promise<void> {
  const date = flags.date === undefined ? io.today() : parseIsoDate(flags.date, 'date');
  const from = addDays(date, -weekdayIndex(date));
  const { calendar } = await import('../../app/calendar.js');
  const view = await withLocalAthlete(env, flags.athlete, async (session) => {
    const { s, actor, athleteId } = await localServices(session);
    const [range, profile] = await Promise.all([
      calendar(s, actor, athleteId, { from, to: addDays(from, 6) }),
      s.store.profiles.get(athleteId),
    ]);
    return weekView(range, from, profile?.units ?? 'km');
  });
  io.out(flags.json ? `${JSON.stringify(view)}\n` : render(view));
}
