// What each kind of session is made of, in order of importance: when time is short the builder
// drops finishers first, then sets, then the last support slot. Options are gym choices in rotation
// order; `variant` picks one and substitute() adapts it to home or bodyweight.
import type { StrengthFocus } from '../plan/types.js';

export type SlotRole = 'main' | 'support' | 'finisher';

export interface Slot {
  options: readonly string[];
  role: SlotRole;
  /** Normal-week sets for heavy (hypertrophy) and light (durability) sessions. */
  sets: { heavy: number; light: number };
}

const main = (...options: string[]): Slot => ({
  options,
  role: 'main',
  sets: { heavy: 4, light: 3 },
});
const support = (...options: string[]): Slot => ({
  options,
  role: 'support',
  sets: { heavy: 3, light: 3 },
});
const finisher = (...options: string[]): Slot => ({
  options,
  role: 'finisher',
  sets: { heavy: 3, light: 3 },
});
// The accessory extra is short: fewer sets when light.
const accessory = (role: SlotRole, ...options: string[]): Slot => ({
  options,
  role,
  sets: { heavy: 3, light: 2 },
});

// Seed: lower body = squats, lunges, RDLs; calves and an adductor/core finisher if time allows.
const LOWER: Slot[] = [
  main('back-squat', 'front-squat'),
  support('romanian-deadlift', 'hip-thrust'),
  support('split-squat', 'bulgarian-split-squat', 'step-up'),
  finisher('calf-raise', 'soleus-raise'),
  finisher('copenhagen-plank', 'dead-bug'),
];

// Without the upper-body emphasis the second press/pull is a finisher and core stays; with it the
// extra lifts come first and core is the finisher, so the emphasis always means more press/pull.
const UPPER: Slot[] = [
  main('dumbbell-press', 'bench-press'),
  main('pull-up', 'row'),
  support('pallof-press', 'dead-bug'),
  finisher('dumbbell-row', 'dumbbell-shoulder-press'),
];

const UPPER_EMPHASIS: Slot[] = [
  main('dumbbell-press', 'bench-press'),
  main('pull-up', 'row'),
  support('dumbbell-shoulder-press', 'incline-dumbbell-press'),
  support('dumbbell-row', 'lat-pulldown'),
  finisher('pallof-press', 'dead-bug'),
];

// Full body: three sets of everything; the seed's light version is the Friday combo.
const FULL: Slot[] = [
  support('back-squat', 'goblet-squat', 'bulgarian-split-squat'),
  support('push-up', 'dumbbell-press', 'overhead-press'),
  support('romanian-deadlift', 'single-leg-rdl'),
  support('row', 'pull-up', 'inverted-row'),
  finisher('farmer-carry', 'suitcase-carry'),
];

const FULL_EMPHASIS: Slot[] = [
  support('back-squat', 'goblet-squat', 'bulgarian-split-squat'),
  support('push-up', 'dumbbell-press', 'overhead-press'),
  support('row', 'pull-up', 'inverted-row'),
  support('dumbbell-shoulder-press', 'dumbbell-row'),
  support('romanian-deadlift', 'single-leg-rdl'),
  finisher('farmer-carry', 'suitcase-carry'),
];

// Calves and glutes without squat, hinge or lunge patterns, so it never counts as leg work.
const ACCESSORY: Slot[] = [
  accessory('support', 'calf-raise', 'single-leg-calf-raise'),
  accessory('support', 'glute-bridge'),
  accessory('finisher', 'soleus-raise'),
];

export function slotsFor(focus: StrengthFocus, upperEmphasis: boolean): readonly Slot[] {
  switch (focus) {
    case 'lower':
      return LOWER;
    case 'upper':
      return upperEmphasis ? UPPER_EMPHASIS : UPPER;
    case 'full':
      return upperEmphasis ? FULL_EMPHASIS : FULL;
    case 'accessory':
      return ACCESSORY;
  }
}
