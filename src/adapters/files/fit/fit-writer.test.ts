import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../core/errors.js';
import { fitCrc } from './crc.js';
import { decodeFit } from './decode.js';
import { FitBuilder, int, T, text } from './fit-builder.fixture.js';
import { encodeFit, truncateUtf8 } from './fit-writer.js';

const FILE_ID = 0;
const SPORT = 12;
// 2024-05-01T06:00:00Z in Unix seconds.
const CREATED_UNIX = 1714543200;

const bytesOf = (s: string) => new TextEncoder().encode(s).length;

describe('truncateUtf8', () => {
  it('keeps maxBytes - 1 bytes of ASCII, leaving room for the terminator', () => {
    expect(truncateUtf8('abcdef', 4)).toBe('abc');
    expect(truncateUtf8('abc', 4)).toBe('abc');
  });

  it('cuts before a character that would not fit whole', () => {
    // é is 2 bytes in UTF-8, 🏃 is 4 (and two UTF-16 units).
    expect(truncateUtf8('aé', 3)).toBe('a');
    expect(truncateUtf8('aé', 4)).toBe('aé');
    expect(truncateUtf8('ab🏃', 6)).toBe('ab');
    expect(truncateUtf8('ab🏃', 7)).toBe('ab🏃');
  });

  it('gives the longest prefix of whole characters that fits', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 1, max: 40 }), (s, max) => {
        const cut = truncateUtf8(s, max);
        expect(s.startsWith(cut)).toBe(true);
        expect(bytesOf(cut)).toBeLessThanOrEqual(max - 1);
        expect(cut).not.toMatch(/[\uD800-\uDBFF]$/);
        const next = [...s.slice(cut.length)][0];
        if (next !== undefined) expect(bytesOf(cut + next)).toBeGreaterThan(max - 1);
      }),
    );
  });
});

describe('encodeFit', () => {
  const file = () =>
    encodeFit([
      {
        globalNum: FILE_ID,
        messages: [
          {
            type: 'workout',
            manufacturer: 'development',
            product: 7,
            serial_number: 1,
            time_created: CREATED_UNIX,
          },
        ],
      },
      { globalNum: SPORT, messages: [{ sport: 'running', name: 'Run' }, { sport: 11 }] },
    ]);

  it('writes a 14-byte header (protocol 1.0) and both CRCs', () => {
    const bytes = file();
    const view = new DataView(bytes.buffer);
    expect([...bytes.slice(0, 2)]).toEqual([14, 0x10]);
    expect(view.getUint16(2, true)).toBe(2132);
    expect(view.getUint32(4, true)).toBe(bytes.length - 16);
    expect(new TextDecoder().decode(bytes.slice(8, 12))).toBe('.FIT');
    expect(view.getUint16(12, true)).toBe(fitCrc(bytes, 0, 12));
    expect(view.getUint16(bytes.length - 2, true)).toBe(fitCrc(bytes, 0, bytes.length - 2));
  });

  it('lays out definitions and data exactly as the hand-built fixture does', () => {
    const expected = new FitBuilder()
      .definition(0, FILE_ID, [
        [0, 1, T.enum],
        [1, 2, T.uint16],
        [2, 2, T.uint16],
        [3, 4, T.uint32z],
        [4, 4, T.uint32],
      ])
      // time_created: FIT seconds = Unix seconds - 631065600.
      .data(0, [5, ...int(255, 2), ...int(7, 2), ...int(1, 4), ...int(1083477600, 4)])
      // Strings are sized for the longest value plus its terminator; an absent one is all zero.
      .definition(1, SPORT, [
        [0, 1, T.enum],
        [3, 4, T.string],
      ])
      .data(1, [1, ...text('Run', 4)])
      .data(1, [11, ...text('', 4)])
      .build();
    const bytes = file();
    expect([...bytes.slice(14, -2)]).toEqual([...expected.slice(14, -2)]);
  });

  it('round-trips through decodeFit, enum names and date-times included', () => {
    const fit = decodeFit(file());
    expect(fit.partial).toBeUndefined();
    expect(fit.messages.file_id).toEqual([
      {
        type: 'workout',
        manufacturer: 'development',
        product: 7,
        serial_number: 1,
        time_created: CREATED_UNIX,
      },
    ]);
    expect(fit.messages.sport).toEqual([{ sport: 'running', name: 'Run' }, { sport: 'walking' }]);
  });

  it('writes undefined as the invalid value, which decodes as absent', () => {
    const bytes = encodeFit([
      { globalNum: FILE_ID, messages: [{ type: 'workout', product: undefined }] },
    ]);
    expect([...bytes.slice(-4, -2)]).toEqual([0xff, 0xff]);
    expect(decodeFit(bytes).messages.file_id).toEqual([{ type: 'workout' }]);
  });

  it('refuses a value its base type cannot hold, naming the field', () => {
    const write = (product: number) => encodeFit([{ globalNum: FILE_ID, messages: [{ product }] }]);
    expect(() => write(0xffff)).toThrow(InputError);
    expect(() => write(-1)).toThrow(/file_id\.product -1: expected a value that fits uint16/);
    expect(() => write(Number.NaN)).toThrow(InputError);
    expect(() => write(0xfffe)).not.toThrow();
  });

  it('refuses more message kinds than the 16 local message types can hold', () => {
    const groups = Array.from({ length: 17 }, () => ({ globalNum: SPORT, messages: [{}] }));
    expect(() => encodeFit(groups)).toThrow(/at most 16 message kinds/);
    expect(() => encodeFit(groups.slice(1))).not.toThrow();
  });

  it('refuses names the profile does not know', () => {
    expect(() => encodeFit([{ globalNum: FILE_ID, messages: [{ type: 'podcast' }] }])).toThrow(
      /type has no value podcast/,
    );
    expect(() => encodeFit([{ globalNum: FILE_ID, messages: [{ colour: 1 }] }])).toThrow(
      /no field colour/,
    );
  });
});
