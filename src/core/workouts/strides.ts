import { InputError } from '../errors.js';
import type { Experience, Paces, Phase, WorkoutStep } from '../plan/types.js';
import { minutesFor } from './easy.js';
import { estimateDistanceM } from './estimate.js';
import { paceBand } from './pace.js';
import type { RunBuilder, RunSpec } from './spec.js';
import { more, sentence } from './words.js';

const STRIDE_SEC = 20;
const WALK_BACK_SEC = 60;
const MIN_STRIDES = 4;
/** Easy running before the strides: enough to be warm for them. */
const MIN_EASY_M = 2000;
const START_STRIDES: Record<Experience, number> = { beginner: 4, intermediate: 5, advanced: 6 };
const TOP_STRIDES: Record<Experience, number> = { beginner: 6, intermediate: 8, advanced: 8 };
const LIGHTER_DROP_STRIDES = 2;

/** Strides the plan asks for: one more every second session, fewer in a lighter week. */
function wantedStrides(spec: Omit<RunSpec, 'targetKm'>): number {
  const grown = Math.min(
    START_STRIDES[spec.experience] + Math.floor(spec.step / 2),
    TOP_STRIDES[spec.experience],
  );
  return Math.max(MIN_STRIDES, grown - (spec.lighter ? LIGHTER_DROP_STRIDES : 0));
}

function strideSet(count: number, paces: Paces): WorkoutStep {
  return {
    repeat: count,
    steps: [
      {
        intensity: 'active',
        durationSec: STRIDE_SEC,
        paceSecPerKm: paceBand(paces.repetitionSecPerKm),
        label: 'stride: quick and relaxed, not a sprint',
      },
      { intensity: 'rest', durationSec: WALK_BACK_SEC, label: 'walk back to the start' },
    ],
  };
}

function minTargetKm(spec: Omit<RunSpec, 'targetKm'>): number {
  const smallestM = estimateDistanceM([strideSet(MIN_STRIDES, spec.paces)], spec.paces);
  return Math.ceil((smallestM + MIN_EASY_M) / 100) / 10;
}

/** Most strides up to the wanted count that still leave the easy part its minimum. */
function fittedStrides(spec: RunSpec): number {
  const targetM = spec.targetKm * 1000;
  for (let count = wantedStrides(spec); count > MIN_STRIDES; count--) {
    if (targetM - estimateDistanceM([strideSet(count, spec.paces)], spec.paces) >= MIN_EASY_M) {
      return count;
    }
  }
  if (spec.targetKm >= minTargetKm(spec)) return MIN_STRIDES;
  throw new InputError(
    `targetKm ${spec.targetKm}: easy running with strides at these paces needs at least ${minTargetKm(spec)} km`,
    'targetKm',
  );
}

const PURPOSE: Record<Phase, string> = {
  base: 'Strides after an easy run teach the legs to move fast and light: a speed drill that costs almost no recovery.',
  build:
    'A handful of quick strides after easy running keeps leg speed and form sharp between the harder sessions, without adding fatigue.',
  peak: 'Quick, relaxed strides keep your turnover high and your form tidy as the race approaches.',
  taper: 'Strides keep the legs feeling quick during the taper while the easy running stays short.',
};

function progress(spec: RunSpec, count: number): string {
  const usual = spec.lighter ? fittedStrides({ ...spec, lighter: false }) : count;
  if (usual > count) return `Lighter week: ${count} strides instead of ${usual}; keep them smooth.`;
  const previous =
    spec.step > 0 ? fittedStrides({ ...spec, step: spec.step - 1, lighter: false }) : count;
  if (count > previous) return `${sentence(more(count - previous, 'stride'))} than last time.`;
  return 'Build each stride smoothly to fast, then float the last few seconds.';
}

export const stridesBuilder: RunBuilder = {
  build(spec: RunSpec) {
    const count = fittedStrides(spec);
    const set = strideSet(count, spec.paces);
    const easyM = spec.targetKm * 1000 - estimateDistanceM([set], spec.paces);
    const minutes = minutesFor(easyM, spec.paces.easySecPerKm);
    return {
      title: `Easy ${minutes} min + ${count} × ${STRIDE_SEC} s strides`,
      steps: [
        {
          intensity: 'active',
          durationSec: minutes * 60,
          paceSecPerKm: spec.paces.easySecPerKm,
          label: 'easy, conversational pace',
        },
        set,
      ],
      why: `${PURPOSE[spec.phase]} ${progress(spec, count)}`,
    };
  },
  minTargetKm,
};
