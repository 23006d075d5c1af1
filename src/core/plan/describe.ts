// Plain-text wording of a plan's parts, shared by every renderer (terminal, Markdown, calendar)
// so a session reads the same wherever the runner sees it. Numbers are shown in the runner's
// units; the plan itself stays metric.
import { weekdayOf } from '../dates/calendar.js';
import { EXERCISES } from '../exercises/index.js';
import { formatDistance, formatDuration, formatPaceRange, kmToMi } from '../units/index.js';
import type {
  GoalDistance,
  Plan,
  PlanDay,
  PlanInput,
  RunSession,
  RunStep,
  RunType,
  Session,
  StrengthExercise,
  Units,
  WorkoutStep,
} from './types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAY_NAMES = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};
const RACE_NAMES: Record<GoalDistance, string> = {
  '5k': '5K',
  '10k': '10K',
  half: 'half marathon',
  marathon: 'marathon',
};

/** '2026-03-02' → 'Mon 2 Mar' (with the year: 'Mon 2 Mar 2026'). */
export function formatDay(isoDate: string, withYear = false): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const text = `${WEEKDAY_NAMES[weekdayOf(isoDate)]} ${day} ${MONTHS[month - 1]}`;
  return withYear ? `${text} ${year}` : text;
}

export function raceName(distance: GoalDistance): string {
  return RACE_NAMES[distance];
}

/** 'Plan for the 10K on Sun 15 Mar 2026' */
export function planTitle(plan: Pick<Plan, 'race'>): string {
  return `Plan for the ${raceName(plan.race.distance)} on ${formatDay(plan.race.date, true)}`;
}

/** '2 weeks from Mon 2 Mar 2026' */
export function planSpan(plan: {
  weeks: readonly { days: readonly Pick<PlanDay, 'date'>[] }[];
  input: Pick<PlanInput, 'start'>;
}): string {
  const count = plan.weeks.length;
  const firstDay = plan.weeks[0]?.days[0]?.date ?? plan.input.start;
  return `${count} week${count === 1 ? '' : 's'} from ${formatDay(firstDay, true)}`;
}

/** For steps and rests: 20 → '20 s', 90 → '90 s', 1200 → '20 min', 150 → '2:30 min'. */
export function formatShortDuration(sec: number): string {
  if (sec % 60 === 0) return `${sec / 60} min`;
  if (sec < 120) return `${Math.round(sec)} s`;
  return `${formatDuration(sec)} min`;
}

/**
 * Under a kilometre, and for track repeats up to 2 km, the distance stays in metres in either
 * unit system (runners in miles still run "800s" and "1200s"); the rest is in the runner's units.
 */
export function formatStepDistance(distanceM: number, units: Units, repeated = false): string {
  if (distanceM < 1000 || (repeated && distanceM < 2000 && distanceM % 100 === 0)) {
    return `${Math.round(distanceM)} m`;
  }
  const km = distanceM / 1000;
  const shown = units === 'mi' ? kmToMi(km) : km;
  return formatDistance(km, units, Number.isInteger(shown) ? 0 : 1);
}

function stepAmount(step: RunStep, units: Units, repeated = false): string {
  return step.distanceM !== undefined
    ? formatStepDistance(step.distanceM, units, repeated)
    : formatShortDuration(step.durationSec ?? 0);
}

function stepPace(step: RunStep, units: Units): string {
  return step.paceSecPerKm ? ` @ ${formatPaceRange(step.paceSecPerKm, units)}` : '';
}

const PHASE_PREFIX: Partial<Record<RunStep['intensity'], string>> = {
  warmup: 'Warm-up: ',
  cooldown: 'Cool-down: ',
};

/** '2.5 km easy jog @ 5:22–6:02/km', prefixed 'Warm-up: ' or 'Cool-down: ' where it is one. */
export function describeStep(step: RunStep, units: Units, repeated = false): string {
  const prefix = PHASE_PREFIX[step.intensity] ?? '';
  return `${prefix}${stepAmount(step, units, repeated)} ${step.label}${stepPace(step, units)}`;
}

/**
 * One line per step, in running order. A repeat reads '4 × 800 m hard @ 4:12–4:18/km;
 * 2 min easy jog': the inner steps, separated by semicolons, done that many times.
 */
export function describeSteps(steps: readonly WorkoutStep[], units: Units): string[] {
  return steps.map((step) =>
    'repeat' in step
      ? `${step.repeat} × ${step.steps.map((inner) => describeStep(inner, units, true)).join('; ')}`
      : describeStep(step, units),
  );
}

/** A run's main work: each repeat by its work step and count, and active steps outside repeats. */
function mainWork(steps: readonly WorkoutStep[]): { step: RunStep; repeat?: number }[] {
  return steps.flatMap((step) => {
    if ('repeat' in step) {
      const work = step.steps.find((inner) => inner.intensity === 'active') ?? step.steps[0]!;
      return [{ step: work, repeat: step.repeat }];
    }
    return step.intensity === 'active' ? [{ step }] : [];
  });
}

/** '4 × 800 m', '20 min': a piece of main work without its pace. */
function workAmount(work: { step: RunStep; repeat?: number }, units: Units): string {
  return work.repeat === undefined
    ? stepAmount(work.step, units)
    : `${work.repeat} × ${stepAmount(work.step, units, true)}`;
}

/**
 * The key numbers of a run without the labels: its main work, warm-up and cool-down left out,
 * recoveries inside repeats left out. '4 × 800 m @ 4:12–4:18/km', '20 min @ 4:33–4:41/km'.
 */
export function mainSet(steps: readonly WorkoutStep[], units: Units): string {
  return mainWork(steps)
    .map((work) => `${workAmount(work, units)}${stepPace(work.step, units)}`)
    .join(' + ');
}

