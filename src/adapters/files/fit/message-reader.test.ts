import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE_STRING, BASE_TYPE_SIZES } from './base-types.js';
import type { FieldPlan } from './field-reader.js';
import {
  compileColumnWriter,
  compileReader,
  interpretedColumnWriter,
  interpretedReader,
} from './message-reader.js';

const ENUM_NAMES = { 0: 'zero', 1: 'one', 255: 'max' };

/** A random layout of fields of every base type, scalar and array, with every conversion. */
const layout = fc
  .array(
    fc.record({
      base: fc.integer({ min: 0, max: BASE_TYPE_SIZES.length - 1 }),
      count: fc.integer({ min: 1, max: 3 }),
      stringSize: fc.integer({ min: 1, max: 6 }),
      scale: fc.constantFrom(1, 5, 100, 1000),
      offset: fc.constantFrom(0, 500),
      conv: fc.constantFrom(0, 1, 2),
      named: fc.boolean(),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .chain((specs) => {
    let pos = 0;
    const fields: FieldPlan[] = specs.map((s, i) => {
      const size = s.base === BASE_STRING ? s.stringSize : s.count * BASE_TYPE_SIZES[s.base]!;
      const field: FieldPlan = {
        pos,
        size,
        base: s.base,
        count: s.base === BASE_STRING ? 1 : s.count,
        key: i === 0 ? 'timestamp' : `f${i}`,
        scale: s.scale,
        offset: s.offset,
        conv: s.conv,
        enumNames: s.named ? ENUM_NAMES : undefined,
      };
      pos += size;
      return field;
    });
    return fc.record({
      fields: fc.constant(fields),
      bytes: fc.uint8Array({ minLength: pos, maxLength: pos }),
      little: fc.boolean(),
      withTimestamp: fc.boolean(),
      timestampSec: fc.integer({ min: 0, max: 2 ** 31 }),
    });
  });

describe('compiled message readers', () => {
  it('give exactly what the plain field loop gives, for any layout and bytes', () => {
    fc.assert(
      fc.property(layout, ({ fields, bytes, little, withTimestamp, timestampSec }) => {
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const compiled = compileReader(fields, little, withTimestamp)(view, bytes, 0, timestampSec);
        const interpreted = interpretedReader(fields, little, withTimestamp)(
          view,
          bytes,
          0,
          timestampSec,
        );
        expect(compiled).toStrictEqual(interpreted);
      }),
      { numRuns: 300 },
    );
  });

  it('write columns exactly as the plain field loop does, for any single-number layout', () => {
    fc.assert(
      fc.property(layout, ({ fields, bytes, little, withTimestamp: timeSlot, timestampSec }) => {
        const numbers = fields.filter(
          (f) => f.base !== BASE_STRING && f.count === 1 && f.enumNames === undefined,
        );
        // Odd times stand for a normal header: no header time.
        const headerSec = timestampSec % 2 === 1 ? -1 : timestampSec;
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const UNTOUCHED = 42.5;
        const run = (make: typeof compileColumnWriter) => {
          const columns = Array.from({ length: numbers.length + 1 }, () =>
            new Float64Array(2).fill(UNTOUCHED),
          );
          make(numbers, little, timeSlot)(view, bytes, 0, 1, columns, headerSec);
          return columns.map((c) => [...c]);
        };
        const compiled = run(compileColumnWriter);
        expect(compiled).toStrictEqual(run(interpretedColumnWriter));
        // Only row 1 is written: every field (a value or NaN), and the time slot when asked.
        expect(compiled.every((c) => c[0] === UNTOUCHED)).toBe(true);
        expect(compiled.slice(0, -1).every((c) => c[1] !== UNTOUCHED)).toBe(true);
        const time = compiled.at(-1)![1];
        if (!timeSlot) expect(time).toBe(UNTOUCHED);
        else if (headerSec < 0) expect(time).toBeNaN();
        else expect(time).toBe(headerSec + 631065600);
      }),
      { numRuns: 300 },
    );
  });

  it('add the header time only when the message has no timestamp field of its own', () => {
    const heartRate: FieldPlan = {
      pos: 0,
      size: 1,
      base: 2,
      count: 1,
      key: 'heart_rate',
      scale: 1,
      offset: 0,
      conv: 0,
      enumNames: undefined,
    };
    const bytes = new Uint8Array([150]);
    const view = new DataView(bytes.buffer);
    expect(compileReader([heartRate], true, true)(view, bytes, 0, 1000)).toEqual({
      heart_rate: 150,
      timestamp: 631066600,
    });
    expect(compileReader([heartRate], true, false)(view, bytes, 0, 1000)).toEqual({
      heart_rate: 150,
    });
  });
});
