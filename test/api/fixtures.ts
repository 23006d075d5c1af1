// Request bodies the API tests share.
export const profileBody = {
  sex: 'female',
  age: 34,
  heightCm: 168,
  weightKg: 61,
  focus: 'balanced',
  days: ['sat', 'mon', 'tue', 'thu'],
  longRunDay: 'sat',
  weeklyKm: 30,
  experience: 'intermediate',
  equipment: 'gym',
  units: 'km',
  recent: '5k=24:30',
} as const;

/** A 10-week 10K from Monday 2027-01-18 to Sunday 2027-03-28. */
export const planBody = { distance: '10k', weeks: 10, start: '2027-01-18' } as const;
export const PLAN_FIRST_DAY = '2027-01-18';
export const PLAN_LAST_DAY = '2027-03-28';
