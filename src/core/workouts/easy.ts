import { InputError } from '../errors.js';
import type { Phase } from '../plan/types.js';
import { midpointSecPerKm, recoveryRange } from './pace.js';
import type { BuiltRun, RunBuilder, RunSpec } from './spec.js';

/** Shortest steady run we build: below it, whole-minute rounding moves the distance too much. */
export const MIN_STEADY_KM = 3;

export function requireSteadyTarget(spec: RunSpec): void {
  if (spec.targetKm < MIN_STEADY_KM) {
    throw new InputError(
      `targetKm ${spec.targetKm}: a ${spec.type} run needs at least ${MIN_STEADY_KM} km`,
      'targetKm',
    );
  }
}

/** Whole minutes that cover distanceM at the middle of the range. */
export function minutesFor(distanceM: number, range: [number, number]): number {
  return Math.max(1, Math.round(((distanceM / 1000) * midpointSecPerKm(range)) / 60));
}

/** Two wordings per phase, alternated by step, so a week of easy runs does not read the same. */
const EASY_WHY: Record<Phase, readonly string[]> = {
  base: [
    'Easy running builds the aerobic base every harder session stands on; keep it at a pace you could talk at.',
    'Relaxed running grows heart and leg endurance at little cost to recovery, so the lifting can do its job.',
  ],
  build: [
    'An easy run adds aerobic volume between the hard days; keep it truly easy, above all after a leg day.',
    'Keep this one gentle: it helps you recover from the last hard session and arrive fresh for the next.',
  ],
  peak: [
    'Easy volume holds your aerobic fitness while the key sessions do the sharpening; resist speeding up.',
    'A conversational run that tops up endurance and leaves the legs ready for the next hard day.',
  ],
  taper: [
    'A short easy run keeps the legs turning over while fatigue drains before race day.',
    'Easy and brief: enough to stay loose, little enough to arrive at the start fresh.',
  ],
};

const RECOVERY_WHY: readonly string[] = [
  'A very easy jog moves blood through tired legs; slower than feels necessary is just right.',
  'Recovery pace on purpose: this run helps you absorb the hard work, so hold back even if you feel good.',
];

function pick(options: readonly string[], step: number): string {
  return options[step % options.length]!;
}

function steadyRun(spec: RunSpec, range: [number, number], name: string, why: string): BuiltRun {
  requireSteadyTarget(spec);
  const minutes = minutesFor(spec.targetKm * 1000, range);
  return {
    title: `${name} ${minutes} min`,
    steps: [
      {
        intensity: 'active',
        durationSec: minutes * 60,
        paceSecPerKm: range,
        label: spec.type === 'recovery' ? 'very easy jog' : 'easy, conversational pace',
      },
    ],
    why,
  };
}

const steadyMinTargetKm = (): number => MIN_STEADY_KM;

export const easyBuilder: RunBuilder = {
  build: (spec) =>
    steadyRun(spec, spec.paces.easySecPerKm, 'Easy run', pick(EASY_WHY[spec.phase], spec.step)),
  minTargetKm: steadyMinTargetKm,
};

export const recoveryBuilder: RunBuilder = {
  build: (spec) =>
    steadyRun(spec, recoveryRange(spec.paces), 'Recovery run', pick(RECOVERY_WHY, spec.step)),
  minTargetKm: steadyMinTargetKm,
};
