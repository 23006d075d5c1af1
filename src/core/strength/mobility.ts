// Mobility sessions: the seed's Wednesday "mobility + core" (hip, ankle and upper-back mobility with
// anti-rotation core work) and its Sunday "stretching or yoga" (a gentle flow of holds).

import { InputError } from '../errors.js';
import { EQUIPMENT } from '../exercises/exercise.js';
import { getExercise } from '../exercises/library.js';
import type { Equipment, MobilitySession } from '../plan/types.js';
import { STRENGTH_RULES } from './rules.js';
import { inSentence } from './words.js';

export interface MobilitySpec {
  kind: 'mobility-core' | 'stretch';
  /** Wanted length; kept within 10–30 min. */
  minutes: number;
  /** 0, 1, …: rotates the items from one session to the next. */
  variant: number;
  /** Setup available; bodyweight (the default) leaves out the cable or band Pallof press. */
  equipment?: Equipment;
}

/** About two rounds of 30–40 s (each side where it applies) plus the change-over. */
const MIN_PER_ITEM = 2.5;

const MOBILITY = [
  'worlds-greatest-stretch',
  '90-90-hip-switch',
  'ankle-rock',
  'thoracic-rotation',
  'hip-flexor-stretch',
  'leg-swing',
  'cat-cow',
  'couch-stretch',
];
const ANTI_ROTATION = ['dead-bug', 'bird-dog', 'side-plank', 'pallof-press'];
const OTHER_CORE = ['copenhagen-plank', 'glute-bridge', 'plank', 'hollow-hold'];
const STRETCH_FLOW = [
  'cat-cow',
  'childs-pose',
  'downward-dog',
  'hip-flexor-stretch',
  'pigeon-stretch',
  'hamstring-stretch',
  'calf-stretch',
  'couch-stretch',
  'thoracic-rotation',
  '90-90-hip-switch',
  'cobra-stretch',
  'ankle-rock',
];

const rotate = <T>(list: readonly T[], by: number): T[] => {
  const k = by % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
};

function checkSpec(spec: MobilitySpec): void {
  if (spec.kind !== 'mobility-core' && spec.kind !== 'stretch')
    throw new InputError(`kind "${spec.kind}": expected mobility-core or stretch`, 'kind');
  if (!Number.isFinite(spec.minutes) || spec.minutes <= 0)
    throw new InputError(
      `minutes ${spec.minutes}: expected a positive number of minutes`,
      'minutes',
    );
  if (!Number.isInteger(spec.variant) || spec.variant < 0)
    throw new InputError(`variant ${spec.variant}: expected a whole number, 0 or more`, 'variant');
  if (spec.equipment !== undefined && !EQUIPMENT.includes(spec.equipment))
    throw new InputError(
      `equipment "${spec.equipment}": expected ${EQUIPMENT.join(', ')}`,
      'equipment',
    );
}

function mobilityCore(count: number, variant: number, equipment: Equipment): string[] {
  const anti = ANTI_ROTATION.filter((id) => getExercise(id).equipment.includes(equipment));
  // Anti-rotation work first, so even the shortest session has at least two such items.
  const core = [...rotate(anti, variant), ...rotate(OTHER_CORE, variant)].slice(
    0,
    Math.floor(count / 2),
  );
  const mobility = rotate(MOBILITY, variant).slice(0, count - core.length);
  // Start with mobility as the warm-up, then alternate.
  return mobility.flatMap((id, i) => (core[i] ? [id, core[i]] : [id]));
}

function why(kind: MobilitySpec['kind'], variant: number, items: readonly string[]): string {
  if (kind === 'stretch')
    return variant % 2 === 0
      ? 'A slow stretching flow for the hips, hamstrings and calves that unwinds the week of running and lifting; breathe out into every hold.'
      : 'Gentle yoga-style holds give back range in the hips and lower legs and help you wind down; nothing here should feel like effort.';
  const core = items
    .map(getExercise)
    .filter((e) => e.pattern === 'core')
    .slice(0, 2)
    .map((e) => inSentence(e.name));
  return variant % 2 === 0
    ? `Hip, ankle and upper-back mobility alternates with core work that resists twisting (${core.join(', ')}), which keeps the trunk steady and the stride free at almost no cost in fatigue.`
    : `Taking the hips and spine through their full range and teaching the core to hold still against rotation (${core.join(', ')}) helps you keep your form late in runs and lifts.`;
}

export function buildMobilitySession(spec: MobilitySpec): MobilitySession {
  checkSpec(spec);
  const [fewest, most] = STRENGTH_RULES.mobilityMinutes;
  const durationMin = Math.min(most, Math.max(fewest, Math.round(spec.minutes)));
  const count = Math.round(durationMin / MIN_PER_ITEM);
  const items =
    spec.kind === 'stretch'
      ? rotate(STRETCH_FLOW, spec.variant).slice(0, count)
      : mobilityCore(count, spec.variant, spec.equipment ?? 'bodyweight');
  return {
    kind: 'mobility',
    title: spec.kind === 'stretch' ? 'Stretching flow' : 'Mobility & core',
    durationMin,
    items,
    why: why(spec.kind, spec.variant, items),
  };
}
