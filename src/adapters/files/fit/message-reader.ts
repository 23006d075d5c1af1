// Compiles the fields of one definition message into a function, once per distinct
// definition. A message reader builds each message as a single object literal, so every
// message of a definition gets the same hidden class and no field costs a separate store or
// allocation; a column writer stores each record field straight into its column. Only names
// and numbers from our own profile, and a developer field's scale and offset (numbers), enter
// the generated source, never file text. Where code
// generation is switched off (node --disallow-code-generation-from-strings), the same fields
// are read by a plain loop instead: slower, same output.
import {
  BASE_BYTE,
  BASE_ENUM,
  BASE_FLOAT32,
  BASE_FLOAT64,
  BASE_SINT8,
  BASE_SINT16,
  BASE_SINT32,
  BASE_STRING,
  BASE_UINT8,
  BASE_UINT8Z,
  BASE_UINT16,
  BASE_UINT16Z,
  BASE_UINT32,
  BASE_UINT32Z,
} from './base-types.js';
import {
  CONV_DATE_TIME,
  CONV_SEMICIRCLES,
  DEG_PER_SEMICIRCLE,
  FIT_EPOCH_UNIX_SEC,
  type FieldPlan,
  read64,
  readField,
  readRaw,
  scaled,
} from './field-reader.js';
import type { FitMessage } from './types.js';

/** Reads the message whose content starts at byte p; `timestampSec` is used when >= 0. */
export type MessageReader = (
  view: DataView,
  bytes: Uint8Array,
  p: number,
  timestampSec: number,
) => FitMessage;

/**
 * Writes the fields of the record whose content starts at byte p into row n: field i into
 * columns[i], its value or NaN when invalid. A writer made with a time slot also writes
 * columns[fields.length], the timestamp column: the header time when `timestampSec` >= 0
 * (a compressed-timestamp header), else NaN.
 */
export type ColumnWriter = (
  view: DataView,
  bytes: Uint8Array,
  p: number,
  n: number,
  columns: readonly Float64Array[],
  timestampSec: number,
) => void;

/** Source of the raw read and of the invalid-value test, by base type. */
function rawRead(base: number, at: string, little: boolean): { read: string; invalid: string } {
  const l = little ? 'true' : 'false';
  switch (base) {
    case BASE_ENUM:
    case BASE_UINT8:
    case BASE_BYTE:
      return { read: `bytes[${at}]`, invalid: 'v === 255' };
    case BASE_SINT8:
      return { read: `view.getInt8(${at})`, invalid: 'v === 127' };
    case BASE_UINT8Z:
      return { read: `bytes[${at}]`, invalid: 'v === 0' };
    case BASE_SINT16:
      return { read: `view.getInt16(${at}, ${l})`, invalid: 'v === 32767' };
    case BASE_UINT16:
      return { read: `view.getUint16(${at}, ${l})`, invalid: 'v === 65535' };
    case BASE_UINT16Z:
      return { read: `view.getUint16(${at}, ${l})`, invalid: 'v === 0' };
    case BASE_SINT32:
      return { read: `view.getInt32(${at}, ${l})`, invalid: 'v === 2147483647' };
    case BASE_UINT32:
      return { read: `view.getUint32(${at}, ${l})`, invalid: 'v === 4294967295' };
    case BASE_UINT32Z:
      return { read: `view.getUint32(${at}, ${l})`, invalid: 'v === 0' };
    case BASE_FLOAT32:
      return { read: `view.getFloat32(${at}, ${l})`, invalid: '!Number.isFinite(v)' };
    case BASE_FLOAT64:
      return { read: `view.getFloat64(${at}, ${l})`, invalid: '!Number.isFinite(v)' };
    default:
      return { read: `read64(view, ${at}, ${base}, ${l})`, invalid: 'v !== v' };
  }
}

function numericSource(f: FieldPlan): string {
  if (f.conv === CONV_DATE_TIME) return `v + ${FIT_EPOCH_UNIX_SEC}`;
  if (f.conv === CONV_SEMICIRCLES) return `v * ${DEG_PER_SEMICIRCLE}`;
  if (f.scale === 1 && f.offset === 0) return 'v';
  return f.offset === 0 ? `v / ${f.scale}` : `(v - ${f.offset * f.scale}) / ${f.scale}`;
}

/** Mirrors convert() in field-reader.ts: an enum name when known, else the number. */
function convertSource(f: FieldPlan, index: number): string {
  const numeric = numericSource(f);
  return f.enumNames === undefined ? numeric : `(F[${index}].enumNames[v] ?? ${numeric})`;
}

/** The reader as a loop over the field plans; what compileReader's output must equal. */
export function interpretedReader(
  fields: readonly FieldPlan[],
  little: boolean,
  withTimestamp: boolean,
): MessageReader {
  const addTimestamp = withTimestamp && !fields.some((f) => f.key === 'timestamp');
  return (view, bytes, p, timestampSec) => {
    const msg: FitMessage = {};
    for (const f of fields) msg[f.key] = readField(view, bytes, p, f, little);
    if (addTimestamp) msg.timestamp = timestampSec + FIT_EPOCH_UNIX_SEC;
    return msg;
  };
}

