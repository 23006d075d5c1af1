import { describe, expect, it } from 'vitest';
import { decodeFit } from './decode.js';
import { concat, FitBuilder, fitTime, float32, int, T, text } from './fit-builder.fixture.js';
import { FitError } from './types.js';

const START = '2024-05-01T06:00:00Z';
const START_UNIX = Date.parse(START) / 1000;
const RECORD = 20;

/** timestamp, position_lat, position_long, altitude, heart_rate, distance, speed */
const RECORD_FIELDS = [
  [253, 4, T.uint32],
  [0, 4, T.sint32],
  [1, 4, T.sint32],
  [2, 2, T.uint16],
  [3, 1, T.uint8],
  [5, 4, T.uint32],
  [6, 2, T.uint16],
] as const;

function recordContent(o: { time: number; hr: number }, bigEndian = false): number[] {
  return [
    ...int(o.time, 4, bigEndian),
    ...int(536870912, 4, bigEndian), // 45° in semicircles (2^31 = 180°)
    ...int(-1073741824, 4, bigEndian), // -90°
    ...int(3100, 2, bigEndian), // (120 m + 500) × 5
    o.hr,
    ...int(123456, 4, bigEndian), // 1234.56 m × 100
    ...int(3210, 2, bigEndian), // 3.21 m/s × 1000
  ];
}

const EXPECTED_RECORD = {
  timestamp: START_UNIX,
  position_lat: 45,
  position_long: -90,
  altitude: 120,
  heart_rate: 142,
  distance: 1234.56,
  speed: 3.21,
};

function oneRecord(bigEndian: boolean): Uint8Array {
  return new FitBuilder()
    .definition(0, RECORD, RECORD_FIELDS, { bigEndian })
    .data(0, recordContent({ time: fitTime(START), hr: 142 }, bigEndian))
    .build();
}

