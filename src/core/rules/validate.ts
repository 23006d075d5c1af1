// The independent check: reads any plan (generated, hand-edited, adapted) and lists every rule it
// breaks. It shares the rule numbers with the generator but none of its code paths.
import { fromDayNumber, toDayNumber, WEEKDAYS, weekdayIndex } from '../dates/calendar.js';
import type {
  Pattern,
  Plan,
  PlanDay,
  PlanWeek,
  Session,
  StrengthExercise,
  StrengthSession,
} from '../plan/types.js';
import { HARD_RUN_TYPES } from '../workouts/hard.js';
import {
  LEG_PATTERNS,
  LIMITS,
  type RuleId,
  STRENGTH_SESSIONS_PER_WEEK,
  taperWeeks,
  volumeCapKm,
  weekOneWindowKm,
} from './rules.js';

export interface Violation {
  rule: RuleId;
  week?: number;
  date?: string;
  message: string;
}

export function isHardSession(s: Session): boolean {
  return s.kind === 'run' && HARD_RUN_TYPES.has(s.type);
}

export function isLegWork(s: Session): boolean {
  return s.kind === 'strength' && s.exercises.some((e) => LEG_PATTERNS.has(e.pattern));
}

export function isMainStrength(s: Session): s is StrengthSession {
  return s.kind === 'strength' && s.focus !== 'accessory';
}

function isTraining(s: Session): boolean {
  return s.kind === 'run' || s.kind === 'strength';
}

export function runKmOf(day: PlanDay): number {
  let km = 0;
  for (const s of day.sessions) if (s.kind === 'run' && s.type !== 'race') km += s.distanceKm;
  return km;
}

export function strengthSetsOf(week: PlanWeek): number {
  let sets = 0;
  for (const d of week.days)
    for (const s of d.sessions) if (isMainStrength(s)) for (const e of s.exercises) sets += e.sets;
  return sets;
}

const isFull = (w: PlanWeek) => !w.lighter && w.phase !== 'taper';

export function validatePlan(plan: Plan): Violation[] {
  const out: Violation[] = [];
  const add = (rule: RuleId, message: string, week?: number, date?: string) =>
    out.push({ rule, message, ...(week !== undefined && { week }), ...(date && { date }) });
  const { input } = plan;
  // Plain loops and counts here and below: every generated plan passes through the validator.
  const days: PlanDay[] = [];
  const weekOf: number[] = [];
  for (const w of plan.weeks)
    for (const d of w.days) {
      days.push(d);
      weekOf.push(w.index);
    }

  checkCalendar(plan, add);

  // Day by day, including the link from each day to the next (across week boundaries).
  const available = new Set(input.days);
  const hard = days.map((d) => d.sessions.some(isHardSession));
  days.forEach((day, i) => {
    const week = weekOf[i]!;
    const { date, sessions } = day;
    const training = sessions.filter(isTraining);
    // The race is on race day whatever the weekday.
    if (
      training.some((s) => !(s.kind === 'run' && s.type === 'race')) &&
      !available.has(day.weekday)
    )
      add('available-days', `${day.weekday} is not one of your training days`, week, date);
    if (day.rest !== (training.length === 0))
      add(
        'rest-day',
        `day marked rest=${day.rest} but holds ${training.length} run/lift sessions`,
        week,
        date,
      );
    const limit = input.minutesPerDay?.[day.weekday];
    const minutes = sessions.reduce((t, s) => t + s.durationMin, 0);
    if (
      limit !== undefined &&
      minutes > limit &&
      !sessions.some((s) => s.kind === 'run' && s.type === 'race')
    )
      add('day-minutes', `${minutes} min planned, ${limit} min available`, week, date);

    const hardIdx = sessions.findIndex(isHardSession);
    const liftIdx = sessions.findIndex((s) => s.kind === 'strength');
    if (hardIdx >= 0 && liftIdx >= 0 && liftIdx < hardIdx)
      add('run-first', 'the lift comes before the hard run on the same day', week, date);

    for (const s of sessions) {
      if (s.kind === 'run' && s.hard !== HARD_RUN_TYPES.has(s.type))
        add('hard-spacing', `${s.type} run is marked hard=${s.hard}`, week, date);
      if (s.kind === 'run' && s.type === 'long' && day.weekday !== input.longRunDay)
        add('long-run', `long run on ${day.weekday}, not on ${input.longRunDay}`, week, date);
      if (s.kind === 'strength') checkStrengthSession(s, (r, m) => add(r, m, week, date));
      if (!s.why || s.why.trim().length < 10) add('why', `${s.title}: no reason given`, week, date);
    }

    const next = days[i + 1];
    if (!next) return;
    if (hard[i + 1] && sessions.some(isLegWork))
      add('legs-before-hard', `leg work today, hard run on ${next.date}`, week, date);
    if (hard[i] && hard[i + 1])
      add('hard-spacing', `hard runs on ${date} and ${next.date}`, week, date);
  });

  checkWeeks(plan, add);
  return out;
}

