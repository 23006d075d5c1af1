import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { CalendarRange, JsonBytes, JsonText } from '../app/ports.js';
import type { PlanDay } from '../core/plan/types.js';
import { calendarJson, jsonAnswer } from './json-bytes.js';

const day: PlanDay = {
  date: '2027-02-02',
  weekday: 'tue',
  rest: false,
  sessions: [
    {
      kind: 'run',
      type: 'easy',
      hard: false,
      title: 'Easy 6 km – steady',
      distanceKm: 6,
      durationMin: 36,
      steps: [{ intensity: 'active', distanceM: 6000, paceSecPerKm: [330, 370], label: 'easy' }],
      why: 'Aerobic base at a pace you could talk at.',
    },
  ],
  fuel: {
    dayType: 'moderate',
    kcal: 2300,
    proteinG: 110,
    carbsG: 300,
    fatG: 70,
    meals: 4,
    trainingKcal: 400,
    waterL: 2.5,
    electrolytes: false,
    timing: ['Before: a banana'],
  },
};

const calendar: CalendarRange = {
  planned: [day, { ...day, date: '2027-02-03', weekday: 'wed', rest: true, sessions: [] }],
  runs: [
    {
      id: 'r1',
      athleteId: 'a1',
      date: '2027-02-02',
      type: 'easy',
      distanceKm: 6.2,
      durationMin: 37,
      rpe: 4,
    },
  ],
  lifts: [],
  activities: [],
};

const asJson = <T>(value: T) => Buffer.from(JSON.stringify(value)) as unknown as JsonBytes<T>;
const asText = <T>(value: T) => JSON.stringify(value) as JsonText<T>;

describe('calendarJson', () => {
  it('writes the same JSON as JSON.stringify of the calendar, non-ASCII text included', () => {
    const { planned, runs, lifts, activities } = calendar;
    const bytes = calendarJson({
      planned: asJson(planned),
      runs: asText(runs),
      lifts: asText(lifts),
      activities: asText(activities),
    });
    expect(Buffer.from(bytes).toString('utf8')).toBe(JSON.stringify(calendar));
  });

  it('writes an empty month as empty arrays', () => {
    const none = asText([]);
    const bytes = calendarJson({ planned: asJson([]), runs: none, lifts: none, activities: none });
    expect(JSON.parse(Buffer.from(bytes).toString('utf8'))).toEqual({
      planned: [],
      runs: [],
      lifts: [],
      activities: [],
    });
  });
});

describe('jsonAnswer', () => {
  it('sends the bytes as application/json with their length', async () => {
    const app = new Hono().get('/', (c) => jsonAnswer(c, asJson({ ok: 'ü' }), 200));
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({ ok: 'ü' });
  });
});
