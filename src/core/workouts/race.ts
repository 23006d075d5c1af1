import type { GoalDistance, RunStep } from '../plan/types.js';
import { paceBand } from './pace.js';
import type { RunBuilder, RunSpec } from './spec.js';
import { GOAL_NAMES } from './words.js';

export const RACE_DISTANCE_M: Record<GoalDistance, number> = {
  '5k': 5000,
  '10k': 10000,
  half: 21097.5,
  marathon: 42195,
};

const WARMUP_SEC = 15 * 60;
const COOLDOWN_SEC = 10 * 60;

/** Short races start fast, so they need a warm-up; long ones use the first kilometres for it. */
function needsWarmup(goal: GoalDistance): boolean {
  return goal === '5k' || goal === '10k';
}

function raceWhy(goal: GoalDistance): string {
  switch (goal) {
    case '5k':
      return 'Race day for your 5K: start at goal pace, hold it through the middle of the race and empty the tank over the last few minutes.';
    case '10k':
      return 'Race day for your 10K: settle at goal pace for the first half, then press on if you feel strong.';
    case 'half':
      return 'Race day for your half marathon: run the first half at goal pace and no faster, then let the last quarter decide the race.';
    case 'marathon':
      return 'Race day for your marathon: hold back to goal pace early, take fuel from the first hour on, and race the last quarter with what is left.';
  }
}

export const raceBuilder: RunBuilder = {
  build(spec: RunSpec) {
    const steps: RunStep[] = [];
    if (needsWarmup(spec.goal)) {
      steps.push({
        intensity: 'warmup',
        durationSec: WARMUP_SEC,
        paceSecPerKm: spec.paces.easySecPerKm,
        label: 'easy jog, then a few relaxed strides',
      });
    }
    steps.push({
      intensity: 'active',
      distanceM: RACE_DISTANCE_M[spec.goal],
      paceSecPerKm: paceBand(spec.racePaceSecPerKm),
      label: `race the ${GOAL_NAMES[spec.goal]} at goal pace`,
    });
    // After a 5K or 10K the legs can jog; after a half or a marathon, walking is kinder.
    steps.push(
      needsWarmup(spec.goal)
        ? {
            intensity: 'cooldown',
            durationSec: COOLDOWN_SEC,
            paceSecPerKm: spec.paces.easySecPerKm,
            label: 'easy jog to cool down',
          }
        : {
            intensity: 'cooldown',
            durationSec: COOLDOWN_SEC,
            label: 'walk to cool down, then refuel',
          },
    );
    return {
      title: `Race: ${GOAL_NAMES[spec.goal]}`,
      steps,
      why: raceWhy(spec.goal),
    };
  },
  // The race sets its own distance: targetKm is not used.
  minTargetKm: () => 0,
};