describe('decodeFit: fields', () => {
  it('applies scale, offset, semicircles and the FIT epoch (little-endian definition)', () => {
    const fit = decodeFit(oneRecord(false));
    expect(fit.partial).toBeUndefined();
    expect(fit.records).toHaveLength(1);
    expect(fit.records.message(0)).toMatchObject(EXPECTED_RECORD);
    expect(fit.headers).toEqual([
      {
        atByte: 0,
        headerSize: 14,
        protocolVersion: 0x20,
        profileVersion: 2132,
        dataSize: expect.any(Number),
      },
    ]);
  });

  it('reads big-endian definitions to the same values', () => {
    expect(decodeFit(oneRecord(true)).records.message(0)).toMatchObject(EXPECTED_RECORD);
  });

  it('leaves invalid values out and still reads the fields after them', () => {
    const content = recordContent({ time: fitTime(START), hr: 0xff });
    content.splice(4, 4, 0xff, 0xff, 0xff, 0x7f); // position_lat = sint32 invalid 0x7FFFFFFF
    const fit = decodeFit(
      new FitBuilder().definition(0, RECORD, RECORD_FIELDS).data(0, content).build(),
    );
    const r = fit.records.message(0)!;
    expect(r.heart_rate).toBeUndefined();
    expect(r.position_lat).toBeUndefined();
    expect(r.distance).toBe(1234.56);
  });

  it('names enum values it knows and keeps others as numbers', () => {
    const fit = decodeFit(
      new FitBuilder()
        .definition(0, 18, [
          [5, 1, T.enum],
          [6, 1, T.enum],
        ])
        .data(0, [1, 3])
        .data(0, [200, 0])
        .build(),
    );
    expect(fit.messages.session.map((s) => [s.sport, s.sub_sport])).toEqual([
      ['running', 'trail'],
      [200, 'generic'],
    ]);
  });

  it('reads strings up to the NUL, unterminated strings to the end of the field, and UTF-8', () => {
    const fit = decodeFit(
      new FitBuilder()
        .definition(0, 0, [[8, 8, T.string]])
        .data(0, text('FR965', 8))
        .data(0, text('ABCDEFGH', 8))
        .data(0, text('Läufer', 8))
        .data(0, text('', 8))
        .build(),
    );
    expect(fit.messages.file_id.map((m) => m.product_name)).toEqual([
      'FR965',
      'ABCDEFGH',
      'Läufer',
      undefined,
    ]);
  });

  it('reads array fields, null for invalid elements', () => {
    const fit = decodeFit(
      new FitBuilder()
        .definition(0, 78, [[0, 6, T.uint16]])
        .data(0, [...int(812, 2), ...int(790, 2), 0xff, 0xff])
        .build(),
    );
    expect(fit.messages.hrv[0]!.time).toEqual([0.812, 0.79, null]);
  });

  it('decodes strength sets: category array, repetitions, weight / 16, duration / 1000', () => {
    const fit = decodeFit(
      new FitBuilder()
        .definition(0, 225, [
          [254, 4, T.uint32],
          [0, 4, T.uint32],
          [3, 2, T.uint16],
          [4, 2, T.uint16],
          [5, 1, T.uint8],
          [7, 4, T.uint16],
          [8, 4, T.uint16],
        ])
        .data(0, [
          ...int(fitTime(START), 4),
          ...int(42500, 4),
          ...int(8, 2),
          ...int(1000, 2),
          1,
          ...int(28, 2),
          0xff,
          0xff,
          ...int(6, 2),
          0xff,
          0xff,
        ])
        .build(),
    );
    expect(fit.messages.set[0]).toMatchObject({
      timestamp: START_UNIX,
      duration: 42.5,
      repetitions: 8,
      weight: 62.5,
      set_type: 'active',
      category: ['squat', null],
      category_subtype: [6, null],
    });
  });

  it('skips fields whose size is not a whole number of elements', () => {
    const fit = decodeFit(
      new FitBuilder()
        .definition(0, RECORD, [
          [7, 3, T.uint16],
          [3, 1, T.uint8],
        ])
        .data(0, [1, 2, 3, 150])
        .build(),
    );
    expect(fit.records.message(0)).toEqual({ power: undefined, heart_rate: 150 });
  });

  it('skips unknown messages and unknown fields by their declared size', () => {
    const fit = decodeFit(
      new FitBuilder()
        .definition(0, 0xff00, [[0, 5, T.byte]])
        .data(0, [1, 2, 3, 4, 5])
        .definition(1, RECORD, [
          [99, 3, T.byte],
          [3, 1, T.uint8],
        ])
        .data(1, [9, 9, 9, 133])
        .build(),
    );
    expect(fit.partial).toBeUndefined();
    expect(fit.records.messages()).toEqual([{ heart_rate: 133 }]);
  });

  it('expands compressed speed/distance, accumulating distance across the 12-bit rollover', () => {
    const packed = (speed100: number, dist16: number) => [
      speed100 & 0xff,
      ((speed100 >> 8) & 0x0f) | ((dist16 & 0x0f) << 4),
      (dist16 >> 4) & 0xff,
    ];
    const fit = decodeFit(
      new FitBuilder()
        .definition(0, RECORD, [[8, 3, T.byte]])
        .data(0, packed(312, 4000))
        .data(0, packed(305, 64)) // 4000 → 4096 + 64: 160 sixteenths further
        .build(),
    );
    expect(fit.records.messages().map((r) => [r.speed, r.distance])).toEqual([
      [3.12, 250],
      [3.05, 260],
    ]);
  });
});

describe('decodeFit: record headers', () => {
  it('derives times from compressed-timestamp headers, rolling over every 32 s', () => {
    const t0 = fitTime(START); // t0 % 32 tells where the 5-bit offset starts
    const fit = decodeFit(
      new FitBuilder()
        .definition(0, RECORD, [
          [253, 4, T.uint32],
          [3, 1, T.uint8],
        ])
        .definition(1, RECORD, [[3, 1, T.uint8]])
        .data(0, [...int(t0, 4), 100])
        .compressed(1, (t0 + 5) & 0x1f, [101])
        .compressed(1, (t0 + 40) & 0x1f, [102])
        .build(),
    );
    expect(
      fit.records.messages().map((r) => [(r.timestamp as number) - START_UNIX, r.heart_rate]),
    ).toEqual([
      [0, 100],
      [5, 101],
      [40 - 32, 102],
    ]);
  });

  it('stops with a partial result at a data message whose local type has no definition', () => {
    const fit = decodeFit(
      new FitBuilder()
        .definition(0, RECORD, [[3, 1, T.uint8]])
        .data(0, [90])
        .data(3, [91])
        .build(),
    );
    expect(fit.records).toHaveLength(1);
    // 14 header bytes + 9 of definition + 2 of the first data message
    expect(fit.partial).toEqual({
      reason: 'data message at byte 25 uses local message type 3, which has no definition',
      atByte: 25,
    });
  });
});