type Add = (rule: RuleId, message: string, week?: number, date?: string) => void;

function checkCalendar(plan: Plan, add: Add): void {
  const { input, race } = plan;
  // Walk the expected days by day number and weekday index rather than re-reading every date.
  let dayNumber = toDayNumber(input.start);
  let weekday = weekdayIndex(input.start);
  let expected = input.start;
  for (const w of plan.weeks) {
    if (w.days.length === 0 || w.days.length > 7)
      add('calendar', `week holds ${w.days.length} days`, w.index);
    for (const d of w.days) {
      if (d.date !== expected) {
        add('calendar', `expected ${expected}, found ${d.date}`, w.index, d.date);
        return;
      }
      if (d.weekday !== WEEKDAYS[weekday])
        add('calendar', `${d.date} is a ${WEEKDAYS[weekday]}, not ${d.weekday}`, w.index, d.date);
      if (!(d.fuel && d.fuel.kcal > 0))
        add('calendar', 'no fuel targets for this day', w.index, d.date);
      dayNumber += 1;
      weekday = (weekday + 1) % 7;
      expected = fromDayNumber(dayNumber);
    }
  }
  const last = fromDayNumber(dayNumber - 1);
  if (last !== race.date) add('calendar', `the plan ends on ${last}, race day is ${race.date}`);
  plan.weeks.forEach((w, i) => {
    if (w.index !== i + 1) add('calendar', `week ${w.index} listed in position ${i + 1}`, w.index);
  });

  const races: string[] = [];
  for (const w of plan.weeks)
    for (const d of w.days)
      for (const s of d.sessions) if (s.kind === 'run' && s.type === 'race') races.push(d.date);
  if (races.length !== 1 || races[0] !== race.date)
    add('race-day', `race sessions on [${races.join(', ')}], race day is ${race.date}`);
}

function checkStrengthSession(s: StrengthSession, add: (rule: RuleId, m: string) => void): void {
  const [minMain, maxMain] =
    s.focus === 'accessory' ? LIMITS.accessoryStrengthMin : LIMITS.mainStrengthMin;
  if (s.durationMin < minMain || s.durationMin > maxMain)
    add('strength-duration', `${s.title}: ${s.durationMin} min, expected ${minMain}–${maxMain}`);
  if (s.focus !== 'accessory') {
    const patterns = new Set(s.exercises.map((e) => e.pattern));
    if (s.exercises.length < LIMITS.mainMinExercises || patterns.size < LIMITS.mainMinPatterns)
      add(
        'strength-content',
        `${s.title}: ${s.exercises.length} exercises over ${patterns.size} patterns, expected at least ${LIMITS.mainMinExercises} over ${LIMITS.mainMinPatterns}`,
      );
  }
  for (const e of s.exercises) {
    if (!isCompoundDose(e)) continue;
    const [sLo, sHi] = LIMITS.compoundSets;
    const [rLo, rHi] = LIMITS.compoundReps;
    const [iLo, iHi] = LIMITS.compoundRir;
    if (
      e.sets < sLo ||
      e.sets > sHi ||
      e.reps[0] < rLo ||
      e.reps[1] > rHi ||
      e.rir < iLo ||
      e.rir > iHi
    )
      add(
        'strength-dose',
        `${e.name}: ${e.sets} × ${e.reps[0]}–${e.reps[1]} at RIR ${e.rir}, expected ${sLo}–${sHi} sets of ${rLo}–${rHi} at RIR ${iLo}–${iHi}`,
      );
  }
}

/** Compound movement patterns carry the hypertrophy dose; core, calf, carry and mobility work may use holds. */
const DOSE_PATTERNS: ReadonlySet<Pattern> = new Set(['squat', 'hinge', 'lunge', 'push', 'pull']);

function isCompoundDose(e: StrengthExercise): boolean {
  return !e.timed && DOSE_PATTERNS.has(e.pattern);
}

/** What checkWeeks counts in a week's sessions. */
function weekCounts(w: PlanWeek) {
  const counts = { sessions: 0, mains: 0, accessories: 0, longRun: false };
  for (const d of w.days)
    for (const s of d.sessions) {
      counts.sessions += 1;
      if (s.kind === 'strength') {
        if (s.focus === 'accessory') counts.accessories += 1;
        else counts.mains += 1;
      }
      if (s.kind === 'run' && s.type === 'long') counts.longRun = true;
    }
  return counts;
}

