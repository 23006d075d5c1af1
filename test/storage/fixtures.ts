// Small but complete records for the storage contract.
import type { Activity, User } from '../../src/app/ports.js';
import { addDays, weekdayOf } from '../../src/core/dates/calendar.js';
import type { Plan, PlanDay, PlanInput } from '../../src/core/plan/types.js';

export function user(id: string, role: User['role'] = 'athlete'): User {
  return {
    id,
    email: `${id}@example.org`,
    passwordHash: `$argon2id$v=19$m=19456,t=2,p=1$${id}`,
    name: `Runner ${id}`,
    role,
    createdAt: '2027-01-04T08:00:00.000Z',
  };
}

export const planInput: PlanInput = {
  distance: '10k',
  weeks: 8,
  start: '2027-01-18',
  focus: 'balanced',
  weeklyKm: 30,
  days: ['tue', 'thu', 'sat'],
  longRunDay: 'sat',
  experience: 'intermediate',
  recent: { distanceM: 5000, timeSec: 1500 },
  body: { sex: 'female', ageYears: 34, heightCm: 168, weightKg: 61 },
  equipment: 'gym',
};

function planDay(date: string): PlanDay {
  const weekday = weekdayOf(date);
  const running = weekday === 'tue' || weekday === 'sat';
  return {
    date,
    weekday,
    rest: !running,
    sessions: running
      ? [
          {
            kind: 'run',
            type: weekday === 'sat' ? 'long' : 'easy',
            hard: false,
            title: weekday === 'sat' ? 'Long run 12 km' : 'Easy 6 km',
            distanceKm: weekday === 'sat' ? 12 : 6,
            durationMin: weekday === 'sat' ? 72 : 36,
            steps: [
              { intensity: 'active', distanceM: 6000, paceSecPerKm: [330, 370], label: 'easy' },
            ],
            why: 'Aerobic base at a pace you could talk at.',
          },
        ]
      : [],
    fuel: {
      dayType: running ? 'moderate' : 'rest',
      kcal: 2300,
      proteinG: 110,
      carbsG: 300,
      fatG: 70,
      meals: 4,
      trainingKcal: running ? 400 : 0,
      waterL: 2.5,
      electrolytes: false,
      timing: [],
    },
  };
}

/** A plan of `weeks` weeks of days starting on `start` (a Monday). */
export function plan(start: string, weeks: number, title = 'base'): Plan {
  return {
    version: 1,
    input: { ...planInput, start, weeks },
    race: { distance: '10k', date: addDays(start, weeks * 7 - 1) },
    paces: {
      vdot: 38.3,
      easySecPerKm: [345, 380],
      marathonSecPerKm: 307,
      thresholdSecPerKm: 290,
      intervalSecPerKm: 266,
      repetitionSecPerKm: 250,
    },
    pacesSource: 'from 5 km in 25:00',
    notes: [title],
    weeks: Array.from({ length: weeks }, (_, w) => ({
      index: w,
      phase: 'base' as const,
      lighter: w % 4 === 3,
      runKm: 18,
      strengthSets: 24,
      summary: `Week ${w + 1}: ${title}`,
      days: Array.from({ length: 7 }, (_, d) => planDay(addDays(start, w * 7 + d))),
    })),
    fuelBasis: {
      bmrKcal: 1350,
      bmrFormula: 'mifflin-st-jeor',
      maintenanceKcal: 1900,
      surplusKcal: 250,
      proteinGPerKg: 1.8,
    },
    expectations: [{ horizon: '8–12 weeks', text: 'Legs look and feel stronger.' }],
  };
}

export function activity(
  id: string,
  athleteId: string,
  contentHash: string,
  date: string,
): Activity {
  return {
    id,
    athleteId,
    contentHash,
    sport: 'run',
    subSport: 'trail',
    startTime: `${date}T06:30:00.000Z`,
    date,
    summary: {
      distanceKm: 10.02,
      movingTimeSec: 3010,
      elapsedTimeSec: 3100,
      elevationGainM: 84.5,
      avgHr: 148.6,
      maxHr: 171,
      trimp: 96.2,
      strengthVolumeKg: 0,
    },
    partialReason: 'truncated at byte 9000 of 12000',
    importedAt: '2027-01-20T12:00:00.000Z',
    samples: Array.from({ length: 600 }, (_, i) => ({
      timeSec: i * 5,
      lat: 47.3769 + i * 1.3e-5,
      lon: 8.5417 + i * 0.9e-5,
      altitudeM: 408 + Math.sin(i / 30) * 12,
      distanceM: i * 16.7,
      heartRateBpm: 140 + (i % 20),
      ...(i % 3 === 0 && { cadenceSpm: 170 + (i % 7) }),
    })),
    sets: [{ exercise: 'squat', reps: 8, weightKg: 60, startOffsetSec: 3200 }],
  };
}