// A run is shown by its type, with its numbers added here in the runner's units; the plan's own
// titles hold no km or mile figures.
const RUN_NAMES: Record<RunType, string> = {
  easy: 'Easy run',
  recovery: 'Recovery run',
  long: 'Long run',
  tempo: 'Tempo run',
  intervals: 'Intervals',
  hills: 'Hill sprints',
  strides: 'Easy run + strides',
  'race-pace': 'Race pace',
  race: 'Race',
};

function runSummary(run: RunSession, units: Units): string {
  const name = `${RUN_NAMES[run.type]} ${formatDistance(run.distanceKm, units)}`;
  const only = run.steps.length === 1 ? run.steps[0] : undefined;
  // A run that is one steady stretch: the pace is the only number worth adding.
  if (only && !('repeat' in only) && only.intensity === 'active') {
    return `${name}${stepPace(only, units)}`;
  }
  const work = mainSet(run.steps, units);
  return work ? `${name}: ${work}` : name;
}

function hasWarmupOrCooldown(steps: readonly WorkoutStep[]): boolean {
  return steps.some(
    (step) => !('repeat' in step) && (step.intensity === 'warmup' || step.intensity === 'cooldown'),
  );
}

/**
 * A session's heading. A run: its type and main numbers in the runner's units, without paces.
 * A workout with a warm-up or cool-down is named by its main set ('Intervals 6 × 800 m',
 * 'Race pace 3 × 1.2 mi'); any other run by its distance ('Long run 8.7 mi'), and a change of
 * pace to finish by that stretch's label ('Long run 12.4 mi, finish at marathon pace'). A race
 * keeps its title, the race's name ('Race: half marathon'), which reads the same in any units.
 * Other sessions: their title.
 */
export function sessionTitle(session: Session, units: Units): string {
  if (session.kind !== 'run' || session.type === 'race') return session.title;
  const name = RUN_NAMES[session.type];
  if (hasWarmupOrCooldown(session.steps)) {
    const work = mainWork(session.steps).map((w) => workAmount(w, units));
    return work.length > 0 ? `${name} ${work.join(' + ')}` : name;
  }
  const total = `${name} ${formatDistance(session.distanceKm, units)}`;
  const stretches = session.steps.filter(
    (step): step is RunStep => !('repeat' in step) && step.intensity === 'active',
  );
  const finish = stretches.length > 1 ? stretches.at(-1) : undefined;
  return finish ? `${total}, ${finish.label}` : total;
}

/** A session in a few words with its key numbers, for a day's line in a table. */
export function summarizeSession(session: Session, units: Units): string {
  switch (session.kind) {
    case 'run':
      return runSummary(session, units);
    case 'strength':
      return `${session.title} (${session.focus}${session.heavy ? ', heavy' : ''}, ${session.durationMin} min)`;
    case 'mobility':
    case 'cross':
      return `${session.title} ${session.durationMin} min`;
  }
}

/** The session's size in a line: '7.0 km · about 45 min · hills (hard)', 'lower · heavy · 40 min'. */
export function sessionFacts(session: Session, units: Units): string {
  switch (session.kind) {
    case 'run':
      return `${formatDistance(session.distanceKm, units)} · about ${session.durationMin} min · ${session.type}${session.hard ? ' (hard)' : ''}`;
    case 'strength':
      return `${session.focus} · ${session.heavy ? 'heavy' : 'light'} · ${session.durationMin} min`;
    case 'mobility':
    case 'cross':
      return `${session.durationMin} min`;
  }
}

const EXERCISE_NAMES: ReadonlyMap<string, string> = new Map(EXERCISES.map((e) => [e.id, e.name]));

/**
 * The library's name for an exercise id. A plan can outlive a library change, so an unknown id
 * is shown as words rather than failing: 'hip-flexor-stretch' → 'Hip flexor stretch'.
 */
export function exerciseLabel(id: string): string {
  const name = EXERCISE_NAMES.get(id);
  if (name) return name;
  const words = id.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface ExerciseParts {
  /** '3 × 6–8', or '2 × 30–40 s' for timed work. */
  setsReps: string;
  rir: string;
  /** Between sets: '90 s', '2:30 min'. */
  rest: string;
  /** '+2.5 %', or 'same weight, more reps' when the load stays. */
  loadChange: string;
}

export function exerciseParts(exercise: StrengthExercise): ExerciseParts {
  const [low, high] = exercise.reps;
  const range = low === high ? `${low}` : `${low}–${high}`;
  const pct = exercise.loadChangePct;
  return {
    setsReps: `${exercise.sets} × ${range}${exercise.timed ? ' s' : ''}`,
    rir: `${exercise.rir}`,
    rest: formatShortDuration(exercise.restSec),
    loadChange:
      pct === 0 ? 'same weight, more reps' : `${pct > 0 ? '+' : '−'}${Math.abs(pct)} % weight`,
  };
}

/** 'Back squat: 3 × 6–8, RIR 2, rest 2:30 min, +2.5 % weight. Brace before you descend…' */
export function describeExercise(exercise: StrengthExercise): string {
  const p = exerciseParts(exercise);
  return `${exercise.name}: ${p.setsReps}, RIR ${p.rir}, rest ${p.rest}, ${p.loadChange}. ${exercise.cue}`;
}

/** What to do in a session, one line per step or exercise, in order. */
export function describeSession(session: Session, units: Units): string[] {
  switch (session.kind) {
    case 'run':
      return describeSteps(session.steps, units);
    case 'strength':
      return session.exercises.map(describeExercise);
    case 'mobility':
      return session.items.map(exerciseLabel);
    case 'cross':
      return []; // nothing beyond its title, minutes and why
  }
}
