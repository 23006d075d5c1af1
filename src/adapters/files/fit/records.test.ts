import { describe, expect, it } from 'vitest';
import { decodeFit } from './decode.js';
import { FitBuilder, int, T, text } from './fit-builder.fixture.js';
import { RecordColumns } from './records.js';

const RECORD = 20;
/** More records than one full chunk (8192) after the first chunk has grown from 256. */
const MANY = 20_000;
const SWITCH_AT = 12_000;

/** Heart rate i % 200 in every record; from SWITCH_AT on a second definition adds power. */
function manyRecords(): Uint8Array {
  const b = new FitBuilder().definition(0, RECORD, [[3, 1, T.uint8]]);
  for (let i = 0; i < SWITCH_AT; i++) b.data(0, [i % 200]);
  b.definition(1, RECORD, [
    [7, 2, T.uint16],
    [3, 1, T.uint8],
  ]);
  for (let i = SWITCH_AT; i < MANY; i++) {
    // Every other record goes back to the first definition, which has no power field.
    if (i % 2 === 0) b.data(0, [i % 200]);
    else b.data(1, [...int(i, 2), i % 200]);
  }
  return b.build();
}

describe('record columns', () => {
  const records = decodeFit(manyRecords()).records;
  const power = records.column('power');
  const heartRate = records.column('heart_rate');

  it('hold every record, across chunk boundaries and a definition added midway', () => {
    expect(records).toHaveLength(MANY);
    expect(heartRate).toHaveLength(MANY);
    for (const i of [0, 255, 256, 8191, 8192, 16383, 16384, MANY - 1])
      expect(heartRate.at(i)).toBe(i % 200);
  });

  it('read NaN where a record has no value for the field', () => {
    expect(power).toHaveLength(MANY);
    expect([power.at(0), power.at(SWITCH_AT - 1), power.at(SWITCH_AT)]).toEqual([
      Number.NaN,
      Number.NaN,
      Number.NaN,
    ]);
    expect(power.at(SWITCH_AT + 1)).toBe(SWITCH_AT + 1);
    expect(power.at(MANY - 1)).toBe(MANY - 1);
    expect(records.message(SWITCH_AT + 1)).toEqual({
      power: SWITCH_AT + 1,
      heart_rate: (SWITCH_AT + 1) % 200,
    });
    expect(records.message(SWITCH_AT)).toEqual({ heart_rate: SWITCH_AT % 200 });
  });

  it('read NaN for fields no record has and for indices out of range', () => {
    expect(records.column('cadence').at(5)).toBeNaN();
    expect(heartRate.at(-1)).toBeNaN();
    expect(heartRate.at(MANY)).toBeNaN();
    expect(records.developerColumn('Power').at(0)).toBeNaN();
  });

  it('keep arrays and strings per record, merged into the message with the numbers', () => {
    const fit = decodeFit(
      new FitBuilder()
        .definition(0, 206, [
          [0, 1, T.uint8],
          [1, 1, T.uint8],
          [2, 1, T.uint8],
          [3, 8, T.string],
        ])
        .data(0, [0, 1, T.uint16, ...text('Power', 8)])
        .data(0, [0, 2, T.string, ...text('Note', 8)])
        .definition(
          1,
          RECORD,
          [
            [3, 1, T.uint8],
            [4, 2, T.uint8], // cadence as a two-element array
          ],
          {
            dev: [
              [1, 2, 0],
              [2, 4, 0],
            ],
          },
        )
        .data(1, [150, 80, 0xff, ...int(250, 2), ...text('ok', 4)])
        .data(1, [151, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0])
        .build(),
    );
    const r = fit.records;
    expect(r.message(0)).toEqual({
      heart_rate: 150,
      cadence: [80, null],
      developer: { Power: 250, Note: 'ok' },
    });
    expect(r.message(1)).toEqual({ heart_rate: 151 });
    expect(r.developerColumn('Power').at(0)).toBe(250);
    expect([...r.others.keys()]).toEqual([0]);
  });
});

describe('RecordColumns', () => {
  it('reads NaN wherever nothing was written, in columns made early or late', () => {
    const columns = new RecordColumns();
    const hr = columns.columnIndex('heart_rate', false);
    const writeRow = (column: number, value: number) => {
      const n = columns.length;
      if (n === columns.capacity) columns.grow();
      columns.willWrite(column, n);
      columns.chunks[column]![0]![n] = value;
      columns.length = n + 1;
    };
    for (let n = 0; n < 300; n++) writeRow(hr, n);
    const power = columns.columnIndex('power', false);
    writeRow(power, 7);
    writeRow(hr, 1);
    const records = columns.finish();
    expect(records).toHaveLength(302);
    expect(records.column('heart_rate').at(299)).toBe(299);
    expect(records.column('heart_rate').at(300)).toBeNaN();
    expect(records.column('heart_rate').at(301)).toBe(1);
    expect(records.column('power').at(299)).toBeNaN();
    expect(records.column('power').at(300)).toBe(7);
    expect(records.column('power').at(301)).toBeNaN();
  });
});
