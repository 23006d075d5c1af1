import type { Phase } from '../plan/types.js';
import { type Ladder, ladderMinTargetKm, pickRung } from './ladder.js';
import { paceBand } from './pace.js';
import type { RunBuilder, RunSpec } from './spec.js';
import { more, sentence } from './words.js';

interface IntervalRung {
  reps: number;
  distanceM: number;
}

/**
 * VO2max sets, ordered by total distance at interval pace. Reps stay at track lengths up to
 * 1000 m, named in metres, which runners use whichever units they read distances in.
 */
const RUNGS: readonly IntervalRung[] = [
  { reps: 5, distanceM: 400 },
  { reps: 6, distanceM: 400 },
  { reps: 5, distanceM: 600 },
  { reps: 4, distanceM: 800 },
  { reps: 5, distanceM: 800 },
  { reps: 4, distanceM: 1000 },
  { reps: 6, distanceM: 800 },
  { reps: 5, distanceM: 1000 },
  { reps: 6, distanceM: 1000 },
];

/** Jog recoveries last about as long as the rep, rounded to 15 s. */
function recoverySec(rung: IntervalRung, intervalSecPerKm: number): number {
  return Math.round(((rung.distanceM / 1000) * intervalSecPerKm) / 15) * 15;
}

const intervalsLadder: Ladder<IntervalRung> = {
  type: 'intervals',
  rungs: () => RUNGS,
  start: { beginner: 0, intermediate: 2, advanced: 3 },
  top: { beginner: 4, intermediate: 7, advanced: 8 },
  work: (rung, spec) => [
    {
      repeat: rung.reps,
      steps: [
        {
          intensity: 'active',
          distanceM: rung.distanceM,
          paceSecPerKm: paceBand(spec.paces.intervalSecPerKm),
          label: 'hard at interval pace',
        },
        {
          intensity: 'rest',
          durationSec: recoverySec(rung, spec.paces.intervalSecPerKm),
          paceSecPerKm: spec.paces.easySecPerKm,
          label: 'easy jog, about as long as the rep',
        },
      ],
    },
  ],
};

function setName(rung: IntervalRung): string {
  return `${rung.reps} × ${rung.distanceM} m`;
}

function purpose(phase: Phase): string {
  switch (phase) {
    case 'base':
      return 'Fast repeats at interval pace raise your VO2max, the ceiling of your aerobic engine, and work the quads and hamstrings hard enough to encourage lean muscle.';
    case 'build':
      return 'Repeats at interval pace push your VO2max up, which is what lets you hold a faster race pace; quads and hamstrings get a real growth stimulus too.';
    case 'peak':
      return 'Sharp repeats at interval pace keep your VO2max at its best as the race nears, and keep quads and hamstrings under a strong stimulus.';
    case 'taper':
      return 'A short set of fast repeats at interval pace keeps the speed in your legs while the taper lets fatigue fade.';
  }
}

function progress(rung: IntervalRung, previous?: IntervalRung, usual?: IntervalRung): string {
  if (usual) {
    return `Lighter week: ${setName(rung)} instead of ${setName(usual)}, so the recent work can settle in.`;
  }
  if (!previous) {
    return 'The first interval session of the plan: run the first rep controlled and the last one no slower.';
  }
  if (rung.distanceM > previous.distanceM) {
    return `Longer reps than last time: ${rung.distanceM} m instead of ${previous.distanceM} m.`;
  }
  if (rung.reps > previous.reps) {
    return `${sentence(more(rung.reps - previous.reps, 'rep'))} than last time: ${setName(rung)}.`;
  }
  return 'Same set as last time: aim to run every rep within a couple of seconds of the others.';
}

export const intervalsBuilder: RunBuilder = {
  build(spec: RunSpec) {
    const { rung, previous, usual, steps } = pickRung(intervalsLadder, spec);
    return {
      title: `Intervals ${setName(rung)}`,
      steps,
      why: `${purpose(spec.phase)} ${progress(rung, previous, usual)}`,
    };
  },
  minTargetKm: (spec) => ladderMinTargetKm(intervalsLadder, spec),
};
