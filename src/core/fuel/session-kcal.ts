import { InputError } from '../errors.js';
import type { Session } from '../plan/types.js';
import { assertBodyField } from './body.js';
import { roundTo } from './round.js';

/** Energy per litre of oxygen, the usual round figure for a mixed diet. */
const KCAL_PER_LITRE_O2 = 5;

/**
 * ACSM running equation, horizontal part: 0.2 ml O2 per kg per metre above rest. Per km that is
 * 200 ml/kg → 1 kcal per kg per km (net, flat). Runners differ by ~20 %, and hills cost more;
 * we leave both out because the plan cannot know them.
 */
const RUN_ML_O2_PER_KG_PER_M = 0.2;

/** One MET is 3.5 ml O2/kg/min, so 1.05 kcal per kg per hour. */
const KCAL_PER_KG_PER_MET_HOUR = (3.5 * 60 * KCAL_PER_LITRE_O2) / 1000;

/**
 * Gross METs from the Compendium of Physical Activities (Ainsworth 2011); we subtract the one
 * MET of rest, which maintenance already counts.
 * Heavy lifting (hypertrophy sets with rests) ~5, light circuit-style durability work ~3.5,
 * stretching and mobility ~2.5, easy cross-training (bike, elliptical, swim) ~6.
 */
const GROSS_METS = {
  strengthHeavy: 5,
  strengthLight: 3.5,
  mobility: 2.5,
  cross: 6,
} as const;
const REST_METS = 1;

function assertNonNegative(value: number, field: string): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new InputError(`${field} ${value}: expected a number of 0 or more`, field);
  }
}

function metKcal(grossMets: number, weightKg: number, durationMin: number): number {
  return (grossMets - REST_METS) * KCAL_PER_KG_PER_MET_HOUR * weightKg * (durationMin / 60);
}

/** Net energy of one planned session (above what maintenance already counts), rounded to 5 kcal. */
export function sessionKcal(session: Session, weightKg: number): number {
  assertBodyField('weightKg', weightKg);
  assertNonNegative(session.durationMin, 'durationMin');
  switch (session.kind) {
    case 'run': {
      assertNonNegative(session.distanceKm, 'distanceKm');
      const mlO2PerKg = RUN_ML_O2_PER_KG_PER_M * session.distanceKm * 1000;
      return roundTo((mlO2PerKg / 1000) * KCAL_PER_LITRE_O2 * weightKg, 5);
    }
    case 'strength': {
      const mets = session.heavy ? GROSS_METS.strengthHeavy : GROSS_METS.strengthLight;
      return roundTo(metKcal(mets, weightKg, session.durationMin), 5);
    }
    case 'mobility':
      return roundTo(metKcal(GROSS_METS.mobility, weightKg, session.durationMin), 5);
    case 'cross':
      return roundTo(metKcal(GROSS_METS.cross, weightKg, session.durationMin), 5);
  }
}
