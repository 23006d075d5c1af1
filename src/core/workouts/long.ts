import type { GoalDistance, RunStep } from '../plan/types.js';
import { MIN_STEADY_KM, requireSteadyTarget } from './easy.js';
import { estimateMin } from './estimate.js';
import { paceBand } from './pace.js';
import type { RunBuilder, RunSpec } from './spec.js';
import { GOAL_NAMES } from './words.js';

/** Kilometres at marathon pace that close a long run, growing through the plan. */
const MP_FINISH_KM: Partial<Record<GoalDistance, readonly number[]>> = {
  half: [2, 3, 4, 5, 6],
  marathon: [3, 4, 5, 6, 8, 10],
};
/** The finish never takes more than this share of the run: the rest stays easy. */
const MP_SHARE_MAX = 0.35;
const MIN_MP_KM = 2;

/**
 * Km at marathon pace at the end of this long run, 0 for an all-easy one. Only for half and
 * marathon goals in build and peak, every second long run, never in a lighter week.
 */
export function marathonPaceFinishKm(spec: RunSpec): number {
  const ladder = MP_FINISH_KM[spec.goal];
  if (!ladder || (spec.phase !== 'build' && spec.phase !== 'peak')) return 0;
  if (spec.lighter || spec.step % 2 === 0) return 0;
  const climbed = Math.floor(spec.step / (spec.experience === 'beginner' ? 4 : 2));
  const wantedKm = ladder[Math.min(climbed, ladder.length - 1)]!;
  const km = Math.min(wantedKm, Math.floor(spec.targetKm * MP_SHARE_MAX));
  return km >= MIN_MP_KM ? km : 0;
}

function plainWhy(spec: RunSpec): string {
  if (spec.phase === 'taper') {
    return 'Shorter than recent long runs, this keeps your endurance in place without carrying fatigue to the start line.';
  }
  if (spec.lighter) {
    return 'A shorter long run in a lighter week keeps the endurance habit while the body catches up with recent training.';
  }
  if (spec.phase === 'base') {
    return 'An unhurried long run builds aerobic endurance and sturdier legs; it adds little muscle, so keep it conversational and leave growth to the lifting.';
  }
  return `Time on your feet at an easy pace stretches your endurance toward the ${GOAL_NAMES[spec.goal]} distance; the easy effort keeps it from eating into recovery for lifting.`;
}

function finishWhy(spec: RunSpec, finishKm: number): string {
  const main =
    'A finish at marathon pace teaches you to hold a steady race rhythm on tired legs, while the easy running before it builds endurance.';
  const previousKm = spec.step >= 2 ? marathonPaceFinishKm({ ...spec, step: spec.step - 2 }) : 0;
  if (previousKm > 0 && finishKm > previousKm) {
    return `${main} It is a longer marathon-pace finish than last time.`;
  }
  return main;
}

export const longBuilder: RunBuilder = {
  build(spec: RunSpec) {
    requireSteadyTarget(spec);
    const totalM = Math.round(spec.targetKm * 10) * 100;
    const finishKm = marathonPaceFinishKm(spec);
    const steps: RunStep[] = [
      {
        intensity: 'active',
        distanceM: totalM - finishKm * 1000,
        paceSecPerKm: spec.paces.easySecPerKm,
        label: 'easy, conversational pace',
      },
    ];
    if (finishKm > 0) {
      steps.push({
        intensity: 'active',
        distanceM: finishKm * 1000,
        paceSecPerKm: paceBand(spec.paces.marathonSecPerKm),
        label: 'finish at marathon pace',
      });
    }
    // Named by time, which reads the same to a runner in km or in miles.
    const title = `Long run ${estimateMin(steps, spec.paces)} min`;
    return finishKm > 0
      ? { title: `${title}, marathon-pace finish`, steps, why: finishWhy(spec, finishKm) }
      : { title, steps, why: plainWhy(spec) };
  },
  minTargetKm: () => MIN_STEADY_KM,
};
