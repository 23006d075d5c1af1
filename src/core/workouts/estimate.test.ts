import { describe, expect, it } from 'vitest';
import type { Paces, WorkoutStep } from '../plan/types.js';
import {
  estimateDistanceM,
  estimateDurationSec,
  estimateKm,
  estimateMin,
  WALK_SEC_PER_KM,
} from './estimate.js';

const paces: Paces = {
  vdot: 45,
  easySecPerKm: [310, 350],
  marathonSecPerKm: 284,
  thresholdSecPerKm: 265,
  intervalSecPerKm: 243,
  repetitionSecPerKm: 225,
};

describe('estimateKm / estimateMin', () => {
  it('converts a time step with its pace midpoint', () => {
    // 33 min at 5:30/km (midpoint of 5:10–5:50) = 1980 / 330 = 6 km.
    const steps: WorkoutStep[] = [
      { intensity: 'active', durationSec: 1980, paceSecPerKm: [310, 350], label: 'easy' },
    ];
    expect(estimateDistanceM(steps, paces)).toBeCloseTo(6000, 6);
    expect(estimateKm(steps, paces)).toBe(6);
    expect(estimateMin(steps, paces)).toBe(33);
  });

  it('adds up warm-up, repeats and cool-down', () => {
    // 2 km @330 + 5 × (800 m @243 + 195 s jog @330) + 1.5 km @330
    const steps: WorkoutStep[] = [
      { intensity: 'warmup', distanceM: 2000, paceSecPerKm: [310, 350], label: 'warm-up' },
      {
        repeat: 5,
        steps: [
          { intensity: 'active', distanceM: 800, paceSecPerKm: [238, 248], label: '800 m' },
          { intensity: 'rest', durationSec: 195, paceSecPerKm: [310, 350], label: 'jog' },
        ],
      },
      { intensity: 'cooldown', distanceM: 1500, paceSecPerKm: [310, 350], label: 'cool-down' },
    ];
    const expectedM = 2000 + 5 * (800 + (195 / 330) * 1000) + 1500;
    const expectedSec = 660 + 5 * (0.8 * 243 + 195) + 495;
    expect(estimateDistanceM(steps, paces)).toBeCloseTo(expectedM, 6);
    expect(estimateDurationSec(steps, paces)).toBeCloseTo(expectedSec, 6);
    expect(estimateKm(steps, paces)).toBe(10.5); // 10454.5 m
    expect(estimateMin(steps, paces)).toBe(52); // 3102 s
  });

  it('counts a pace-less sprint at repetition pace and a pace-less recovery as a walk', () => {
    const steps: WorkoutStep[] = [
      {
        repeat: 8,
        steps: [
          { intensity: 'active', durationSec: 15, label: 'hill sprint' },
          { intensity: 'rest', durationSec: 90, label: 'walk back down' },
        ],
      },
    ];
    const expectedM = 8 * ((15 / 225) * 1000 + (90 / WALK_SEC_PER_KM) * 1000);
    expect(estimateDistanceM(steps, paces)).toBeCloseTo(expectedM, 6);
    expect(estimateDurationSec(steps, paces)).toBe(8 * 105);
  });

  it('gives zero for no steps', () => {
    expect(estimateKm([], paces)).toBe(0);
    expect(estimateMin([], paces)).toBe(0);
  });
});
