import type { Phase } from '../plan/types.js';
import { type Ladder, ladderMinTargetKm, pickRung } from './ladder.js';
import type { RunBuilder, RunSpec } from './spec.js';
import { more, sentence } from './words.js';

interface HillRung {
  reps: number;
  sprintSec: number;
}

/** The seed's 6–10 sprints of 10–20 s, ordered by total seconds of sprinting. */
const RUNGS: readonly HillRung[] = [
  { reps: 6, sprintSec: 10 },
  { reps: 8, sprintSec: 10 },
  { reps: 6, sprintSec: 15 },
  { reps: 10, sprintSec: 10 },
  { reps: 8, sprintSec: 15 },
  { reps: 10, sprintSec: 15 },
  { reps: 8, sprintSec: 20 },
  { reps: 10, sprintSec: 20 },
];

/** Walking back down takes several times the sprint and leaves the legs fresh for the next one. */
const WALK_BACK_PER_SPRINT_SEC = 6;

const hillsLadder: Ladder<HillRung> = {
  type: 'hills',
  rungs: () => RUNGS,
  start: { beginner: 0, intermediate: 1, advanced: 2 },
  top: { beginner: 5, intermediate: 7, advanced: 7 },
  // No pace target: the slope makes pace meaningless, effort is what counts.
  work: (rung) => [
    {
      repeat: rung.reps,
      steps: [
        {
          intensity: 'active',
          durationSec: rung.sprintSec,
          label: 'hill sprint: hard uphill, tall and powerful',
        },
        {
          intensity: 'rest',
          durationSec: rung.sprintSec * WALK_BACK_PER_SPRINT_SEC,
          label: 'walk back down, recover fully',
        },
      ],
    },
  ],
};

function setName(rung: HillRung): string {
  return `${rung.reps} × ${rung.sprintSec} s`;
}

function purpose(phase: Phase): string {
  switch (phase) {
    case 'base':
      return 'Short, hard sprints up a steep hill give glutes and calves the strongest growth stimulus of any run, and build the power later speed work draws on.';
    case 'build':
    case 'peak':
      return 'Hill sprints load glutes and calves harder than any other run, which makes them the best running stimulus for muscle there, while the slope keeps impact low.';
    case 'taper':
      return 'A few short hill sprints keep the legs springy and powerful without leaving fatigue for race day.';
  }
}

function progress(rung: HillRung, previous?: HillRung, usual?: HillRung): string {
  if (usual) return `Lighter week: ${setName(rung)} instead of ${setName(usual)}.`;
  if (!previous) {
    return 'The first hill session: pick a steep slope and stop each sprint before your form breaks.';
  }
  if (rung.sprintSec > previous.sprintSec) {
    return `Each sprint is ${rung.sprintSec - previous.sprintSec} s longer than last time: ${setName(rung)}.`;
  }
  if (rung.reps > previous.reps) {
    return `${sentence(more(rung.reps - previous.reps, 'sprint'))} than last time: ${setName(rung)}.`;
  }
  return 'Same set as last time: make the last sprint as strong as the first.';
}

export const hillsBuilder: RunBuilder = {
  build(spec: RunSpec) {
    const { rung, previous, usual, steps } = pickRung(hillsLadder, spec);
    return {
      title: `Hill sprints ${setName(rung)}`,
      steps,
      why: `${purpose(spec.phase)} ${progress(rung, previous, usual)}`,
    };
  },
  minTargetKm: (spec) => ladderMinTargetKm(hillsLadder, spec),
};
