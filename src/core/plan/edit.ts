// A coach's (or runner's) small change to one planned session: a run made longer or shorter, a
// lift with more or fewer sets, or the session skipped. The workout and strength libraries
// rebuild what changes, so the steps, paces and minutes stay coherent; whether the changed plan
// still keeps the rules is the validator's call, made by the caller.
import { rebuildContext, runAgain } from '../adapt/rebuild.js';
import { InputError } from '../errors.js';
import { sessionMinutes } from '../strength/index.js';
import { MAX_TARGET_KM } from '../workouts/index.js';
import { sessionAt, withDaySessions } from './day-sessions.js';
import type { Plan, RunSession, Session, StrengthSession } from './types.js';

/** Most working sets one exercise may be given in an edit; the dose rule checks compounds. */
export const MAX_EDIT_SETS = 10;

export type SessionEdit =
  /** The run rebuilt by the workout library to about this distance. */
  | { change: 'distance'; distanceKm: number }
  /** The run rebuilt to about this long, at the session's own average pace. */
  | { change: 'duration'; durationMin: number }
  /** Working sets by exercise id; exercises not named keep theirs. */
  | { change: 'sets'; sets: Record<string, number> }
  /** The session taken out of the day. */
  | { change: 'skip' };

/**
 * A new plan with session `index` of day `date` changed as asked; the day's rest flag and fuel
 * and the week's totals follow. Throws InputError naming the field when the change does not fit
 * the session (sets for a run, a distance the library cannot build for this run). The input is
 * not changed.
 */
export function editSession(plan: Plan, date: string, index: number, edit: SessionEdit): Plan {
  const { day, session } = sessionAt(plan, date, index, 'date');
  const changed = edit.change === 'skip' ? undefined : editedSession(plan, date, session, edit);
  const sessions = day.sessions.flatMap((s, i) => (i !== index ? [s] : changed ? [changed] : []));
  return withDaySessions(plan, new Map([[date, sessions]]));
}

function editedSession(
  plan: Plan,
  date: string,
  session: Session,
  edit: Exclude<SessionEdit, { change: 'skip' }>,
): Session {
  switch (edit.change) {
    case 'distance':
      return resizedRun(plan, date, runOf(session, 'distanceKm'), edit.distanceKm, 'distanceKm');
    case 'duration': {
      const run = runOf(session, 'durationMin');
      positive(edit.durationMin, 'durationMin', 'minutes');
      // The session's own average pace turns minutes into the distance the library builds to.
      const km = (run.distanceKm * edit.durationMin) / run.durationMin;
      return resizedRun(plan, date, run, km, 'durationMin');
    }
    case 'sets':
      return withSets(session, edit.sets);
  }
}

function runOf(session: Session, field: string): RunSession {
  if (session.kind !== 'run') {
    throw new InputError(
      `${field}: ${session.title} is not a run; runs change by distance or time`,
      field,
    );
  }
  if (session.type === 'race') {
    throw new InputError(`${field}: the race keeps its distance`, field);
  }
  return session;
}

function positive(value: number, field: string, unit: string): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new InputError(`${field} ${value}: expected ${unit} above 0`, field);
  }
}

function resizedRun(
  plan: Plan,
  date: string,
  run: RunSession,
  targetKm: number,
  field: string,
): RunSession {
  positive(targetKm, field, 'a length');
  const ctx = rebuildContext(plan);
  const pos = plan.weeks.findIndex((w) => w.days.some((d) => d.date === date));
  const week = plan.weeks[pos]!;
  const rebuilt = runAgain(ctx, pos, week, run.type, targetKm);
  if (!rebuilt) {
    throw new InputError(
      targetKm > MAX_TARGET_KM
        ? `${field}: ${targetKm.toFixed(1)} km is over the ${MAX_TARGET_KM} km a run may be`
        : `${field}: ${targetKm.toFixed(1)} km is too short for this ${run.type} run, with its warm-up and cool-down`,
      field,
    );
  }
  return rebuilt;
}

function withSets(session: Session, sets: Record<string, number>): StrengthSession {
  if (session.kind !== 'strength') {
    throw new InputError(`sets: ${session.title} is not a lift; only lifts have sets`, 'sets');
  }
  for (const [id, count] of Object.entries(sets)) {
    if (!session.exercises.some((e) => e.id === id)) {
      const ids = session.exercises.map((e) => e.id).join(', ');
      throw new InputError(`sets.${id}: not in ${session.title}; its exercises are ${ids}`, 'sets');
    }
    if (!Number.isInteger(count) || count < 1 || count > MAX_EDIT_SETS) {
      throw new InputError(
        `sets.${id} ${count}: expected a whole number of sets from 1 to ${MAX_EDIT_SETS}`,
        'sets',
      );
    }
  }
  const exercises = session.exercises.map((e) => ({ ...e, sets: sets[e.id] ?? e.sets }));
  return { ...session, exercises, durationMin: sessionMinutes(exercises) };
}
