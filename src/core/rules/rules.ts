// The rules that make hybrid training work, as data. The generator plans by them, the validator
// checks any plan against them, and the CLI and web app quote their text. Figures come from the
// product brief and the seed article; where we chose a number ourselves the text says so.
import type { Focus, GoalDistance, Pattern } from '../plan/types.js';

export type RuleId =
  | 'calendar'
  | 'race-day'
  | 'available-days'
  | 'day-minutes'
  | 'rest-day'
  | 'strength-count'
  | 'strength-duration'
  | 'strength-dose'
  | 'strength-content'
  | 'strength-progression'
  | 'legs-before-hard'
  | 'run-first'
  | 'hard-spacing'
  | 'long-run'
  | 'volume-cap'
  | 'volume-start'
  | 'volume-ramp'
  | 'lighter-cadence'
  | 'lighter-cut'
  | 'taper'
  | 'why';

export interface Rule {
  id: RuleId;
  title: string;
  /** What the rule asks and why, in plain words. */
  text: string;
}

export const RULES: Readonly<Record<RuleId, Rule>> = {
  calendar: {
    id: 'calendar',
    title: 'Every day is in the plan',
    text: 'Every calendar day from the start to race day appears once, in order, rest days included, each with its fuel targets.',
  },
  'race-day': {
    id: 'race-day',
    title: 'The race is on race day',
    text: 'The plan ends with exactly one race, on race day, at the goal distance.',
  },
  'available-days': {
    id: 'available-days',
    title: 'Only on days you can train',
    text: 'Runs and lifts are only planned on the weekdays you said you can train.',
  },
  'day-minutes': {
    id: 'day-minutes',
    title: 'Fits the time you have',
    text: 'A day holds no more training minutes than you said you have that day (race day aside).',
  },
  'rest-day': {
    id: 'rest-day',
    title: 'At least one rest day a week',
    text: 'Growth happens in recovery: every week keeps at least one day with no run and no lifting (mobility or stretching is fine).',
  },
  'strength-count': {
    id: 'strength-count',
    title: 'Strength sessions by focus',
    text: 'Main strength sessions a week: 1–2 light ones for endurance focus, 2 for balanced, 2–3 heavier ones for muscle focus; fewer only in taper and race weeks; at most one short accessory session (calves, glutes) on top.',
  },
  'strength-duration': {
    id: 'strength-duration',
    title: 'Short strength sessions',
    text: 'Main strength sessions last 25–40 minutes; the accessory session 10–40 minutes.',
  },
  'strength-dose': {
    id: 'strength-dose',
    title: 'Hypertrophy dose',
    text: 'Compound lifts are done for 2–4 sets of 6–12 reps, stopping 1–2 reps short of failure.',
  },
  'strength-content': {
    id: 'strength-content',
    title: 'Whole-body balance',
    text: 'A main strength session holds at least 3 exercises over at least 2 movement patterns.',
  },
  'strength-progression': {
    id: 'strength-progression',
    title: 'Steady progression',
    text: 'From one full week to the next a lift gains 1–2 reps or 2–5 % load; lighter weeks reset it.',
  },
  'legs-before-hard': {
    id: 'legs-before-hard',
    title: 'Leg day is not the day before a hard run',
    text: 'Squat, hinge and lunge work sits 24–36 hours away from the next hard run, so no tempo, intervals, hills, race pace or race on the day after a leg session.',
  },
  'run-first': {
    id: 'run-first',
    title: 'Run first on double days',
    text: 'When a hard run and a lift share a day, the run comes first, while the legs are fresh.',
  },
  'hard-spacing': {
    id: 'hard-spacing',
    title: 'No hard days back to back',
    text: 'Two hard runs never fall on consecutive days.',
  },
  'long-run': {
    id: 'long-run',
    title: 'The long run on your long-run day',
    text: 'The long run is on the day you chose for it, and every full week has one.',
  },
  'volume-cap': {
    id: 'volume-cap',
    title: 'Running volume by focus',
    text: 'Muscle focus keeps running at 20–40 km a week and never above 40 km (55 km for a marathon), because running volume blunts muscle growth; endurance focus builds towards 40–70 km. Balanced sits between (our choice: at most 55 km, 65 km for a marathon). The race itself does not count.',
  },
  'volume-start': {
    id: 'volume-start',
    title: 'Start from where you are',
    text: 'Week 1 is within 20 % of the running volume you do now (a runner below 10 km may start at 10 km; one above the focus cap starts at the cap).',
  },
  'volume-ramp': {
    id: 'volume-ramp',
    title: 'Build gradually',
    text: 'Running volume rises by at most 10 % from one full week to the next (compared with the last full week, so a lighter week is not a springboard).',
  },
  'lighter-cadence': {
    id: 'lighter-cadence',
    title: 'A lighter week at least every 4th week',
    text: 'No more than three full weeks in a row before a lighter week (the taper aside).',
  },
  'lighter-cut': {
    id: 'lighter-cut',
    title: 'Lighter weeks are lighter',
    text: 'A lighter week cuts running volume and strength sets by at least 10 % against the last full week.',
  },
  taper: {
    id: 'taper',
    title: 'Taper by distance',
    text: 'The last weeks before the race are a taper (1 week for 5K and 10K, 2 for the half, 2–3 for the marathon) with less volume than the peak and the intensity kept.',
  },
  why: {
    id: 'why',
    title: 'Every session says why',
    text: 'Every session carries a short reason for being there.',
  },
};

