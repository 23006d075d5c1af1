import { describe, expect, it } from 'vitest';
import type { StrengthFocus } from '../plan/types.js';
import { inSentence, strengthTitle, strengthWhy, type WhyContext } from './words.js';

const ctx: WhyContext = {
  focus: 'lower',
  heavy: true,
  variant: 0,
  week: 'normal',
  upperEmphasis: false,
  names: ['Back squat', 'Romanian deadlift', 'Split squat', 'Standing calf raise'],
  addsLoad: false,
  step: 0,
};
const FOCI: StrengthFocus[] = ['lower', 'upper', 'full', 'accessory'];

describe('strengthTitle', () => {
  it('names the focus and load, and marks lighter and taper weeks', () => {
    expect(strengthTitle('lower', true, 'normal')).toBe('Lower body — strength');
    expect(strengthTitle('upper', true, 'normal')).toBe('Upper body push/pull');
    expect(strengthTitle('full', false, 'normal')).toBe('Full body — light and brisk');
    expect(strengthTitle('accessory', false, 'lighter')).toBe('Calves & glutes (lighter week)');
    expect(strengthTitle('lower', false, 'taper')).toBe('Lower body — durability (taper)');
  });
});

describe('inSentence', () => {
  it('lowercases a name inside a sentence unless it starts with a proper adjective', () => {
    expect(inSentence('Back squat')).toBe('back squat');
    expect(inSentence('Romanian deadlift')).toBe('Romanian deadlift');
    expect(inSentence('Pallof press')).toBe('Pallof press');
  });
});

describe('strengthWhy', () => {
  it('names the session’s own lifts', () => {
    expect(strengthWhy(ctx)).toMatch(
      /^Back squat, Romanian deadlift and split squat load the quads/,
    );
  });

  it('reads differently for every focus, load and variant', () => {
    const all = FOCI.flatMap((focus) =>
      [true, false].flatMap((heavy) =>
        [0, 1].map((variant) => strengthWhy({ ...ctx, focus, heavy, variant })),
      ),
    );
    // Accessory wording does not name lifts, but still differs by load and variant.
    expect(new Set(all).size).toBe(all.length);
  });

  it('tells the runner what this week asks', () => {
    expect(strengthWhy({ ...ctx, week: 'taper' })).toMatch(/weights stay but the sets drop/);
    expect(strengthWhy({ ...ctx, week: 'lighter' })).toMatch(/one set fewer per lift/);
    expect(strengthWhy({ ...ctx, addsLoad: true, step: 3 })).toMatch(
      /about 5 % on squats and hinges, 2\.5 %/,
    );
    expect(strengthWhy({ ...ctx, step: 1 })).toMatch(/one more rep per set/);
    expect(strengthWhy(ctx)).toMatch(/one or two reps in reserve/);
  });

  it('mentions the upper-body emphasis only where it changes the session', () => {
    expect(strengthWhy({ ...ctx, focus: 'upper', upperEmphasis: true })).toMatch(
      /upper-body muscle/,
    );
    expect(strengthWhy({ ...ctx, focus: 'lower', upperEmphasis: true })).not.toMatch(
      /upper-body muscle/,
    );
  });

  it('stays at two sentences', () => {
    for (const focus of FOCI)
      for (const week of ['normal', 'lighter', 'taper'] as const) {
        const why = strengthWhy({ ...ctx, focus, week, upperEmphasis: true, addsLoad: true });
        expect(why.split(/(?<=[.!?])\s+/)).toHaveLength(2);
      }
  });
});