function checkWeeks(plan: Plan, add: Add): void {
  const { input } = plan;
  const cap = volumeCapKm(input.focus, input.distance);
  const [minMain, maxMain] = STRENGTH_SESSIONS_PER_WEEK[input.focus];
  const taper = taperWeeks(input.distance, plan.weeks.length);
  const raceWeek = plan.weeks.length;
  let lastFull: PlanWeek | undefined;
  let fullRun = 0;

  plan.weeks.forEach((w, i) => {
    const counts = weekCounts(w);
    const runKm = w.days.reduce((t, d) => t + runKmOf(d), 0);
    if (Math.abs(runKm - w.runKm) > LIMITS.roundingKm * Math.max(1, counts.sessions / 3))
      add(
        'volume-cap',
        `week says ${w.runKm} km, its runs add up to ${runKm.toFixed(1)} km`,
        w.index,
      );
    if (w.runKm > cap + 1e-9)
      add(
        'volume-cap',
        `${w.runKm} km planned, the ${input.focus} focus cap is ${cap} km`,
        w.index,
      );

    if (w.days.length === 7 && !w.days.some((d) => d.rest))
      add('rest-day', 'no rest day this week', w.index);

    const { mains, accessories } = counts;
    const reduced = w.phase === 'taper' || w.index === raceWeek;
    if (mains > maxMain || (!reduced && mains < minMain))
      add(
        'strength-count',
        `${mains} main strength sessions, the ${input.focus} focus asks for ${minMain}–${maxMain}`,
        w.index,
      );
    if (accessories > LIMITS.accessoryPerWeek)
      add(
        'strength-count',
        `${accessories} accessory sessions, at most ${LIMITS.accessoryPerWeek}`,
        w.index,
      );

    const inTaper = i >= plan.weeks.length - taper;
    if (inTaper !== (w.phase === 'taper'))
      add(
        'taper',
        `week ${w.index} is ${w.phase}; the last ${taper} weeks should be the taper`,
        w.index,
      );

    if (isFull(w)) {
      if (!counts.longRun) add('long-run', 'a full week without a long run', w.index);
      fullRun += 1;
      if (fullRun > LIMITS.maxFullWeeksInARow)
        add('lighter-cadence', `${fullRun} full weeks in a row without a lighter week`, w.index);
    } else if (w.lighter) {
      fullRun = 0;
    }

    if (i === 0) {
      const { minKm: lo, maxKm: hi } = weekOneWindowKm(input);
      if (w.runKm < lo - 0.05 || w.runKm > hi + 0.05)
        add(
          'volume-start',
          `week 1 has ${w.runKm} km, current volume ${input.weeklyKm} km: expected ${lo.toFixed(1)}–${hi.toFixed(1)} km`,
          1,
        );
    }

    if (lastFull) {
      if (isFull(w) && w.runKm > lastFull.runKm * (1 + LIMITS.rampMax) + 0.05)
        add(
          'volume-ramp',
          `${w.runKm} km after ${lastFull.runKm} km in week ${lastFull.index}: more than +10 %`,
          w.index,
        );
      if (w.lighter) {
        const cut = 1 - LIMITS.lighterCutMin;
        if (w.runKm > lastFull.runKm * cut + 0.05)
          add(
            'lighter-cut',
            `lighter week runs ${w.runKm} km, not 10 % below ${lastFull.runKm} km`,
            w.index,
          );
        const sets = strengthSetsOf(w);
        const before = strengthSetsOf(lastFull);
        if (before > 0 && sets > before * cut)
          add(
            'lighter-cut',
            `lighter week has ${sets} strength sets, not 10 % below ${before}`,
            w.index,
          );
      }
      if (w.phase === 'taper' && w.runKm >= lastFull.runKm)
        add(
          'taper',
          `taper week runs ${w.runKm} km, no less than the ${lastFull.runKm} km of week ${lastFull.index}`,
          w.index,
        );
      if (isFull(w) && lastFull.index === w.index - 1) checkProgression(lastFull, w, add);
    }
    if (isFull(w)) lastFull = w;
  });
}

/** Same weekday, same session focus, same exercise: reps up 1–2 or load up 2–5 %. */
function checkProgression(prev: PlanWeek, cur: PlanWeek, add: Add): void {
  const [repLo, repHi] = LIMITS.progressionReps;
  const [loadLo, loadHi] = LIMITS.progressionLoadPct;
  for (const day of cur.days) {
    const before = prev.days.find((d) => d.weekday === day.weekday);
    if (!before) continue;
    for (const s of day.sessions.filter(isMainStrength)) {
      const match = before.sessions.find((b) => isMainStrength(b) && b.focus === s.focus) as
        | StrengthSession
        | undefined;
      if (!match) continue;
      for (const e of s.exercises) {
        const p = match.exercises.find((x) => x.id === e.id);
        if (!p || !isCompoundDose(e)) continue;
        const repGain = e.reps[0] - p.reps[0];
        const repsUp = repGain >= repLo && repGain <= repHi && e.loadChangePct === 0;
        const loadUp = e.loadChangePct >= loadLo && e.loadChangePct <= loadHi;
        if (!repsUp && !loadUp)
          add(
            'strength-progression',
            `${e.name} on ${day.weekday}: ${p.reps.join('–')} → ${e.reps.join('–')} reps, load ${e.loadChangePct} %: expected +${repLo}–${repHi} reps or +${loadLo}–${loadHi} % load`,
            cur.index,
            day.date,
          );
      }
    }
  }
}
