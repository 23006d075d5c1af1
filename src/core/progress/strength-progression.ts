// The next load for a lift from what was logged (seed: add 2–5 % load or 1–2 reps a week).
//   - Every prescribed set at the top of the rep range with at least the prescribed reps in
//     reserve: next time +5 %, rounded down to a real step (increment.ts), reps back to the range.
//     Rounding down keeps the rise at or under 5 %; from a load that is off the usual steps it can
//     land under 2 %.
//   - When one real step is more than 5 % of the load (light dumbbells, no added load): keep the
//     load and aim for 1–2 more reps than the fewest done last time.
//   - A missed set (below the bottom of the range, or reported RIR below the prescription minus 1):
//     hold the load. Missed at the same load two sessions running: 10 % back, rounded down.
//   - Anything else (inside the range): hold the load and work up the range.
// Working sets are the sets at the session's heaviest load; lighter ones are warm-ups. A set
// logged without RIR is taken at its word on reps alone.
import { parseIsoDate } from '../dates/calendar.js';
import { InputError } from '../errors.js';
import { formatMass } from '../units/mass.js';
import { type Loading, loadIncrementKg, roundDownToIncrementKg } from './increment.js';
import type { LiftSessionLog, LoggedSet } from './lift-history.js';

export interface LiftPrescription {
  /** Rep range [low, high]. */
  reps: readonly [number, number];
  /** Reps in reserve to leave on every set. */
  rir: number;
  sets: number;
}

export type ProgressionAction = 'increase-load' | 'increase-reps' | 'hold' | 'deload';

export interface NextLoad {
  loadKg: number;
  reps: [number, number];
  action: ProgressionAction;
  reason: string;
}

export const PROGRESSION = {
  /** Load added after a session at the top of the range, before rounding down. */
  loadStepPct: 5,
  /** Reps added when a load step would be too big: aim for this many more than last time. */
  repStep: [1, 2],
  /** Load taken off after missing twice in a row at one load. */
  deloadPct: 10,
  /** A set counts as missed when its RIR falls more than this below the prescription. */
  rirSlack: 1,
} as const;

type Outcome =
  | { kind: 'top' }
  | { kind: 'missed'; detail: string }
  | { kind: 'in-range'; detail: string };

interface Read {
  loadKg: number;
  working: LoggedSet[];
  outcome: Outcome;
}

const SAME_LOAD_KG = 0.01;

function read(session: LiftSessionLog, p: LiftPrescription): Read {
  const loadKg = Math.max(...session.sets.map((s) => s.loadKg));
  const working = session.sets.filter((s) => s.loadKg >= loadKg - SAME_LOAD_KG);
  const [lo, hi] = p.reps;
  const short = working.find((s) => s.reps < lo);
  if (short)
    return {
      loadKg,
      working,
      outcome: { kind: 'missed', detail: `${short.reps} reps, under ${lo}` },
    };
  const strained = working.find((s) => s.rir !== undefined && s.rir < p.rir - PROGRESSION.rirSlack);
  if (strained)
    return {
      loadKg,
      working,
      outcome: { kind: 'missed', detail: `${strained.rir} in reserve, under ${p.rir}` },
    };
  if (working.length < p.sets)
    return {
      loadKg,
      working,
      outcome: { kind: 'in-range', detail: `${working.length} of ${p.sets} sets done` },
    };
  const atTop = working.every((s) => s.reps >= hi && (s.rir === undefined || s.rir >= p.rir));
  if (atTop) return { loadKg, working, outcome: { kind: 'top' } };
  return {
    loadKg,
    working,
    outcome: {
      kind: 'in-range',
      detail: `not every set reached ${hi} reps with ${p.rir} in reserve`,
    },
  };
}

