// Random damage to real files: flipped bytes, cuts and inserted bytes. The decoder must end
// quickly with either a FitError or messages whose numbers are all real numbers; the Activity
// built from them must hold no NaN either.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../../core/activity/summary.js';
import { decodeFit } from './decode.js';
import { OWN_FIT_DIR } from './fixture-files.fixture.js';
import { fitToActivity } from './to-activity.js';
import { FitError } from './types.js';

const SMALL_FILES = [
  'fitparse__garmin-fenix-5-run.fit',
  'tormoder__unterminated-strings.fit',
  'fitparse__compressed-speed-distance.fit',
  'fitparse__elemnt-bolt-no-application-id-inside-developer-data-id.fit',
  'fitparse__sample_mulitple_header.fit',
];

type Damage =
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'cut'; at: number }
  | { kind: 'insert'; at: number; bytes: number[] };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    value: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
  }),
);

function apply(bytes: Uint8Array, damages: readonly Damage[]): Uint8Array {
  let out = bytes;
  for (const d of damages) {
    const at = out.length === 0 ? 0 : d.at % out.length;
    if (d.kind === 'flip') {
      out = out.slice();
      if (out.length > 0) out[at] = d.value;
    } else if (d.kind === 'cut') out = out.slice(0, at);
    else out = new Uint8Array([...out.subarray(0, at), ...d.bytes, ...out.subarray(at)]);
  }
  return out;
}

/** Every number reachable from the value (arrays and developer fields included). */
function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) for (const v of value) numbersIn(v, out);
  else if (value !== null && typeof value === 'object')
    for (const v of Object.values(value)) numbersIn(v, out);
  return out;
}

describe('decodeFit under random damage', () => {
  it.each(SMALL_FILES)(
    '%s: FitError or NaN-free output, quickly',
    (file) => {
      const original = new Uint8Array(readFileSync(join(OWN_FIT_DIR, file)));
      fc.assert(
        fc.property(fc.array(damage, { minLength: 1, maxLength: 4 }), (damages) => {
          const bytes = apply(original, damages);
          const started = performance.now();
          let fit: ReturnType<typeof decodeFit>;
          try {
            fit = decodeFit(bytes);
          } catch (e) {
            expect(e).toBeInstanceOf(FitError);
            return;
          }
          // A bound far above the ~1 ms these files take: a loop that fails to advance would blow it.
          expect(performance.now() - started).toBeLessThan(2000);
          const messages = [fit.messages, fit.records.messages()];
          expect(numbersIn(messages).filter((n) => Number.isNaN(n))).toEqual([]);
          let activity: ReturnType<typeof fitToActivity>;
          try {
            activity = fitToActivity(fit);
          } catch (e) {
            expect(e).toBeInstanceOf(FitError);
            return;
          }
          expect(numbersIn(activity).filter((n) => Number.isNaN(n))).toEqual([]);
          expect(numbersIn(summarize(activity)).filter((n) => Number.isNaN(n))).toEqual([]);
        }),
        { numRuns: 150 },
      );
      // A few seconds on an idle machine; room for a loaded CI runner.
    },
    120_000,
  );
});
