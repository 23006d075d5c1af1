import { describe, expect, it } from 'vitest';
import { fuelDayType, trainingMinutes } from './day-type.js';
import { cross, mobility, run, strength } from './sessions.fixture.js';

describe('fuelDayType', () => {
  it('no sessions, or only mobility, is a rest day', () => {
    expect(fuelDayType([])).toBe('rest');
    expect(fuelDayType([mobility(20)])).toBe('rest');
  });

  it('only lifting (with or without mobility) is light', () => {
    expect(fuelDayType([strength(40)])).toBe('light');
    expect(fuelDayType([strength(35), mobility(15)])).toBe('light');
  });

  it('a short easy run is light', () => {
    expect(fuelDayType([run('easy', 5, 30)])).toBe('light');
    expect(fuelDayType([run('easy', 6, 44)])).toBe('light');
  });

  it('about an hour of training is moderate', () => {
    expect(fuelDayType([run('easy', 8, 45)])).toBe('moderate');
    expect(fuelDayType([run('easy', 5, 30), strength(35)])).toBe('moderate');
    expect(fuelDayType([cross(60)])).toBe('moderate');
  });

  it('a hard run makes the day at least moderate even when short', () => {
    expect(fuelDayType([run('intervals', 6, 35)])).toBe('moderate');
  });

  it('a long run of an hour or more, or more than 90 min in total, is high', () => {
    expect(fuelDayType([run('long', 14, 80)])).toBe('high');
    expect(fuelDayType([run('long', 10, 60)])).toBe('high');
    expect(fuelDayType([run('race', 42.2, 240)])).toBe('high');
    expect(fuelDayType([run('tempo', 12, 60), strength(40)])).toBe('high');
  });

  it('a short long run or a 5K race is not high on its own', () => {
    expect(fuelDayType([run('long', 7, 45)])).toBe('moderate');
    expect(fuelDayType([run('race', 5, 25)])).toBe('moderate');
  });

  it('trainingMinutes leaves mobility out', () => {
    expect(trainingMinutes([run('easy', 5, 30), strength(40), mobility(20)])).toBe(70);
  });
});
