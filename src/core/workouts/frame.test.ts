import { describe, expect, it } from 'vitest';
import type { Paces, WorkoutStep } from '../plan/types.js';
import { frameWorkout, MIN_WARMUP_M, minimumFramedM } from './frame.js';

const paces: Paces = {
  vdot: 45,
  easySecPerKm: [310, 350],
  marathonSecPerKm: 284,
  thresholdSecPerKm: 265,
  intervalSecPerKm: 243,
  repetitionSecPerKm: 225,
};
const work: WorkoutStep[] = [
  { intensity: 'active', distanceM: 3000, paceSecPerKm: [260, 270], label: 'threshold' },
];

describe('frameWorkout', () => {
  it('splits the rest of the target evenly between warm-up and cool-down', () => {
    const steps = frameWorkout(work, 8000, paces);
    expect(steps).toEqual([
      {
        intensity: 'warmup',
        distanceM: 2500,
        paceSecPerKm: [310, 350],
        label: 'easy jog to warm up',
      },
      work[0],
      {
        intensity: 'cooldown',
        distanceM: 2500,
        paceSecPerKm: [310, 350],
        label: 'easy jog to cool down',
      },
    ]);
  });

  it('rounds to 100 m, the odd 100 m going to the warm-up', () => {
    const steps = frameWorkout(work, 8300, paces);
    expect(steps[0]).toMatchObject({ distanceM: 2700 }); // 2650 rounds up
    expect(steps[2]).toMatchObject({ distanceM: 2600 });
  });

  it('keeps at least the minimum warm-up and cool-down when the target is tight', () => {
    const steps = frameWorkout(work, 4000, paces);
    expect(steps[0]).toMatchObject({ distanceM: MIN_WARMUP_M });
    expect(steps[2]).toMatchObject({ distanceM: MIN_WARMUP_M });
    expect(minimumFramedM(work, paces)).toBe(5000);
  });
});
