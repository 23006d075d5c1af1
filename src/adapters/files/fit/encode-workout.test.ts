import fc from 'fast-check';
import FitParser from 'fit-file-parser';
import { describe, expect, it } from 'vitest';
import type { RepeatStep, RunSession, RunStep } from '../../../core/plan/types.js';
import { fitCrc } from './crc.js';
import { decodeFit } from './decode.js';
import { encodeWorkoutFit, WORKOUT_NAME_MAX_BYTES } from './encode-workout.js';
import type { FitMessage } from './types.js';

const CREATED = '2027-01-18T06:00:00Z';
const opts = { name: 'Intervals 6 × 400 m', timeCreated: CREATED };

function session(steps: (RunStep | RepeatStep)[]): RunSession {
  return {
    kind: 'run',
    type: 'intervals',
    hard: true,
    title: 'Intervals 6 × 400 m',
    distanceKm: 6.3,
    durationMin: 33,
    steps,
    why: 'test',
  };
}

const EASY: [number, number] = [332, 374];
const intervals = session([
  { intensity: 'warmup', distanceM: 1100, paceSecPerKm: EASY, label: 'easy jog to warm up' },
  {
    repeat: 6,
    steps: [
      { intensity: 'active', distanceM: 400, paceSecPerKm: [259, 269], label: 'hard' },
      { intensity: 'rest', durationSec: 105, label: 'easy jog back' },
    ],
  },
  { intensity: 'cooldown', durationSec: 600, paceSecPerKm: EASY, label: 'easy jog to cool down' },
]);

// Speeds by hand, mm/s = 1 000 000 / (s/km): 374 s/km → 2673.8, 332 → 3012.0,
// 269 → 3717.47, 259 → 3861.0.
const EASY_SPEED = { custom_target_value_low: 2674, custom_target_value_high: 3012 };
const EXPECTED_STEPS = [
  {
    message_index: 0,
    wkt_step_name: 'easy jog to warm up',
    intensity: 'warmup',
    duration_type: 'distance',
    duration_value: 110000, // cm
    target_type: 'speed',
    target_value: 0,
    ...EASY_SPEED,
  },
  {
    message_index: 1,
    wkt_step_name: 'hard',
    intensity: 'active',
    duration_type: 'distance',
    duration_value: 40000,
    target_type: 'speed',
    target_value: 0,
    custom_target_value_low: 3717,
    custom_target_value_high: 3861,
  },
  {
    message_index: 2,
    wkt_step_name: 'easy jog back',
    intensity: 'rest',
    duration_type: 'time',
    duration_value: 105000, // ms
    target_type: 'open',
    target_value: 0,
  },
  {
    message_index: 3,
    duration_type: 'repeat_until_steps_cmplt',
    duration_value: 1, // back to step 1
    target_type: 'open',
    target_value: 6, // times
  },
  {
    message_index: 4,
    wkt_step_name: 'easy jog to cool down',
    intensity: 'cooldown',
    duration_type: 'time',
    duration_value: 600000,
    target_type: 'speed',
    target_value: 0,
    ...EASY_SPEED,
  },
];

interface PeerWorkout {
  file_ids?: FitMessage[];
  workout?: FitMessage;
  messages?: { workout_step?: (FitMessage & { message_index: { value: number } })[] };
}

async function peerDecode(bytes: Uint8Array): Promise<PeerWorkout> {
  return (await new FitParser({ mode: 'list' }).parseAsync(Buffer.from(bytes))) as PeerWorkout;
}

/** fit-file-parser's steps in our decoder's shape: message_index as a number, no empty names. */
function peerSteps(peer: PeerWorkout): FitMessage[] {
  return (peer.messages?.workout_step ?? []).map(({ message_index, ...rest }) => {
    const step: FitMessage = { message_index: message_index.value, ...rest };
    if (step.wkt_step_name === '') delete step.wkt_step_name;
    return step;
  });
}

