import { describe, expect, it } from 'vitest';
import { generatePlan } from '../plan/generate.js';
import type {
  Plan,
  PlanDay,
  PlanInput,
  RunSession,
  Session,
  StrengthSession,
} from '../plan/types.js';
import type { RuleId } from './rules.js';
import { isLegWork, validatePlan } from './validate.js';

const input: PlanInput = {
  distance: 'half',
  weeks: 12,
  start: '2027-01-18',
  focus: 'muscle',
  weeklyKm: 25,
  days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
  longRunDay: 'sat',
  experience: 'intermediate',
  recent: { distanceM: 10000, timeSec: 2880 },
  body: { sex: 'female', ageYears: 34, heightCm: 166, weightKg: 60 },
  equipment: 'gym',
};

function reference(): Plan {
  const r = generatePlan(input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const days = (p: Plan) => p.weeks.flatMap((w) => w.days);
const rules = (p: Plan) => new Set(validatePlan(p).map((v) => v.rule));
const runOf = (d: PlanDay) => d.sessions.find((s): s is RunSession => s.kind === 'run');
const hardDay = (p: Plan, week: number) =>
  p.weeks[week - 1]!.days.find((d) => d.sessions.some((s) => s.kind === 'run' && s.hard))!;
const mainLift = (p: Plan, week: number) =>
  p.weeks[week - 1]!.days.flatMap((d) => d.sessions).find(
    (s): s is StrengthSession => s.kind === 'strength' && s.focus !== 'accessory',
  )!;

function expectRule(plan: Plan, rule: RuleId) {
  const found = rules(plan);
  expect(found.has(rule), `expected ${rule}, got ${[...found].join(', ')}`).toBe(true);
}

describe('validatePlan', () => {
  it('accepts the generated reference plan', () => {
    expect(validatePlan(reference())).toEqual([]);
  });

  it('catches a missing day', () => {
    const p = reference();
    p.weeks[2]!.days.splice(3, 1);
    expectRule(p, 'calendar');
  });

  it('catches a race that is not on race day', () => {
    const p = reference();
    const last = days(p).at(-1)!;
    last.sessions = [];
    last.rest = true;
    expectRule(p, 'race-day');
  });

  it('catches a hard run the day after leg work, with the dates', () => {
    const p = reference();
    const all = days(p);
    const i = all.findIndex(
      (d, k) =>
        k < 40 &&
        d.sessions.some(isLegWork) &&
        !all[k + 1]!.sessions.some((s) => s.kind === 'run' && s.hard),
    );
    const next = all[i + 1]!;
    const run =
      runOf(next) ??
      ({
        kind: 'run',
        type: 'easy',
        hard: false,
        title: 'x',
        distanceKm: 5,
        durationMin: 30,
        steps: [],
        why: 'placeholder reason',
      } as RunSession);
    const hard = { ...run, type: 'intervals' as const, hard: true };
    next.sessions = [hard, ...next.sessions.filter((s) => s.kind !== 'run')];
    next.rest = false;
    const v = validatePlan(p).find((x) => x.rule === 'legs-before-hard');
    expect(v?.date).toBe(all[i]!.date);
  });

  it('catches a lift planned before the hard run of the same day', () => {
    const p = reference();
    const day = days(p).find(
      (d) =>
        d.sessions.some((s) => s.kind === 'run' && s.hard) &&
        d.sessions.some((s) => s.kind === 'strength'),
    )!;
    day.sessions = [...day.sessions].reverse();
    expectRule(p, 'run-first');
  });

  it('catches hard runs on consecutive days', () => {
    const p = reference();
    const d = hardDay(p, 2);
    const all = days(p);
    const next = all[all.indexOf(d) + 1]!;
    next.sessions = [{ ...runOf(d)! }, ...next.sessions.filter((s) => s.kind !== 'run')];
    next.rest = false;
    expectRule(p, 'hard-spacing');
  });

  it('catches a week without a rest day', () => {
    const p = reference();
    for (const d of p.weeks[1]!.days)
      if (d.rest) {
        d.sessions = [{ ...runOf(p.weeks[1]!.days.find((x) => runOf(x)?.type === 'easy')!)! }];
        d.rest = false;
      }
    expectRule(p, 'rest-day');
  });

  it('catches too many or too few strength sessions for the focus', () => {
    const p = reference();
    for (const d of p.weeks[1]!.days) d.sessions = d.sessions.filter((s) => s.kind !== 'strength');
    for (const d of p.weeks[1]!.days) d.rest = !d.sessions.some((s) => s.kind === 'run');
    expectRule(p, 'strength-count');
  });

  it('catches a strength session outside 25–40 minutes, the dose and the content', () => {
    const p = reference();
    const lift = mainLift(p, 2);
    lift.durationMin = 55;
    lift.exercises[0] = { ...lift.exercises[0]!, sets: 6, reps: [3, 5], rir: 0 };
    lift.exercises.splice(1);
    const found = rules(p);
    for (const r of ['strength-duration', 'strength-dose', 'strength-content'] as const)
      expect(found.has(r)).toBe(true);
  });

  it('catches a lift that does not progress from one full week to the next', () => {
    const p = reference();
    const [w1, w2] = [p.weeks[0]!, p.weeks[1]!];
    for (const [i, d] of w2.days.entries()) {
      const before = w1.days[i]!.sessions.filter(
        (s): s is StrengthSession => s.kind === 'strength',
      );
      d.sessions = d.sessions.map((s) =>
        s.kind === 'strength' ? (before.find((b) => b.focus === s.focus) ?? s) : s,
      );
    }
    expectRule(p, 'strength-progression');
  });

  it('catches a long run on another day and a full week without one', () => {
    const p = reference();
    const w = p.weeks[1]!;
    const sat = w.days.find((d) => d.weekday === 'sat')!;
    const long = runOf(sat)!;
    sat.sessions = sat.sessions.filter((s) => s !== long);
    sat.rest = !sat.sessions.some((s) => s.kind === 'strength');
    const fri = w.days.find((d) => d.weekday === 'fri')!;
    fri.sessions = [long, ...fri.sessions.filter((s) => s.kind !== 'run')];
    expectRule(p, 'long-run');
    sat.sessions = [];
    fri.sessions = fri.sessions.filter((s) => s !== long);
    expect(
      validatePlan(p).some(
        (v) => v.rule === 'long-run' && v.message.includes('without a long run'),
      ),
    ).toBe(true);
  });

  it('catches running volume over the focus cap, a jump in week 1 and a ramp over 10 %', () => {
    const scale = (p: Plan, week: number, factor: number) => {
      const w = p.weeks[week - 1]!;
      for (const d of w.days)
        d.sessions = d.sessions.map(
          (s): Session =>
            s.kind === 'run' && s.type !== 'race'
              ? { ...s, distanceKm: Math.round(s.distanceKm * factor * 10) / 10 }
              : s,
        );
      w.runKm =
        Math.round(
          w.days.reduce(
            (t, d) => t + d.sessions.reduce((k, s) => k + (s.kind === 'run' ? s.distanceKm : 0), 0),
            0,
          ) * 10,
        ) / 10;
    };
    const over = reference();
    scale(over, 3, 3);
    expectRule(over, 'volume-cap');
    const jump = reference();
    scale(jump, 1, 1.5);
    expectRule(jump, 'volume-start');
    const ramp = reference();
    scale(ramp, 3, 1.25);
    expectRule(ramp, 'volume-ramp');
  });

  it('catches a week total that does not match its runs', () => {
    const p = reference();
    p.weeks[4]!.runKm += 5;
    expectRule(p, 'volume-cap');
  });

  it('catches four full weeks in a row and a lighter week that is not lighter', () => {
    const cadence = reference();
    cadence.weeks[3]!.lighter = false;
    expectRule(cadence, 'lighter-cadence');
    const cut = reference();
    const lighter = cut.weeks[3]!;
    const full = cut.weeks[2]!;
    lighter.days = structuredClone(full.days).map((d, i) => ({
      ...d,
      date: lighter.days[i]!.date,
    }));
    lighter.runKm = full.runKm;
    expectRule(cut, 'lighter-cut');
  });

  it('catches a plan without a taper and a session without a reason', () => {
    const p = reference();
    p.weeks.at(-1)!.phase = 'peak';
    expectRule(p, 'taper');
    const q = reference();
    q.weeks[0]!.days[0]!.sessions[0]!.why = '';
    expectRule(q, 'why');
  });

  it('catches sessions on days the runner cannot train and days over the minutes given', () => {
    const p = reference();
    p.input = {
      ...p.input,
      days: p.input.days.filter((d) => d !== 'mon'),
      minutesPerDay: { tue: 30 },
    };
    const found = rules(p);
    expect(found.has('available-days')).toBe(true);
    expect(found.has('day-minutes')).toBe(true);
  });
});