/** The reader as generated code: one object literal, fields read inline. */
export function compileReader(
  fields: readonly FieldPlan[],
  little: boolean,
  withTimestamp: boolean,
): MessageReader {
  const props: string[] = [];
  fields.forEach((f, i) => {
    const key = JSON.stringify(f.key);
    if (f.base === BASE_STRING || f.count !== 1) {
      props.push(`${key}: readField(view, bytes, p, F[${i}], ${little})`);
      return;
    }
    const { read, invalid } = rawRead(f.base, `p + ${f.pos}`, little);
    props.push(`${key}: (v = ${read}, ${invalid} ? undefined : ${convertSource(f, i)})`);
  });
  if (withTimestamp && !fields.some((f) => f.key === 'timestamp')) {
    props.push(`"timestamp": timestampSec + ${FIT_EPOCH_UNIX_SEC}`);
  }
  const source = `"use strict"; return function read(view, bytes, p, timestampSec) { let v; return { ${props.join(', ')} }; };`;
  return new Function('F', 'readField', 'read64', source)(
    fields,
    readField,
    read64,
  ) as MessageReader;
}

/** The column writer as a loop over the field plans; what compileColumnWriter must equal. */
export function interpretedColumnWriter(
  fields: readonly FieldPlan[],
  little: boolean,
  timeSlot: boolean,
): ColumnWriter {
  return (view, bytes, p, n, columns, timestampSec) => {
    fields.forEach((f, i) => {
      // readRaw gives NaN for an invalid value, and NaN stays NaN through scaled().
      columns[i]![n] = scaled(readRaw(view, bytes, p + f.pos, f.base, little), f);
    });
    if (timeSlot)
      columns[fields.length]![n] =
        timestampSec >= 0 ? timestampSec + FIT_EPOCH_UNIX_SEC : Number.NaN;
  };
}

/** The column writer as generated code: one read and one store per field, inline. */
export function compileColumnWriter(
  fields: readonly FieldPlan[],
  little: boolean,
  timeSlot: boolean,
): ColumnWriter {
  const statements = fields.map((f, i) => {
    const { read, invalid } = rawRead(f.base, `p + ${f.pos}`, little);
    return `v = ${read}; C[${i}][n] = ${invalid} ? NaN : ${numericSource(f)};`;
  });
  if (timeSlot) {
    statements.push(
      `C[${fields.length}][n] = timestampSec >= 0 ? timestampSec + ${FIT_EPOCH_UNIX_SEC} : NaN;`,
    );
  }
  const source = `"use strict"; return function write(view, bytes, p, n, C, timestampSec) { let v; ${statements.join(' ')} };`;
  return new Function('read64', source)(read64) as ColumnWriter;
}

const CAN_GENERATE_CODE = (() => {
  try {
    return new Function('return true')() === true;
  } catch {
    return false;
  }
})();

const cache = new Map<string, MessageReader | ColumnWriter>();
/** Enough for every definition a normal file holds; damaged files must not grow it for ever. */
const CACHE_LIMIT = 2000;

/** `variant`: withTimestamp for message readers, timeSlot for column writers. */
function cached<F extends MessageReader | ColumnWriter>(
  kind: string,
  fields: readonly FieldPlan[],
  little: boolean,
  variant: boolean,
  make: () => F,
): F {
  let key = `${kind}:${little ? 1 : 0}${variant ? 1 : 0}`;
  for (const f of fields)
    key += `|${f.key}:${f.pos}:${f.size}:${f.base}:${f.scale}:${f.offset}:${f.conv}`;
  let made = cache.get(key);
  if (made === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    made = make();
    cache.set(key, made);
  }
  return made as F;
}

/**
 * The reader for these fields, compiled at most once per distinct layout. `withTimestamp`
 * gives the variant for compressed-timestamp headers, which carry the time outside the fields.
 */
export function messageReader(
  globalNum: number,
  fields: readonly FieldPlan[],
  little: boolean,
  withTimestamp: boolean,
): MessageReader {
  return cached(String(globalNum), fields, little, withTimestamp, () =>
    CAN_GENERATE_CODE
      ? compileReader(fields, little, withTimestamp)
      : interpretedReader(fields, little, withTimestamp),
  );
}

/**
 * The column writer for these record fields (single numbers, no enum names), compiled at most
 * once per distinct layout.
 */
export function columnWriter(
  fields: readonly FieldPlan[],
  little: boolean,
  timeSlot: boolean,
): ColumnWriter {
  return cached('columns', fields, little, timeSlot, () =>
    CAN_GENERATE_CODE
      ? compileColumnWriter(fields, little, timeSlot)
      : interpretedColumnWriter(fields, little, timeSlot),
  );
}