describe('encodeWorkoutFit', () => {
  const bytes = encodeWorkoutFit(intervals, opts);

  it('decodes with our decoder: file_id, workout and the flattened steps', () => {
    const fit = decodeFit(bytes);
    expect(fit.partial).toBeUndefined();
    expect(fit.messages.file_id).toEqual([
      {
        type: 'workout',
        manufacturer: 'development',
        product: 0,
        serial_number: 1,
        time_created: Date.parse(CREATED) / 1000,
      },
    ]);
    expect(fit.messages.workout).toEqual([
      { wkt_name: 'Intervals 6 × 400 m', sport: 'running', num_valid_steps: 5 },
    ]);
    expect(fit.messages.workout_step).toEqual(EXPECTED_STEPS);
  });

  it('decodes the same with fit-file-parser', async () => {
    const peer = await peerDecode(bytes);
    expect(peer.file_ids?.[0]).toMatchObject({
      type: 'workout',
      manufacturer: 'development',
      time_created: new Date(CREATED),
    });
    expect(peer.workout).toEqual({
      wkt_name: 'Intervals 6 × 400 m',
      sport: 'running',
      num_valid_steps: 5,
    });
    expect(peerSteps(peer)).toEqual(EXPECTED_STEPS);
  });

  it('carries a header CRC and a file CRC that verify, and a broken byte is caught', () => {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(view.getUint16(12, true)).toBe(fitCrc(bytes, 0, 12));
    expect(view.getUint16(bytes.length - 2, true)).toBe(fitCrc(bytes, 0, bytes.length - 2));
    const damaged = bytes.slice();
    damaged[40] = damaged[40]! ^ 0x01;
    expect(decodeFit(damaged).partial?.reason).toMatch(/file CRC mismatch/);
  });

  it('gives the same bytes for the same inputs', () => {
    expect(encodeWorkoutFit(intervals, opts)).toEqual(bytes);
  });

  it('writes a step with neither time nor distance as open (the lap button ends it)', () => {
    const fit = decodeFit(
      encodeWorkoutFit(session([{ intensity: 'active', label: 'strides as you feel' }]), opts),
    );
    expect(fit.messages.workout_step[0]).toMatchObject({
      duration_type: 'open',
      target_type: 'open',
    });
    expect(fit.messages.workout_step[0]?.duration_value).toBeUndefined();
  });

  it('cuts long names between characters, within the byte budget', () => {
    const name = `${'Très long tempo '.repeat(3)}🏃🏃`;
    const label = `${'é'.repeat(30)}`;
    const fit = decodeFit(
      encodeWorkoutFit(session([{ intensity: 'active', durationSec: 60, label }]), {
        ...opts,
        name,
      }),
    );
    const wktName = fit.messages.workout[0]?.wkt_name as string;
    expect(new TextEncoder().encode(wktName).length).toBeLessThanOrEqual(
      WORKOUT_NAME_MAX_BYTES - 1,
    );
    expect(name.startsWith(wktName)).toBe(true);
    expect(wktName).toBe('Très long tempo Très long tempo Très long te');
    // 30 two-byte characters are 60 bytes: 23 fit in 47.
    expect(fit.messages.workout_step[0]?.wkt_step_name).toBe('é'.repeat(23));
  });

  it.each<[string, (RunStep | RepeatStep)[], string, RegExp]>([
    [
      'both time and distance',
      [{ intensity: 'active', durationSec: 60, distanceM: 200, label: 'x' }],
      'steps[0]',
      /set durationSec or distanceM, not both/,
    ],
    [
      'a negative time',
      [{ intensity: 'active', durationSec: -5, label: 'x' }],
      'steps[0].durationSec',
      /-5: expected a positive number of seconds/,
    ],
    [
      'a pace range the wrong way round',
      [{ intensity: 'active', durationSec: 60, paceSecPerKm: [300, 280], label: 'x' }],
      'steps[0].paceSecPerKm',
      /expected \[fast, slow\]/,
    ],
    [
      'a repeat of zero',
      [{ repeat: 0, steps: [{ intensity: 'active', durationSec: 60, label: 'x' }] }],
      'steps[0].repeat',
      /expected a whole number of times/,
    ],
    ['an empty repeat', [{ repeat: 3, steps: [] }], 'steps[0].steps', /at least one step/],
    ['no steps', [], 'steps', /at least one step/],
    [
      'a time beyond what FIT holds (uint32 ms)',
      [{ intensity: 'active', durationSec: 5_000_000, label: 'x' }],
      'workout_step.duration_value',
      /fits uint32/,
    ],
  ])('refuses %s, naming the field', (_what, steps, field, message) => {
    expect(() => encodeWorkoutFit(session(steps), opts)).toThrow(
      expect.objectContaining({
        name: 'InputError',
        field,
        message: expect.stringMatching(message),
      }),
    );
  });

  it('refuses a time_created that is not an ISO date-time', () => {
    expect(() => encodeWorkoutFit(intervals, { ...opts, timeCreated: '18/01/2027' })).toThrow(
      /timeCreated "18\/01\/2027": expected an ISO date-time/,
    );
  });
});

