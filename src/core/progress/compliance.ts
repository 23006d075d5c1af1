// Planned against done. Each done session pays off at most one planned session:
//   1. same day, same kind, nearest duration (run type breaks ties)   → done
//   2. what is left: same kind one day either side, same order        → moved
//   3. planned sessions still unpaired → missed; done ones → extra (done without a plan).
// Pairs are taken closest first (greedy), which is what a coach would do by eye.
import { addDays, parseIsoDate, toDayNumber } from '../dates/calendar.js';
import { InputError } from '../errors.js';
import { dayRange } from '../load/daily-load.js';
import { SESSION_KINDS, type SessionKind } from '../load/session-load.js';
import type { PlanDay, RunType, Session } from '../plan/types.js';

/** A session the athlete did (a log or an imported activity). */
export interface DoneSession {
  id: string;
  date: string;
  kind: SessionKind;
  durationMin: number;
  type?: RunType;
}

export interface PlannedRef {
  date: string;
  /** Position in the plan day's sessions. */
  index: number;
  session: Session;
}

export type SessionMatch =
  | { status: 'done' | 'moved'; planned: PlannedRef; done: DoneSession }
  | { status: 'missed'; planned: PlannedRef }
  | { status: 'extra'; done: DoneSession };

/** How far one day may move a session and still count as done. */
export const MOVED_WITHIN_DAYS = 1;

function check(done: DoneSession): void {
  parseIsoDate(done.date);
  if (!SESSION_KINDS.includes(done.kind)) {
    throw new InputError(
      `kind "${done.kind}" of ${done.id}: expected one of ${SESSION_KINDS.join(', ')}`,
      'kind',
    );
  }
  if (!(Number.isFinite(done.durationMin) && done.durationMin >= 0)) {
    throw new InputError(
      `durationMin ${done.durationMin} of ${done.id}: expected minutes, 0 or more`,
      'durationMin',
    );
  }
}

interface Candidate {
  p: number;
  d: number;
  cost: [number, number, number];
}

const byCost = (a: Candidate, b: Candidate) =>
  a.cost[0] - b.cost[0] || a.cost[1] - b.cost[1] || a.cost[2] - b.cost[2] || a.p - b.p || a.d - b.d;

/** Planned sessions in plan order, then the extras by date; see the top of the file for the rule. */
export function matchSessions(
  plannedDays: readonly PlanDay[],
  done: readonly DoneSession[],
): SessionMatch[] {
  done.forEach(check);
  const planned: PlannedRef[] = plannedDays.flatMap((day) =>
    day.sessions.map((session, index) => ({ date: parseIsoDate(day.date), index, session })),
  );
  const plannedDay = planned.map((p) => toDayNumber(p.date));
  const doneDay = done.map((d) => toDayNumber(d.date));

  const candidates: Candidate[] = [];
  planned.forEach((p, pi) => {
    done.forEach((d, di) => {
      const dayGap = Math.abs(plannedDay[pi]! - doneDay[di]!);
      if (d.kind !== p.session.kind || dayGap > MOVED_WITHIN_DAYS) return;
      const plannedType = p.session.kind === 'run' ? p.session.type : undefined;
      const typeMismatch = d.type !== undefined && d.type !== plannedType ? 1 : 0;
      const minutesGap = Math.abs(d.durationMin - p.session.durationMin);
      candidates.push({ p: pi, d: di, cost: [dayGap, minutesGap, typeMismatch] });
    });
  });
  candidates.sort(byCost);

  const doneFor = new Map<number, number>();
  const taken = new Set<number>();
  for (const c of candidates) {
    if (doneFor.has(c.p) || taken.has(c.d)) continue;
    doneFor.set(c.p, c.d);
    taken.add(c.d);
  }

  const matches: SessionMatch[] = planned.map((p, pi) => {
    const di = doneFor.get(pi);
    if (di === undefined) return { status: 'missed', planned: p };
    const status = doneDay[di] === plannedDay[pi] ? 'done' : 'moved';
    return { status, planned: p, done: done[di]! };
  });
  const extras = done
    .map((d, di) => ({ d, di }))
    .filter(({ di }) => !taken.has(di))
    .sort((a, b) => doneDay[a.di]! - doneDay[b.di]! || a.di - b.di)
    .map(({ d }): SessionMatch => ({ status: 'extra', done: d }));
  return [...matches, ...extras];
}

export interface Compliance {
  /** Planned sessions dated from..to. */
  planned: number;
  /** Of those, done on the day or moved by a day. */
  done: number;
  /** done / planned; undefined when nothing was planned. */
  ratio?: number;
}

/**
 * Compliance over the planned sessions dated `from`..`to` (both included). Pass every done
 * session near the range: one done a day after `to` can still pay off a session moved from it.
 */
export function compliance(
  plannedDays: readonly PlanDay[],
  done: readonly DoneSession[],
  from: string,
  to: string,
): Compliance {
  const { first, last } = dayRange(from, to);
  let planned = 0;
  let kept = 0;
  for (const m of matchSessions(plannedDays, done)) {
    if (m.status === 'extra') continue;
    const day = toDayNumber(m.planned.date);
    if (day < first || day > last) continue;
    planned++;
    if (m.status !== 'missed') kept++;
  }
  return planned === 0 ? { planned, done: kept } : { planned, done: kept, ratio: kept / planned };
}

/** Compliance over the 7 and the 28 days ending on `onDate`, that day included. */
export function recentCompliance(
  plannedDays: readonly PlanDay[],
  done: readonly DoneSession[],
  onDate: string,
): { days7: Compliance; days28: Compliance } {
  parseIsoDate(onDate, 'onDate');
  return {
    days7: compliance(plannedDays, done, addDays(onDate, -6), onDate),
    days28: compliance(plannedDays, done, addDays(onDate, -27), onDate),
  };
}
