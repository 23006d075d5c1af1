import { InputError } from '../../core/errors.js';
import {
  GOAL_DISTANCE_M,
  parseRaceResult,
  predictions,
  splitPlan,
  trainingPaces,
  vdotFromRace,
} from '../../core/pacing/index.js';
import type { GoalDistance, Units } from '../../core/plan/types.js';
import {
  formatDistance,
  formatDuration,
  formatPace,
  formatPaceRange,
} from '../../core/units/index.js';
import type { CliIo } from '../io.js';
import { DISTANCES, UNITS } from '../plan-options.js';

interface PacesFlags {
  race: string;
  goal?: string;
  split?: 'even' | 'negative';
  units?: string;
  json?: boolean;
}

function pick<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`--${flag} "${value}": expected one of ${allowed.join(', ')}`, flag);
}

export function pacesCommand(flags: PacesFlags, io: CliIo): void {
  const result = parseRaceResult(flags.race, 'race');
  const units: Units = flags.units ? pick(flags.units, UNITS, 'units') : 'km';
  const vdot = vdotFromRace(result.distanceM, result.timeSec);
  const paces = trainingPaces(vdot);
  const predicted = predictions(vdot);
  const goal: GoalDistance = flags.goal
    ? pick(flags.goal.toLowerCase(), DISTANCES, 'goal')
    : (DISTANCES.find((d) => GOAL_DISTANCE_M[d] === result.distanceM) ?? '10k');
  const style = flags.split ?? (goal === 'half' || goal === 'marathon' ? 'negative' : 'even');
  const splits = splitPlan(
    GOAL_DISTANCE_M[goal],
    predicted[goal],
    style,
    units === 'mi' ? 1609.344 : 1000,
  );

  if (flags.json) {
    io.out(
      `${JSON.stringify({
        vdot: Math.round(vdot * 10) / 10,
        easySecPerKm: paces.easySecPerKm,
        marathonSecPerKm: paces.marathonSecPerKm,
        thresholdSecPerKm: paces.thresholdSecPerKm,
        intervalSecPerKm: paces.intervalSecPerKm,
        repetitionSecPerKm: paces.repetitionSecPerKm,
        predictions: predicted,
        goal,
        splitStyle: style,
        splits,
      })}\n`,
    );
    return;
  }
  const lines = [
    `Fitness: VDOT ${vdot.toFixed(1)} (from ${flags.race})`,
    '',
    'Training paces',
    `  Easy        ${formatPaceRange(paces.easySecPerKm, units)}`,
    `  Marathon    ${formatPace(paces.marathonSecPerKm, units)}`,
    `  Threshold   ${formatPace(paces.thresholdSecPerKm, units)}`,
    `  Interval    ${formatPace(paces.intervalSecPerKm, units)}`,
    `  Repetition  ${formatPace(paces.repetitionSecPerKm, units)}`,
    '',
    'Race predictions',
    ...DISTANCES.map(
      (d) =>
        `  ${d.padEnd(10)}  ${formatDuration(predicted[d]).padStart(8)}  ${formatPace(predicted[d] / (GOAL_DISTANCE_M[d] / 1000), units)}`,
    ),
    '  (Marathon predictions from short races tend to be optimistic, more so on low weekly volume.)',
    '',
    `Race-day splits, ${goal} in ${formatDuration(predicted[goal])} (${style})`,
    ...splits.map(
      (s) =>
        `  ${formatDistance(s.atM / 1000, units, 2).padStart(9)}  ${formatDuration(s.splitSec).padStart(6)}  ${formatDuration(s.cumulativeSec).padStart(8)}`,
    ),
  ];
  io.out(`${lines.join('\n')}\n`);
}