// Any valid structured run: what both decoders read back matches the session step by step.
const pace = fc
  .tuple(fc.integer({ min: 150, max: 600 }), fc.integer({ min: 0, max: 90 }))
  .map(([fast, spread]): [number, number] => [fast, fast + spread]);
const runStep: fc.Arbitrary<RunStep> = fc
  .record({
    intensity: fc.constantFrom('warmup', 'active', 'rest', 'cooldown'),
    by: fc.oneof(
      fc.record({ durationSec: fc.integer({ min: 1, max: 4 * 3600 }) }),
      fc.record({ distanceM: fc.integer({ min: 50, max: 42_195 }) }),
    ),
    paceSecPerKm: fc.option(pace, { nil: undefined }),
    label: fc.string({ maxLength: 60 }),
  })
  .map(({ by, paceSecPerKm, ...rest }) =>
    paceSecPerKm === undefined ? { ...rest, ...by } : { ...rest, ...by, paceSecPerKm },
  );
const repeatStep: fc.Arbitrary<RepeatStep> = fc.record({
  repeat: fc.integer({ min: 1, max: 30 }),
  steps: fc.array(runStep, { minLength: 1, maxLength: 3 }),
});

function checkStep(step: RunStep, decoded: FitMessage | undefined, index: number): void {
  expect(decoded?.message_index).toBe(index);
  expect(decoded?.intensity).toBe(step.intensity);
  if (step.durationSec !== undefined) {
    expect(decoded?.duration_type).toBe('time');
    expect(decoded?.duration_value).toBe(step.durationSec * 1000);
  } else {
    expect(decoded?.duration_type).toBe('distance');
    expect(decoded?.duration_value).toBe(step.distanceM! * 100);
  }
  if (step.paceSecPerKm === undefined) expect(decoded?.target_type).toBe('open');
  else {
    const [fast, slow] = step.paceSecPerKm;
    expect(decoded?.target_type).toBe('speed');
    // Back to pace: within the half mm/s of rounding.
    const low = decoded?.custom_target_value_low as number;
    const high = decoded?.custom_target_value_high as number;
    expect(Math.abs(low - 1e6 / slow)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(high - 1e6 / fast)).toBeLessThanOrEqual(0.5);
    expect(low).toBeLessThanOrEqual(high);
  }
}

describe('encodeWorkoutFit: any session', () => {
  it('reads back the same steps, durations, speeds, intensities and repeats in both decoders', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(runStep, repeatStep), { minLength: 1, maxLength: 6 }),
        async (steps) => {
          const bytes = encodeWorkoutFit(session(steps), opts);
          const fit = decodeFit(bytes);
          expect(fit.partial).toBeUndefined();
          const ours = fit.messages.workout_step;
          expect(peerSteps(await peerDecode(bytes))).toEqual(ours);
          expect(fit.messages.workout[0]?.num_valid_steps).toBe(ours.length);
          let i = 0;
          for (const step of steps) {
            if (!('repeat' in step)) {
              checkStep(step, ours[i], i);
              i++;
              continue;
            }
            const first = i;
            for (const child of step.steps) checkStep(child, ours[i], i++);
            expect(ours[i]).toMatchObject({
              message_index: i,
              duration_type: 'repeat_until_steps_cmplt',
              duration_value: first,
              target_value: step.repeat,
            });
            i++;
          }
          expect(ours).toHaveLength(i);
        },
      ),
      { numRuns: 150 },
    );
  });
});