export const LEG_PATTERNS: ReadonlySet<Pattern> = new Set(['squat', 'hinge', 'lunge']);

export const STRENGTH_SESSIONS_PER_WEEK: Readonly<Record<Focus, readonly [number, number]>> = {
  endurance: [1, 2],
  balanced: [2, 2],
  muscle: [2, 3],
};

export const LIMITS = {
  mainStrengthMin: [25, 40],
  accessoryStrengthMin: [10, 40],
  accessoryPerWeek: 1,
  compoundSets: [2, 4],
  compoundReps: [6, 12],
  compoundRir: [1, 2],
  mainMinExercises: 3,
  mainMinPatterns: 2,
  progressionReps: [1, 2],
  progressionLoadPct: [2, 5],
  weekOneTolerance: 0.2,
  startFloorKm: 10,
  rampMax: 0.1,
  maxFullWeeksInARow: 3,
  lighterCutMin: 0.1,
  /** Sums of rounded session distances may differ from the week's rounded total by this much. */
  roundingKm: 0.15,
} as const;

export function volumeCapKm(focus: Focus, distance: GoalDistance): number {
  const marathon = distance === 'marathon';
  if (focus === 'muscle') return marathon ? 55 : 40;
  if (focus === 'balanced') return marathon ? 65 : 55;
  return 70;
}

/**
 * The running week 1 may hold: within the tolerance of the runner's current volume, under the
 * focus's cap, and never asked to drop below the start floor for very low volumes.
 */
export function weekOneWindowKm(input: {
  weeklyKm: number;
  focus: Focus;
  distance: GoalDistance;
}): { minKm: number; maxKm: number } {
  const cap = volumeCapKm(input.focus, input.distance);
  return {
    minKm: Math.min(input.weeklyKm, cap) * (1 - LIMITS.weekOneTolerance),
    maxKm: Math.min(
      Math.max(input.weeklyKm * (1 + LIMITS.weekOneTolerance), LIMITS.startFloorKm),
      cap,
    ),
  };
}

/** Taper weeks before race day (Bosquet 2007: about two weeks; shorter for short races). */
export function taperWeeks(distance: GoalDistance, planWeeks: number): number {
  if (distance === 'marathon') return planWeeks >= 12 ? 3 : 2;
  if (distance === 'half') return 2;
  return 1;
}
