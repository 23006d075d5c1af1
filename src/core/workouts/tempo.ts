import type { Phase, WorkoutStep } from '../plan/types.js';
import { type Ladder, ladderMinTargetKm, pickRung } from './ladder.js';
import { paceBand } from './pace.js';
import type { RunBuilder, RunSpec } from './spec.js';
import { more, sentence } from './words.js';

/** Threshold minutes, and how they split as cruise intervals (reps × repMin = totalMin). */
interface TempoRung {
  totalMin: number;
  reps: number;
  repMin: number;
}

/** The seed's 20–30 min of steady tempo, with shorter starts for beginners. */
const RUNGS: readonly TempoRung[] = [
  { totalMin: 15, reps: 3, repMin: 5 },
  { totalMin: 18, reps: 3, repMin: 6 },
  { totalMin: 20, reps: 2, repMin: 10 },
  { totalMin: 21, reps: 3, repMin: 7 },
  { totalMin: 24, reps: 3, repMin: 8 },
  { totalMin: 27, reps: 3, repMin: 9 },
  { totalMin: 28, reps: 4, repMin: 7 },
  { totalMin: 30, reps: 3, repMin: 10 },
];

/** Even-numbered tempo sessions are one steady block; odd ones are cruise intervals. */
function isContinuous(step: number): boolean {
  return step % 2 === 0;
}

function continuousWork(rung: TempoRung, spec: Omit<RunSpec, 'targetKm'>): WorkoutStep[] {
  return [
    {
      intensity: 'active',
      durationSec: rung.totalMin * 60,
      paceSecPerKm: paceBand(spec.paces.thresholdSecPerKm),
      label: 'steady at threshold: comfortably hard',
    },
  ];
}

function cruiseWork(rung: TempoRung, spec: Omit<RunSpec, 'targetKm'>): WorkoutStep[] {
  return [
    {
      repeat: rung.reps,
      steps: [
        {
          intensity: 'active',
          durationSec: rung.repMin * 60,
          paceSecPerKm: paceBand(spec.paces.thresholdSecPerKm),
          label: 'at threshold, even effort',
        },
        {
          intensity: 'rest',
          // Longer blocks earn a longer jog: 1 min up to 7 min, 2 min from 8 min.
          durationSec: rung.repMin >= 8 ? 120 : 60,
          paceSecPerKm: spec.paces.easySecPerKm,
          label: 'easy jog',
        },
      ],
    },
  ];
}

const tempoLadder: Ladder<TempoRung> = {
  type: 'tempo',
  rungs: () => RUNGS,
  start: { beginner: 0, intermediate: 2, advanced: 3 },
  top: { beginner: 4, intermediate: 7, advanced: 7 },
  work: (rung, spec) =>
    isContinuous(spec.step) ? continuousWork(rung, spec) : cruiseWork(rung, spec),
  // Cruise intervals add jogs, so they are the larger shape.
  sizingWork: cruiseWork,
};

function shape(rung: TempoRung, continuous: boolean): string {
  return continuous ? `${rung.totalMin} min` : `${rung.reps} × ${rung.repMin} min`;
}

function purpose(phase: Phase, continuous: boolean): string {
  if (phase === 'taper') {
    return 'A short dose of threshold running keeps your rhythm sharp while the taper drains fatigue.';
  }
  if (continuous) {
    return 'A steady block at threshold teaches you to hold a hard pace longer before fatigue builds fast, and gives legs and core a moderate strength stimulus.';
  }
  return 'Cruise intervals split threshold running into blocks with short jogs, so you bank more time at threshold for the same strain, with a moderate stimulus for legs and core.';
}

function progress(
  rung: TempoRung,
  continuous: boolean,
  previous?: TempoRung,
  usual?: TempoRung,
): string {
  if (usual) {
    return `Lighter week: ${rung.totalMin} min at threshold instead of ${usual.totalMin}.`;
  }
  if (!previous) return 'The first tempo of the plan: settle into the pace rather than chase it.';
  const now = continuous ? 'in one block' : `split into ${shape(rung, false)}`;
  if (rung.totalMin > previous.totalMin) {
    return `${sentence(more(rung.totalMin - previous.totalMin, 'minute'))} at threshold than last time, ${now}.`;
  }
  return `The same ${rung.totalMin} min at threshold as last time, now ${now}: keep the effort even.`;
}

export const tempoBuilder: RunBuilder = {
  build(spec: RunSpec) {
    const { rung, previous, usual, steps } = pickRung(tempoLadder, spec);
    const continuous = isContinuous(spec.step);
    return {
      title: `Tempo ${shape(rung, continuous)}`,
      steps,
      why: `${purpose(spec.phase, continuous)} ${progress(rung, continuous, previous, usual)}`,
    };
  },
  minTargetKm: (spec) => ladderMinTargetKm(tempoLadder, spec),
};
