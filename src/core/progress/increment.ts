// Real load steps: a lift can only go up by what the gym hands you. Barbells take a pair of
// 1.25 kg plates (2.5 kg in all), fixed dumbbells come in 1 kg steps below 10 kg and 2 kg steps
// from there, machine stacks and cables in 2.5 kg; anyone lifting in pounds gets 5 lb steps.
import { EXERCISES } from '../exercises/index.js';
import { KG_PER_LB } from '../units/conversions.js';
import type { MassUnit } from '../units/mass.js';

export type Implement = 'barbell' | 'dumbbell' | 'machine' | 'cable' | 'bodyweight';

export interface Loading {
  implement: Implement;
  /** The unit the athlete's plates and dumbbells come in. */
  massUnit: MassUnit;
}

export const INCREMENT_KG = {
  barbell: 2.5,
  machine: 2.5,
  cable: 2.5,
  dumbbellLight: 1,
  dumbbellHeavy: 2,
  /** Dumbbells from this load up come in the heavy steps. */
  dumbbellHeavyFromKg: 10,
} as const;
export const INCREMENT_LB = 5;

/** Library lifts loaded with something other than the body (the rest are bodyweight moves). */
const LOADED: Readonly<Record<string, Exclude<Implement, 'bodyweight'>>> = {
  'back-squat': 'barbell',
  'front-squat': 'barbell',
  'romanian-deadlift': 'barbell',
  'trap-bar-deadlift': 'barbell',
  'bench-press': 'barbell',
  'overhead-press': 'barbell',
  'leg-press': 'machine',
  'lat-pulldown': 'machine',
  row: 'cable',
  'face-pull': 'cable',
  'pallof-press': 'cable',
  'goblet-squat': 'dumbbell',
  'dumbbell-rdl': 'dumbbell',
  'hip-thrust': 'dumbbell',
  'dumbbell-swing': 'dumbbell',
  'dumbbell-press': 'dumbbell',
  'incline-dumbbell-press': 'dumbbell',
  'dumbbell-shoulder-press': 'dumbbell',
  'dumbbell-row': 'dumbbell',
  'reverse-fly': 'dumbbell',
  'farmer-carry': 'dumbbell',
  'suitcase-carry': 'dumbbell',
};

/** What loads a library exercise; undefined for an id the library does not know. */
export function implementOf(exerciseId: string): Implement | undefined {
  const loaded = LOADED[exerciseId];
  if (loaded) return loaded;
  return EXERCISES.some((e) => e.id === exerciseId) ? 'bodyweight' : undefined;
}

// Float tails (2.5 × 3 = 7.500000000000001) would break "is this on the grid" comparisons.
const tidy = (x: number) => Number(x.toFixed(6));
const floorTo = (x: number, step: number) => tidy(Math.floor(x / step + 1e-9) * step);
/** Pounds to 0.01 lb, so 100 lb stored as 45.36 kg reads as 100 lb again. */
const toLb = (kg: number) => Number((kg / KG_PER_LB).toFixed(2));

/** The smallest real step up from this load, in kg. */
export function loadIncrementKg(loadKg: number, loading: Loading): number {
  if (loading.massUnit === 'lb') return tidy(INCREMENT_LB * KG_PER_LB);
  switch (loading.implement) {
    case 'barbell':
    case 'machine':
    case 'cable':
      return INCREMENT_KG[loading.implement];
    // Added weight on a bodyweight move is usually a dumbbell held or worn.
    case 'dumbbell':
    case 'bodyweight':
      return loadKg < INCREMENT_KG.dumbbellHeavyFromKg
        ? INCREMENT_KG.dumbbellLight
        : INCREMENT_KG.dumbbellHeavy;
  }
}

/** The heaviest real load at or below loadKg (never below 0). */
export function roundDownToIncrementKg(loadKg: number, loading: Loading): number {
  if (loadKg <= 0) return 0;
  if (loading.massUnit === 'lb') return tidy(floorTo(toLb(loadKg), INCREMENT_LB) * KG_PER_LB);
  return floorTo(loadKg, loadIncrementKg(loadKg, loading));
}
