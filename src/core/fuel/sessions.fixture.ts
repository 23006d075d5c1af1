// Small session builders for the fuel tests: only the fields fuel reads are meaningful.
import type {
  CrossSession,
  MobilitySession,
  RunSession,
  RunType,
  StrengthSession,
} from '../plan/types.js';

const HARD_RUNS: readonly RunType[] = ['tempo', 'intervals', 'hills', 'race-pace', 'race'];

export function run(type: RunType, distanceKm: number, durationMin: number): RunSession {
  return {
    kind: 'run',
    type,
    hard: HARD_RUNS.includes(type),
    title: `${type} run ${distanceKm} km`,
    distanceKm,
    durationMin,
    steps: [],
    why: 'test',
  };
}

export function strength(durationMin: number, heavy = true): StrengthSession {
  return {
    kind: 'strength',
    focus: 'lower',
    heavy,
    title: 'Lower body',
    durationMin,
    exercises: [],
    why: 'test',
  };
}

export function mobility(durationMin: number): MobilitySession {
  return { kind: 'mobility', title: 'Mobility and core', durationMin, items: [], why: 'test' };
}

export function cross(durationMin: number): CrossSession {
  return { kind: 'cross', title: 'Easy bike', durationMin, why: 'test' };
}
