// One load scale for every session, runs and lifts alike: Foster's session RPE (CR-10 RPE ×
// minutes, Foster 2001). When no RPE was given, heart rate (Banister TRIMP, rescaled) or the
// session type stands in for it. docs/load.md explains the scale and both stand-ins.
import { banisterTrimp } from '../activity/trimp.js';
import { InputError } from '../errors.js';
import type { RunType, Session, Sex } from '../plan/types.js';

export type SessionKind = Session['kind'];

export const SESSION_KINDS: readonly SessionKind[] = ['run', 'strength', 'cross', 'mobility'];

export interface LoadInput {
  kind: SessionKind;
  /** Runs: picks the type-table RPE when neither RPE nor heart rate is known. */
  type?: RunType;
  /** Strength: hypertrophy loading rather than light durability work (type table). */
  heavy?: boolean;
  durationMin: number;
  /** Session RPE on the CR-10 scale (0–10), asked about 30 minutes after the session. */
  rpe?: number;
  avgHr?: number;
  maxHr?: number;
  restHr?: number;
  /** Picks the TRIMP weighting; men's (Banister's original) when not given. */
  sex?: Sex;
}

export type LoadMethod = 'srpe' | 'trimp' | 'type';

export interface SessionLoad {
  /** Arbitrary units on the session-RPE scale: an hour at RPE 7 is 420. */
  load: number;
  method: LoadMethod;
  /** How the load was found, in a few words. */
  note: string;
}

/** The anchor of the TRIMP mapping: an hour at threshold heart rate counts as an hour at RPE 7. */
export const THRESHOLD_ANCHOR = { minutes: 60, rpe: 7 } as const;

/**
 * Threshold as a fraction of heart-rate reserve. Daniels puts threshold running at 88–92 % of
 * maximum heart rate; with a resting rate near 50 and a maximum near 190 that is about 85 % of
 * the reserve, so 0.85 is the anchor.
 */
export const THRESHOLD_HRR = 0.85;

/**
 * Session-RPE units per TRIMP unit, one factor per sex so that an hour at THRESHOLD_HRR scores
 * 420 for both. banisterTrimp takes heart rates; rest 0 and max 1 make avgHr the HRr itself.
 */
export const TRIMP_TO_SRPE: Readonly<Record<Sex, number>> = {
  male:
    (THRESHOLD_ANCHOR.minutes * THRESHOLD_ANCHOR.rpe) /
    banisterTrimp(THRESHOLD_ANCHOR.minutes, THRESHOLD_HRR, 0, 1, 'male'),
  female:
    (THRESHOLD_ANCHOR.minutes * THRESHOLD_ANCHOR.rpe) /
    banisterTrimp(THRESHOLD_ANCHOR.minutes, THRESHOLD_HRR, 0, 1, 'female'),
};

/** Typical whole-session CR-10 RPE by run type (warm-up and cool-down included). */
export const RUN_TYPE_RPE: Readonly<Record<RunType, number>> = {
  recovery: 2,
  easy: 3,
  strides: 3,
  long: 4,
  'race-pace': 5,
  tempo: 6,
  hills: 6,
  intervals: 7,
  race: 8,
};

/** Typical whole-session RPE for the other kinds; strength by loading, unknown in between. */
export const OTHER_KIND_RPE = {
  strengthHeavy: 6,
  strengthLight: 4,
  strengthUnknown: 5,
  cross: 4,
  mobility: 2,
} as const;

/** Heart rate stands in for RPE only on aerobic work: it badly understates a lifting session. */
const HEART_RATE_KINDS: readonly SessionKind[] = ['run', 'cross'];

function check(s: LoadInput): void {
  if (!SESSION_KINDS.includes(s.kind)) {
    throw new InputError(`kind "${s.kind}": expected one of ${SESSION_KINDS.join(', ')}`, 'kind');
  }
  if (s.type !== undefined && !(s.type in RUN_TYPE_RPE)) {
    const types = Object.keys(RUN_TYPE_RPE).join(', ');
    throw new InputError(`type "${s.type}": expected one of ${types}`, 'type');
  }
  if (!(Number.isFinite(s.durationMin) && s.durationMin >= 0)) {
    throw new InputError(
      `durationMin ${s.durationMin}: expected minutes, 0 or more`,
      'durationMin',
    );
  }
  if (s.rpe !== undefined && !(s.rpe >= 0 && s.rpe <= 10)) {
    throw new InputError(`rpe ${s.rpe}: expected 0 to 10 (CR-10 scale)`, 'rpe');
  }
  for (const field of ['avgHr', 'maxHr', 'restHr'] as const) {
    const bpm = s[field];
    if (bpm !== undefined && !(bpm > 0 && bpm <= 250)) {
      throw new InputError(`${field} ${bpm}: expected beats per minute, 1 to 250`, field);
    }
  }
  if (s.restHr !== undefined && s.maxHr !== undefined && s.restHr >= s.maxHr) {
    throw new InputError(`restHr ${s.restHr} must be below maxHr ${s.maxHr}`, 'restHr');
  }
}

function typeRpe(s: LoadInput): { rpe: number; what: string } {
  switch (s.kind) {
    case 'run':
      return s.type === undefined
        ? { rpe: RUN_TYPE_RPE.easy, what: 'run of unknown type, taken as easy' }
        : { rpe: RUN_TYPE_RPE[s.type], what: `${s.type} run` };
    case 'strength':
      if (s.heavy === undefined) {
        return { rpe: OTHER_KIND_RPE.strengthUnknown, what: 'strength session' };
      }
      return s.heavy
        ? { rpe: OTHER_KIND_RPE.strengthHeavy, what: 'heavy strength session' }
        : { rpe: OTHER_KIND_RPE.strengthLight, what: 'light strength session' };
    case 'cross':
      return { rpe: OTHER_KIND_RPE.cross, what: 'cross-training' };
    case 'mobility':
      return { rpe: OTHER_KIND_RPE.mobility, what: 'mobility session' };
  }
}

const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/** RPE × minutes when RPE is known; else rescaled TRIMP for runs and cross; else the type table. */
export function sessionLoad(s: LoadInput): SessionLoad {
  check(s);
  const minutes = s.durationMin;
  if (s.rpe !== undefined) {
    return { load: s.rpe * minutes, method: 'srpe', note: `RPE ${s.rpe} × ${minutes} min` };
  }
  const { avgHr, restHr, maxHr } = s;
  if (
    HEART_RATE_KINDS.includes(s.kind) &&
    avgHr !== undefined &&
    restHr !== undefined &&
    maxHr !== undefined
  ) {
    const sex = s.sex ?? 'male';
    const trimp = banisterTrimp(minutes, avgHr, restHr, maxHr, sex);
    const factor = TRIMP_TO_SRPE[sex];
    return {
      load: trimp * factor,
      method: 'trimp',
      note: `heart rate: TRIMP ${oneDecimal(trimp)} × ${factor.toFixed(2)}`,
    };
  }
  const { rpe, what } = typeRpe(s);
  return {
    load: rpe * minutes,
    method: 'type',
    note: `no RPE or heart rate: ${what} counted as RPE ${rpe} × ${minutes} min`,
  };
}

/** The expected load of a planned session, from its kind, run type or strength loading. */
export function plannedSessionLoad(session: Session): SessionLoad {
  const base = { kind: session.kind, durationMin: session.durationMin };
  if (session.kind === 'run') return sessionLoad({ ...base, type: session.type });
  if (session.kind === 'strength') return sessionLoad({ ...base, heavy: session.heavy });
  return sessionLoad(base);
}
