// Writes FIT files from the same profile tables the decoder reads, so a value goes in the units
// and names decodeFit gives back (Unix seconds for date-times, enum names or numbers) and the
// writer applies the inverse of the decoder's scale, offset and conversion. Little-endian
// throughout; every message of one kind shares a single definition.
import { InputError } from '../../../core/errors.js';
import {
  BASE_ENUM,
  BASE_SINT8,
  BASE_SINT16,
  BASE_SINT32,
  BASE_STRING,
  BASE_TYPE_INVALID,
  BASE_TYPE_SIZES,
  BASE_UINT8,
  BASE_UINT8Z,
  BASE_UINT16,
  BASE_UINT16Z,
  BASE_UINT32,
  BASE_UINT32Z,
  baseTypeNumber,
} from './base-types.js';
import { fitCrc } from './crc.js';
import { FIT_EPOCH_UNIX_SEC } from './field-reader.js';
import { type FitFieldSpec, type FitMessageSpec, messageSpec } from './profile.js';

/** A field value as decodeFit returns it; undefined writes the base type's invalid value. */
export type FitOutValue = number | string | undefined;
export type FitOutMessage = Readonly<Record<string, FitOutValue>>;

export interface FitOutGroup {
  globalNum: number;
  messages: readonly FitOutMessage[];
}

const HEADER_SIZE = 14;
// Protocol 1.0: these files use nothing from 2.0 (no developer fields, no 64-bit types), and
// older watches refuse a 2.0 header.
const PROTOCOL_VERSION = 0x10;
// Profile 21.32. The workout messages have kept their field numbers since the first profiles,
// so readers of older and newer profiles agree on them.
const PROFILE_VERSION = 2132;
/** A field's size is one byte in a definition message, and a string needs its terminator. */
const STRING_MAX_BYTES = 255;
const ENDIAN_BIT = 0x80;

const utf8 = new TextEncoder();

/**
 * The longest start of `text` whose UTF-8 form fits in `maxBytes` with the terminating zero,
 * cut between characters (never inside one, nor between the halves of a surrogate pair).
 */
export function truncateUtf8(text: string, maxBytes: number): string {
  let used = 0;
  let end = 0;
  for (const char of text) {
    const size = utf8.encode(char).length;
    if (used + size > maxBytes - 1) break;
    used += size;
    end += char.length;
  }
  return text.slice(0, end);
}

interface IntegerRange {
  min: number;
  max: number;
}

/** Valid raw values by base type: the invalid marker itself is excluded, as is zero for z-types. */
const INTEGER_RANGES: ReadonlyMap<number, IntegerRange> = new Map([
  [BASE_ENUM, { min: 0, max: 0xfe }],
  [BASE_UINT8, { min: 0, max: 0xfe }],
  [BASE_UINT16, { min: 0, max: 0xfffe }],
  [BASE_UINT32, { min: 0, max: 0xfffffffe }],
  [BASE_UINT8Z, { min: 1, max: 0xff }],
  [BASE_UINT16Z, { min: 1, max: 0xffff }],
  [BASE_UINT32Z, { min: 1, max: 0xffffffff }],
  [BASE_SINT8, { min: -0x80, max: 0x7e }],
  [BASE_SINT16, { min: -0x8000, max: 0x7ffe }],
  [BASE_SINT32, { min: -0x80000000, max: 0x7ffffffe }],
]);

interface FieldOut {
  spec: FitFieldSpec;
  base: number;
  size: number;
}

function fieldByName(message: FitMessageSpec, name: string): FitFieldSpec {
  for (const field of message.fields.values()) if (field.name === name) return field;
  throw new Error(`FIT profile: message ${message.name} has no field ${name}`);
}

/** The raw integer of a numeric field, checked against what its base type can hold. */
function rawInteger(message: string, field: FitFieldSpec, base: number, value: number | string) {
  let raw: number;
  if (typeof value === 'string') {
    const entry = Object.entries(field.enumNames ?? {}).find(([, name]) => name === value);
    if (entry === undefined) throw new Error(`FIT profile: ${field.name} has no value ${value}`);
    raw = Number(entry[0]);
  } else {
    const seconds = field.conversion === 'date_time' ? value - FIT_EPOCH_UNIX_SEC : value;
    raw = Math.round((seconds + field.offset) * field.scale);
  }
  const range = INTEGER_RANGES.get(base)!;
  if (!(raw >= range.min && raw <= range.max))
    throw new InputError(
      `${message}.${field.name} ${value}: expected a value that fits ${field.base} ` +
        `(raw ${range.min}–${range.max})`,
      `${message}.${field.name}`,
    );
  return raw;
}

