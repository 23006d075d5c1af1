// A planned run as a FIT workout file, the kind Garmin watches load from /GARMIN/NewFiles: a
// file_id (type workout), one workout message and one workout_step per step. A repeat block is
// written the FIT way: its steps first, then a step that sends the watch back to the first of
// them until the count is done.
import { InputError } from '../../../core/errors.js';
import type { RunSession, RunStep, WorkoutStep } from '../../../core/plan/types.js';
import { parseIsoTimeMs } from '../iso-time.js';
import { encodeFit, type FitOutMessage, truncateUtf8 } from './fit-writer.js';

const FILE_ID = 0;
const WORKOUT = 26;
const WORKOUT_STEP = 27;

// No manufacturer code belongs to runstrong; the protocol sets 255 aside for this. A watch
// tells workouts apart by file_id, so a fixed product and serial leave time_created to do it.
const MANUFACTURER = 'development';
const PRODUCT = 0;
const SERIAL_NUMBER = 1;

/** Bytes of a workout or step name, terminator included: room for a short title on any watch. */
export const WORKOUT_NAME_MAX_BYTES = 48;

export interface WorkoutFitOptions {
  /** Shown in the watch's workout list; cut at WORKOUT_NAME_MAX_BYTES. */
  name: string;
  /** file_id.time_created, an ISO date-time (UTC when it carries no zone). */
  timeCreated: string;
}

function positive(value: number, field: string, what: string): number {
  if (!(Number.isFinite(value) && value > 0))
    throw new InputError(`${field} ${value}: expected a positive number of ${what}`, field);
  return value;
}

function runStep(step: RunStep, messageIndex: number, field: string): FitOutMessage {
  if (step.durationSec !== undefined && step.distanceM !== undefined)
    throw new InputError(`${field}: set durationSec or distanceM, not both`, field);
  let duration: FitOutMessage = { duration_type: 'open', duration_value: undefined };
  if (step.durationSec !== undefined) {
    const seconds = positive(step.durationSec, `${field}.durationSec`, 'seconds');
    duration = { duration_type: 'time', duration_value: seconds * 1000 };
  } else if (step.distanceM !== undefined) {
    const metres = positive(step.distanceM, `${field}.distanceM`, 'metres');
    duration = { duration_type: 'distance', duration_value: metres * 100 };
  }
  let target: FitOutMessage = { target_type: 'open' };
  if (step.paceSecPerKm !== undefined) {
    const paceField = `${field}.paceSecPerKm`;
    const [fastSecPerKm, slowSecPerKm] = step.paceSecPerKm;
    positive(fastSecPerKm, paceField, 'seconds per km');
    positive(slowSecPerKm, paceField, 'seconds per km');
    if (fastSecPerKm > slowSecPerKm)
      throw new InputError(
        `${paceField} [${fastSecPerKm}, ${slowSecPerKm}]: expected [fast, slow], the faster pace first`,
        paceField,
      );
    // Speed in mm/s; the slow end of the pace range is the low end of the speed range.
    target = {
      target_type: 'speed',
      custom_target_value_low: 1_000_000 / slowSecPerKm,
      custom_target_value_high: 1_000_000 / fastSecPerKm,
    };
  }
  return {
    message_index: messageIndex,
    wkt_step_name: truncateUtf8(step.label, WORKOUT_NAME_MAX_BYTES),
    intensity: step.intensity,
    // target_value 0 with a speed target means "the custom range", not a speed zone.
    target_value: 0,
    ...duration,
    ...target,
  };
}

/** The steps in FIT order, message_index counting from 0. */
function workoutSteps(steps: readonly WorkoutStep[]): FitOutMessage[] {
  if (steps.length === 0)
    throw new InputError('steps: a run session needs at least one step', 'steps');
  const out: FitOutMessage[] = [];
  steps.forEach((step, i) => {
    const field = `steps[${i}]`;
    if (!('repeat' in step)) {
      out.push(runStep(step, out.length, field));
      return;
    }
    if (!(Number.isInteger(step.repeat) && step.repeat >= 1))
      throw new InputError(
        `${field}.repeat ${step.repeat}: expected a whole number of times, 1 or more`,
        `${field}.repeat`,
      );
    if (step.steps.length === 0)
      throw new InputError(`${field}.steps: a repeat needs at least one step`, `${field}.steps`);
    const first = out.length;
    step.steps.forEach((child, j) => {
      out.push(runStep(child, out.length, `${field}.steps[${j}]`));
    });
    out.push({
      message_index: out.length,
      duration_type: 'repeat_until_steps_cmplt',
      duration_value: first,
      target_type: 'open',
      target_value: step.repeat,
    });
  });
  return out;
}

/** The session as the bytes of a .fit workout file. Same inputs, same bytes. */
export function encodeWorkoutFit(session: RunSession, opts: WorkoutFitOptions): Uint8Array {
  const createdMs = parseIsoTimeMs(opts.timeCreated);
  if (createdMs === undefined)
    throw new InputError(
      `timeCreated "${opts.timeCreated}": expected an ISO date-time such as 2027-01-18T06:00:00Z`,
      'timeCreated',
    );
  const steps = workoutSteps(session.steps);
  return encodeFit([
    {
      globalNum: FILE_ID,
      messages: [
        {
          type: 'workout',
          manufacturer: MANUFACTURER,
          product: PRODUCT,
          serial_number: SERIAL_NUMBER,
          time_created: Math.floor(createdMs / 1000),
        },
      ],
    },
    {
      globalNum: WORKOUT,
      messages: [
        {
          wkt_name: truncateUtf8(opts.name, WORKOUT_NAME_MAX_BYTES),
          sport: 'running',
          num_valid_steps: steps.length,
        },
      ],
    },
    { globalNum: WORKOUT_STEP, messages: steps },
  ]);
}
