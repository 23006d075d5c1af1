import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { EQUIPMENT } from '../exercises/exercise.js';
import { getExercise } from '../exercises/library.js';
import { buildMobilitySession, type MobilitySpec } from './mobility.js';

const ANTI_ROTATION = ['dead-bug', 'bird-dog', 'side-plank', 'pallof-press'];

const specArb: fc.Arbitrary<MobilitySpec> = fc.record({
  kind: fc.constantFrom('mobility-core' as const, 'stretch' as const),
  minutes: fc.double({ min: 0.5, max: 120, noNaN: true }),
  variant: fc.nat(100),
  equipment: fc.constantFrom(...EQUIPMENT),
});

describe('buildMobilitySession', () => {
  it('alternates mobility with anti-rotation core for the mid-week session', () => {
    const s = buildMobilitySession({ kind: 'mobility-core', minutes: 20, variant: 0 });
    expect(s.title).toBe('Mobility & core');
    expect(s.durationMin).toBe(20);
    expect(s.items).toEqual([
      'worlds-greatest-stretch',
      'dead-bug',
      '90-90-hip-switch',
      'bird-dog',
      'ankle-rock',
      'side-plank',
      'thoracic-rotation',
      'copenhagen-plank',
    ]);
    expect(s.why).toMatch(/dead bug, bird dog/);
  });

  it('makes the weekend session a gentle flow of stretches', () => {
    const s = buildMobilitySession({ kind: 'stretch', minutes: 10, variant: 0 });
    expect(s.title).toBe('Stretching flow');
    expect(s.items).toEqual(['cat-cow', 'childs-pose', 'downward-dog', 'hip-flexor-stretch']);
  });

  it('includes the Pallof press only where there is a cable or band', () => {
    const gym = buildMobilitySession({
      kind: 'mobility-core',
      minutes: 30,
      variant: 3,
      equipment: 'gym',
    });
    const none = buildMobilitySession({ kind: 'mobility-core', minutes: 30, variant: 3 });
    expect(gym.items).toContain('pallof-press');
    expect(none.items).not.toContain('pallof-press');
  });

  it('keeps every session inside the rules for any length and variant', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const s = buildMobilitySession(spec);
        expect(s.durationMin).toBe(Math.min(30, Math.max(10, Math.round(spec.minutes))));
        expect(s.items.length).toBe(Math.round(s.durationMin / 2.5));
        expect(new Set(s.items).size).toBe(s.items.length);
        for (const id of s.items) {
          const e = getExercise(id);
          expect(spec.kind === 'stretch' ? ['mobility'] : ['mobility', 'core']).toContain(
            e.pattern,
          );
          expect(e.equipment).toContain(spec.equipment);
        }
        if (spec.kind === 'mobility-core') {
          expect(s.items.filter((id) => ANTI_ROTATION.includes(id)).length).toBeGreaterThanOrEqual(
            2,
          );
          expect(getExercise(s.items[0]!).pattern).toBe('mobility');
        }
        expect(s.why.length).toBeGreaterThan(40);
      }),
    );
  });

  it('rotates the items from one variant to the next', () => {
    for (const kind of ['mobility-core', 'stretch'] as const) {
      const a = buildMobilitySession({ kind, minutes: 15, variant: 4 });
      const b = buildMobilitySession({ kind, minutes: 15, variant: 5 });
      expect(a.items).not.toEqual(b.items);
      expect(a.why).not.toBe(b.why);
    }
  });

  it('rejects bad input with InputError', () => {
    expect(() => buildMobilitySession({ kind: 'yoga' as never, minutes: 15, variant: 0 })).toThrow(
      /kind "yoga": expected mobility-core or stretch/,
    );
    expect(() => buildMobilitySession({ kind: 'stretch', minutes: 0, variant: 0 })).toThrow(
      InputError,
    );
    expect(() => buildMobilitySession({ kind: 'stretch', minutes: 15, variant: -1 })).toThrow(
      InputError,
    );
    expect(() =>
      buildMobilitySession({
        kind: 'stretch',
        minutes: 15,
        variant: 0,
        equipment: 'pool' as never,
      }),
    ).toThrow(InputError);
  });
});
