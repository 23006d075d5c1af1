import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import type { Paces, WorkoutStep } from '../plan/types.js';
import { type Ladder, ladderMinTargetKm, pickRung, wantedRung } from './ladder.js';
import type { RunSpec } from './spec.js';

const paces: Paces = {
  vdot: 45,
  easySecPerKm: [310, 350],
  marathonSecPerKm: 284,
  thresholdSecPerKm: 265,
  intervalSecPerKm: 243,
  repetitionSecPerKm: 225,
};

// Rungs are kilometres of work at threshold, by distance, so sizes are easy to work by hand.
const toy: Ladder<number> = {
  type: 'tempo',
  rungs: () => [2, 3, 4, 5, 6],
  start: { beginner: 0, intermediate: 1, advanced: 2 },
  top: { beginner: 2, intermediate: 4, advanced: 9 },
  work: (km): WorkoutStep[] => [
    { intensity: 'active', distanceM: km * 1000, paceSecPerKm: [260, 270], label: `${km} km` },
  ],
};

const spec: RunSpec = {
  type: 'tempo',
  targetKm: 20,
  paces,
  racePaceSecPerKm: 270,
  goal: '10k',
  phase: 'build',
  experience: 'intermediate',
  step: 0,
  lighter: false,
};

describe('wantedRung', () => {
  it('starts by experience and climbs one rung per session up to the top', () => {
    expect([0, 1, 2, 3, 4, 5].map((step) => wantedRung(toy, { ...spec, step }, 5))).toEqual([
      1, 2, 3, 4, 4, 4,
    ]);
  });

  it('climbs every second session for beginners and stops at their top', () => {
    const beginner = { ...spec, experience: 'beginner' as const };
    expect([0, 1, 2, 3, 4, 5, 6].map((step) => wantedRung(toy, { ...beginner, step }, 5))).toEqual([
      0, 0, 1, 1, 2, 2, 2,
    ]);
  });

  it('steps two rungs down in a lighter week, never below the first', () => {
    expect(wantedRung(toy, { ...spec, step: 3, lighter: true }, 5)).toBe(2);
    expect(wantedRung(toy, { ...spec, step: 0, lighter: true }, 5)).toBe(0);
  });

  it('never points past the end of the ladder', () => {
    expect(wantedRung(toy, { ...spec, experience: 'advanced', step: 50 }, 5)).toBe(4);
  });
});

describe('pickRung', () => {
  it('frames the wanted rung to the target and remembers the previous session', () => {
    const picked = pickRung(toy, { ...spec, step: 1, targetKm: 10 });
    expect(picked.rung).toBe(4);
    expect(picked.previous).toBe(3);
    expect(picked.usual).toBeUndefined();
    expect(picked.steps.map((s) => ('distanceM' in s ? s.distanceM : 0))).toEqual([
      3000, 4000, 3000,
    ]);
  });

  it('drops to the highest rung that fits a small target', () => {
    // Step 2 wants 5 km of work; 5.5 km less 2 km of minimum warm-up/cool-down leaves room for 3.
    expect(pickRung(toy, { ...spec, step: 2, targetKm: 5.5 }).rung).toBe(3);
  });

  it('says what a normal week would have given when a lighter week is smaller', () => {
    const picked = pickRung(toy, { ...spec, step: 1, lighter: true });
    expect(picked.rung).toBe(2);
    expect(picked.usual).toBe(4);
  });

  it('accepts the smallest rung up to 20 % over a tight target, and refuses below that', () => {
    // Smallest session: 2 km + 2 km = 4 km, so the target may go down to 4 / 1.2 = 3.4 km.
    expect(ladderMinTargetKm(toy, spec)).toBe(3.4);
    expect(pickRung(toy, { ...spec, targetKm: 3.4 }).rung).toBe(2);
    expect(() => pickRung(toy, { ...spec, targetKm: 3.3 })).toThrow(InputError);
    expect(() => pickRung(toy, { ...spec, targetKm: 3.3 })).toThrow(/at least 3.4 km/);
  });
});
