import type { GoalDistance, Phase } from '../plan/types.js';
import { type Ladder, ladderMinTargetKm, pickRung } from './ladder.js';
import { paceBand } from './pace.js';
import type { RunBuilder, RunSpec } from './spec.js';
import { GOAL_NAMES, more, sentence } from './words.js';

interface RacePaceRung {
  reps: number;
  distanceM: number;
}

function rung(reps: number, distanceM: number): RacePaceRung {
  return { reps, distanceM };
}

/** Blocks at goal pace, ordered by total distance; longer goals use longer blocks. */
const RUNGS: Record<GoalDistance, readonly RacePaceRung[]> = {
  '5k': [rung(3, 1000), rung(4, 1000), rung(3, 1500), rung(5, 1000), rung(4, 1500), rung(3, 2000)],
  '10k': [
    rung(2, 1500),
    rung(2, 2000),
    rung(3, 1500),
    rung(3, 2000),
    rung(2, 3000),
    rung(4, 2000),
    rung(3, 3000),
  ],
  half: [rung(2, 2000), rung(2, 3000), rung(3, 3000), rung(2, 5000), rung(3, 4000), rung(2, 7000)],
  marathon: [
    rung(2, 3000),
    rung(2, 4000),
    rung(2, 5000),
    rung(3, 4000),
    rung(3, 5000),
    rung(2, 8000),
  ],
};

/** A minute of jogging per km of block, between 1:30 and 3:00. */
function recoverySec(distanceM: number): number {
  return Math.min(180, Math.max(90, Math.round((distanceM / 1000) * 60)));
}

const racePaceLadder: Ladder<RacePaceRung> = {
  type: 'race-pace',
  rungs: (spec) => RUNGS[spec.goal],
  start: { beginner: 0, intermediate: 1, advanced: 2 },
  top: { beginner: 3, intermediate: 5, advanced: 6 },
  work: (block, spec) => [
    {
      repeat: block.reps,
      steps: [
        {
          intensity: 'active',
          distanceM: block.distanceM,
          paceSecPerKm: paceBand(spec.racePaceSecPerKm),
          label: 'at goal race pace',
        },
        {
          intensity: 'rest',
          durationSec: recoverySec(block.distanceM),
          paceSecPerKm: spec.paces.easySecPerKm,
          label: 'easy jog',
        },
      ],
    },
  ],
};

function totalM(block: RacePaceRung): number {
  return block.reps * block.distanceM;
}

function purpose(phase: Phase, goal: string): string {
  switch (phase) {
    case 'base':
    case 'build':
      return `Blocks at your ${goal} goal pace make that rhythm familiar, so on race day it feels controlled rather than strained.`;
    case 'peak':
      return `With the race close, these blocks at goal pace rehearse the exact ${goal} effort, including how it feels once you are tired.`;
    case 'taper':
      return `A short dose of ${goal} pace reminds the legs of race rhythm without tiring them.`;
  }
}

// Told in blocks, not distance: the why is read in km or miles, and the steps carry the numbers.
function progress(block: RacePaceRung, previous?: RacePaceRung, usual?: RacePaceRung): string {
  if (usual)
    return 'Lighter week: a bit less race-pace running than usual, so recent work can settle.';
  if (!previous) {
    return 'The first race-pace session: lock into the pace early and keep it even rather than fast.';
  }
  if (block.distanceM === previous.distanceM && block.reps === previous.reps) {
    return 'Same blocks as last time: hold the pace with a little less effort.';
  }
  if (block.distanceM === previous.distanceM) {
    return `${sentence(more(block.reps - previous.reps, 'block'))} at race pace than last time.`;
  }
  const amount =
    totalM(block) > totalM(previous)
      ? 'More race-pace running than last time'
      : 'As much race-pace running as last time';
  const size = block.distanceM > previous.distanceM ? 'longer' : 'shorter';
  return `${amount}, in ${block.reps} ${size} blocks.`;
}

export const racePaceBuilder: RunBuilder = {
  build(spec: RunSpec) {
    const { rung: block, previous, usual, steps } = pickRung(racePaceLadder, spec);
    return {
      title: `Race pace ${block.reps} blocks`,
      steps,
      why: `${purpose(spec.phase, GOAL_NAMES[spec.goal])} ${progress(block, previous, usual)}`,
    };
  },
  minTargetKm: (spec) => ladderMinTargetKm(racePaceLadder, spec),
};