function checkInput(history: readonly LiftSessionLog[], p: LiftPrescription): void {
  const [lo, hi] = p.reps;
  if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < 1 || hi < lo)
    throw new InputError(`reps [${lo}, ${hi}]: expected whole numbers with 1 ≤ low ≤ high`, 'reps');
  if (!Number.isFinite(p.rir) || p.rir < 0)
    throw new InputError(`rir ${p.rir}: expected 0 or more reps in reserve`, 'rir');
  if (!Number.isInteger(p.sets) || p.sets < 1)
    throw new InputError(`sets ${p.sets}: expected a whole number from 1`, 'sets');
  if (history.length === 0)
    throw new InputError('history: expected at least one logged session of the lift', 'history');
  let previous = '';
  for (const session of history) {
    parseIsoDate(session.date, 'history date');
    if (session.date < previous)
      throw new InputError(
        `history date ${session.date} after ${previous}: expected sessions oldest first`,
        'history',
      );
    previous = session.date;
    if (session.sets.length === 0)
      throw new InputError(`session ${session.date}: expected at least one set`, 'sets');
    for (const s of session.sets) {
      if (!Number.isInteger(s.reps) || s.reps < 0)
        throw new InputError(
          `reps ${s.reps} on ${session.date}: expected a whole number from 0`,
          'reps',
        );
      if (!Number.isFinite(s.loadKg) || s.loadKg < 0)
        throw new InputError(
          `loadKg ${s.loadKg} on ${session.date}: expected 0 kg or more`,
          'loadKg',
        );
      if (s.rir !== undefined && (!Number.isFinite(s.rir) || s.rir < 0))
        throw new InputError(`rir ${s.rir} on ${session.date}: expected 0 or more`, 'rir');
    }
  }
}

const pctUp = (from: number, to: number) => `${Number((((to - from) / from) * 100).toFixed(1))} %`;

/** What to lift next time, from this lift's history (oldest first) and its prescription. */
export function nextLoad(
  history: readonly LiftSessionLog[],
  prescription: LiftPrescription,
  loading: Loading,
): NextLoad {
  checkInput(history, prescription);
  const mass = (kg: number) => formatMass(kg, loading.massUnit);
  const range: [number, number] = [prescription.reps[0], prescription.reps[1]];
  const last = read(history.at(-1)!, prescription);
  const load = last.loadKg;
  const { outcome } = last;

  if (outcome.kind === 'missed') {
    const before = history.length > 1 ? read(history.at(-2)!, prescription) : undefined;
    const twice =
      before?.outcome.kind === 'missed' && Math.abs(before.loadKg - load) <= SAME_LOAD_KG;
    if (!twice)
      return {
        loadKg: load,
        reps: range,
        action: 'hold',
        reason: `A set fell short at ${mass(load)} (${outcome.detail}): keep the load and try again.`,
      };
    if (load === 0)
      return {
        loadKg: 0,
        reps: range,
        action: 'deload',
        reason: `Sets fell short two sessions running with no added load (${outcome.detail}): switch to an easier version of the move and build back up.`,
      };
    const lighter = roundDownToIncrementKg(load * (1 - PROGRESSION.deloadPct / 100), loading);
    return {
      loadKg: lighter,
      reps: range,
      action: 'deload',
      reason: `Sets fell short at ${mass(load)} two sessions running (${outcome.detail}): about ${PROGRESSION.deloadPct} % off, to ${mass(lighter)}, and build back up.`,
    };
  }

  if (outcome.kind === 'in-range')
    return {
      loadKg: load,
      reps: range,
      action: 'hold',
      reason: `Inside the ${range[0]}–${range[1]} range at ${mass(load)} (${outcome.detail}): keep the load until every set reaches ${range[1]} reps.`,
    };

  const increment = loadIncrementKg(load, loading);
  if (load === 0 || increment > (load * PROGRESSION.loadStepPct) / 100) {
    const fewest = Math.min(...last.working.map((s) => s.reps));
    const [more, most] = PROGRESSION.repStep;
    const reps: [number, number] = [fewest + more, fewest + most];
    const why =
      load === 0
        ? 'with no added load'
        : `at ${mass(load)}, and the next real step (${mass(increment)}) is more than ${PROGRESSION.loadStepPct} % heavier`;
    return {
      loadKg: load,
      reps,
      action: 'increase-reps',
      reason: `Every set reached the top of the range ${why}: add reps instead, ${reps[0]}–${reps[1]} a set.`,
    };
  }
  const heavier = roundDownToIncrementKg(load * (1 + PROGRESSION.loadStepPct / 100), loading);
  return {
    loadKg: heavier,
    reps: range,
    action: 'increase-load',
    reason: `Every set reached ${range[1]} reps with ${prescription.rir} or more in reserve at ${mass(load)}: go to ${mass(heavier)} (+${pctUp(load, heavier)}) and start again at ${range[0]} reps.`,
  };
}
