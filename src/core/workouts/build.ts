import type { RunSession, RunType } from '../plan/types.js';
import { easyBuilder, recoveryBuilder } from './easy.js';
import { estimateKm, estimateMin } from './estimate.js';
import { isHardRun } from './hard.js';
import { hillsBuilder } from './hills.js';
import { intervalsBuilder } from './intervals.js';
import { longBuilder } from './long.js';
import { raceBuilder } from './race.js';
import { racePaceBuilder } from './race-pace.js';
import { type RunBuilder, type RunSpec, validateSpec } from './spec.js';
import { stridesBuilder } from './strides.js';
import { tempoBuilder } from './tempo.js';

const BUILDERS: Record<RunType, RunBuilder> = {
  easy: easyBuilder,
  recovery: recoveryBuilder,
  long: longBuilder,
  tempo: tempoBuilder,
  intervals: intervalsBuilder,
  hills: hillsBuilder,
  strides: stridesBuilder,
  'race-pace': racePaceBuilder,
  race: raceBuilder,
};

/** Turns what the generator asks for into a structured session with steps, paces and a why. */
export function buildRun(spec: RunSpec): RunSession {
  validateSpec(spec);
  const { title, steps, why } = BUILDERS[spec.type].build(spec);
  return {
    kind: 'run',
    type: spec.type,
    hard: isHardRun(spec.type),
    title,
    distanceKm: estimateKm(steps, spec.paces),
    durationMin: estimateMin(steps, spec.paces),
    steps,
    why,
  };
}

/**
 * Smallest targetKm buildRun accepts for this spec (to 0.1 km): a workout needs room for its
 * smallest set plus a warm-up and cool-down. 0 for race, which ignores targetKm. Depends only on
 * the type, the goal and the paces (see RunBuilder.minTargetKm).
 */
export function minTargetKm(spec: Omit<RunSpec, 'targetKm'>): number {
  validateSpec({ ...spec, targetKm: 1 });
  return BUILDERS[spec.type].minTargetKm(spec);
}