function planFields(message: FitMessageSpec, messages: readonly FitOutMessage[]): FieldOut[] {
  const names = [...new Set(messages.flatMap((m) => Object.keys(m)))];
  return names.map((name) => {
    const spec = fieldByName(message, name);
    const base = baseTypeNumber(spec.base);
    if (INTEGER_RANGES.has(base)) return { spec, base, size: BASE_TYPE_SIZES[base]! };
    if (base !== BASE_STRING) throw new Error(`FIT writer: cannot write ${spec.base} (${name})`);
    const longest = Math.max(
      ...messages.map((m) => {
        const value = m[name];
        return value === undefined ? 0 : utf8.encode(String(value)).length;
      }),
    );
    if (longest + 1 > STRING_MAX_BYTES)
      throw new InputError(
        `${message.name}.${name}: ${longest} bytes of text, at most ${STRING_MAX_BYTES - 1} fit`,
        `${message.name}.${name}`,
      );
    return { spec, base, size: longest + 1 };
  });
}

function writeValue(
  view: DataView,
  bytes: Uint8Array,
  at: number,
  message: string,
  field: FieldOut,
  value: FitOutValue,
): void {
  if (field.base === BASE_STRING) {
    // The buffer starts zeroed, so the rest of the field is already padding and terminator.
    if (value !== undefined) bytes.set(utf8.encode(String(value)), at);
    return;
  }
  const raw =
    value === undefined
      ? BASE_TYPE_INVALID[field.base]!
      : rawInteger(message, field.spec, field.base, value);
  switch (field.size) {
    case 1:
      view.setUint8(at, raw & 0xff);
      break;
    case 2:
      view.setUint16(at, raw & 0xffff, true);
      break;
    default:
      view.setUint32(at, raw >>> 0, true);
  }
}

interface GroupPlan {
  spec: FitMessageSpec;
  fields: FieldOut[];
  messageSize: number;
  messages: readonly FitOutMessage[];
}

/** One FIT file: each group gets a definition (local message type = its position) and its data. */
export function encodeFit(groups: readonly FitOutGroup[]): Uint8Array {
  if (groups.length > 16) throw new Error('FIT writer: at most 16 message kinds per file');
  const plans: GroupPlan[] = groups.map((group) => {
    const spec = messageSpec(group.globalNum);
    if (spec === undefined) throw new Error(`FIT profile: no message ${group.globalNum}`);
    const fields = planFields(spec, group.messages);
    const messageSize = fields.reduce((n, f) => n + f.size, 0);
    return { spec, fields, messageSize, messages: group.messages };
  });
  const dataSize = plans.reduce(
    (n, p) => n + 6 + 3 * p.fields.length + p.messages.length * (1 + p.messageSize),
    0,
  );
  const bytes = new Uint8Array(HEADER_SIZE + dataSize + 2);
  const view = new DataView(bytes.buffer);
  bytes.set([HEADER_SIZE, PROTOCOL_VERSION], 0);
  view.setUint16(2, PROFILE_VERSION, true);
  view.setUint32(4, dataSize, true);
  bytes.set(utf8.encode('.FIT'), 8);
  view.setUint16(12, fitCrc(bytes, 0, 12), true);
  let at = HEADER_SIZE;
  plans.forEach((plan, local) => {
    // Definition: record header, reserved, architecture 0 (little-endian), global number, fields.
    bytes.set([0x40 | local, 0, 0], at);
    view.setUint16(at + 3, plan.spec.num, true);
    bytes[at + 5] = plan.fields.length;
    at += 6;
    for (const f of plan.fields) {
      const endian = BASE_TYPE_SIZES[f.base]! > 1 ? ENDIAN_BIT : 0;
      bytes.set([f.spec.num, f.size, f.base | endian], at);
      at += 3;
    }
    for (const message of plan.messages) {
      bytes[at++] = local;
      for (const f of plan.fields) {
        writeValue(view, bytes, at, plan.spec.name, f, message[f.spec.name]);
        at += f.size;
      }
    }
  });
  view.setUint16(at, fitCrc(bytes, 0, at), true);
  return bytes;
}