describe('decodeFit: developer fields', () => {
  const FIELD_DESCRIPTION = [
    [0, 1, T.uint8],
    [1, 1, T.uint8],
    [2, 1, T.uint8],
    [3, 8, T.string],
    [6, 1, T.uint8],
    [8, 4, T.string],
  ] as const;

  it('reads described developer fields with their scale and skips undescribed ones by size', () => {
    const fit = decodeFit(
      new FitBuilder()
        .definition(0, 206, FIELD_DESCRIPTION)
        .data(0, [0, 1, T.uint16, ...text('Power', 8), 10, ...text('W', 4)])
        .data(0, [0, 2, T.float32, ...text('Form', 8), 0xff, ...text('', 4)])
        .definition(1, RECORD, [[3, 1, T.uint8]], {
          dev: [
            [1, 2, 0],
            [7, 3, 0], // never described: skipped by its size
            [2, 4, 0],
          ],
        })
        .data(1, [150, ...int(2505, 2), 1, 2, 3, ...float32(0.5)])
        .build(),
    );
    expect(fit.partial).toBeUndefined();
    expect(fit.records.message(0)).toEqual({
      heart_rate: 150,
      developer: { Power: 250.5, Form: 0.5 },
    });
  });
});

describe('decodeFit: files, chains and damage', () => {
  const file = () =>
    new FitBuilder()
      .definition(0, RECORD, [[3, 1, T.uint8]])
      .data(0, [120])
      .data(0, [121]);

  it('accepts a 12-byte header and a 14-byte header whose CRC is 0 (not computed)', () => {
    expect(decodeFit(file().build({ headerSize: 12 })).records).toHaveLength(2);
    expect(decodeFit(file().build({ headerCrc: 0 })).records).toHaveLength(2);
  });

  it('decodes chained files in order, each with its own local definitions', () => {
    const second = new FitBuilder()
      .definition(0, RECORD, [[4, 1, T.uint8]])
      .data(0, [88])
      .build();
    const fit = decodeFit(concat(file().build(), second));
    expect(fit.partial).toBeUndefined();
    expect(fit.headers.map((h) => h.atByte)).toEqual([0, file().build().length]);
    expect(fit.records.messages()).toEqual([
      { heart_rate: 120 },
      { heart_rate: 121 },
      { cadence: 88 },
    ]);
  });

  it('keeps the first file and says so when a chained header is bad', () => {
    const first = file().build();
    const fit = decodeFit(concat(first, new Uint8Array(20)));
    expect(fit.records).toHaveLength(2);
    expect(fit.partial).toEqual({
      reason: `bad header of chained FIT file at byte ${first.length}: no ".FIT" signature`,
      atByte: first.length,
    });
  });

  it('marks a file CRC mismatch as partial and keeps the messages', () => {
    const fit = decodeFit(file().build({ fileCrc: 0x1234 }));
    expect(fit.records).toHaveLength(2);
    expect(fit.partial?.reason).toBe('file CRC mismatch');
  });

  it('marks a cut-off file as truncated at byte N of M and keeps the whole messages before the cut', () => {
    const whole = file().build();
    const fit = decodeFit(whole.subarray(0, whole.length - 3));
    expect(fit.records.messages()).toEqual([{ heart_rate: 120 }]);
    expect(fit.partial?.reason).toBe(`truncated at byte ${whole.length - 3} of ${whole.length}`);
  });

  it.each([
    ['0 bytes', new Uint8Array(0), 'not a FIT file: 0 bytes'],
    [
      'text',
      new TextEncoder().encode('<?xml version="1.0"?><gpx></gpx>'),
      'not a FIT file: no ".FIT" signature',
    ],
    [
      'a bad header CRC',
      file().build({ headerCrc: 0xbeef }),
      'not a FIT file: header CRC mismatch',
    ],
    [
      'too short',
      new Uint8Array([14, 0x20, 0, 0]),
      'not a FIT file: 4 bytes where a FIT header needs at least 12',
    ],
    [
      'a header alone',
      file().build().subarray(0, 14),
      'no FIT message decodes: truncated at byte 14 of 29',
    ],
  ])('throws FitError for %s', (_name, bytes, message) => {
    expect(() => decodeFit(bytes)).toThrow(expect.objectContaining({ name: 'FitError', message }));
    expect(() => decodeFit(bytes)).toThrow(FitError);
  });
});
