// Reading one field value of any base type: the general path, used for arrays, strings and
// developer fields. Plain scalar fields of profile messages go through compiled readers
// (message-reader.ts), which inline the same rules.
import {
  BASE_BYTE,
  BASE_ENUM,
  BASE_FLOAT32,
  BASE_FLOAT64,
  BASE_SINT8,
  BASE_SINT16,
  BASE_SINT32,
  BASE_SINT64,
  BASE_STRING,
  BASE_TYPE_SIZES,
  BASE_UINT8,
  BASE_UINT8Z,
  BASE_UINT16,
  BASE_UINT16Z,
  BASE_UINT32,
  BASE_UINT32Z,
  BASE_UINT64,
  BASE_UINT64Z,
} from './base-types.js';
import type { FitScalar, FitValue } from './types.js';

/** Seconds from the Unix epoch to the FIT epoch, 1989-12-31T00:00:00Z. */
export const FIT_EPOCH_UNIX_SEC = 631065600;
export const DEG_PER_SEMICIRCLE = 180 / 2 ** 31;

export const CONV_NONE = 0;
export const CONV_DATE_TIME = 1;
export const CONV_SEMICIRCLES = 2;

/** Where a field sits in a data message and how its raw value becomes the output value. */
export interface FieldPlan {
  pos: number;
  size: number;
  base: number;
  /** Number of elements; 1 for scalars and for strings. */
  count: number;
  key: string;
  scale: number;
  offset: number;
  conv: number;
  enumNames: Readonly<Record<number, string>> | undefined;
}

/** The base type number of a base-type byte; unknown types are read as plain bytes. */
export function baseOf(baseTypeByte: number): number {
  const base = baseTypeByte & 0x1f;
  return base < BASE_TYPE_SIZES.length ? base : BASE_BYTE;
}

/**
 * Reads one element; NaN stands for the invalid value (it never reaches the output), and so
 * do non-finite floats.
 */
export function readRaw(
  view: DataView,
  bytes: Uint8Array,
  p: number,
  base: number,
  little: boolean,
): number {
  switch (base) {
    case BASE_ENUM:
    case BASE_UINT8:
    case BASE_BYTE: {
      const v = bytes[p]!;
      return v === 0xff ? Number.NaN : v;
    }
    case BASE_SINT8: {
      const v = view.getInt8(p);
      return v === 0x7f ? Number.NaN : v;
    }
    case BASE_UINT8Z: {
      const v = bytes[p]!;
      return v === 0 ? Number.NaN : v;
    }
    case BASE_SINT16: {
      const v = view.getInt16(p, little);
      return v === 0x7fff ? Number.NaN : v;
    }
    case BASE_UINT16: {
      const v = view.getUint16(p, little);
      return v === 0xffff ? Number.NaN : v;
    }
    case BASE_UINT16Z: {
      const v = view.getUint16(p, little);
      return v === 0 ? Number.NaN : v;
    }
    case BASE_SINT32: {
      const v = view.getInt32(p, little);
      return v === 0x7fffffff ? Number.NaN : v;
    }
    case BASE_UINT32: {
      const v = view.getUint32(p, little);
      return v === 0xffffffff ? Number.NaN : v;
    }
    case BASE_UINT32Z: {
      const v = view.getUint32(p, little);
      return v === 0 ? Number.NaN : v;
    }
    case BASE_FLOAT32: {
      const v = view.getFloat32(p, little);
      return Number.isFinite(v) ? v : Number.NaN;
    }
    case BASE_FLOAT64: {
      const v = view.getFloat64(p, little);
      return Number.isFinite(v) ? v : Number.NaN;
    }
    default:
      return read64(view, p, base, little);
  }
}

/**
 * 64-bit integers, read as two halves without BigInt; values beyond 2^53 lose precision, which
 * no field runstrong reads can reach.
 */
export function read64(view: DataView, p: number, base: number, little: boolean): number {
  const lo = view.getUint32(little ? p : p + 4, little);
  const hi = view.getUint32(little ? p + 4 : p, little);
  if (base === BASE_SINT64) {
    if (hi === 0x7fffffff && lo === 0xffffffff) return Number.NaN;
    return (hi | 0) * 2 ** 32 + lo;
  }
  if (base === BASE_UINT64 && hi === 0xffffffff && lo === 0xffffffff) return Number.NaN;
  if (base === BASE_UINT64Z && hi === 0 && lo === 0) return Number.NaN;
  return hi * 2 ** 32 + lo;
}

const utf8 = new TextDecoder('utf-8');

/** A string ends at its first NUL, or at the end of the field when unterminated. */
export function readString(bytes: Uint8Array, start: number, size: number): string | undefined {
  const limit = start + size;
  let end = start;
  let ascii = true;
  while (end < limit) {
    const b = bytes[end]!;
    if (b === 0) break;
    if (b > 0x7f) ascii = false;
    end++;
  }
  if (end === start) return undefined;
  if (!ascii) return utf8.decode(bytes.subarray(start, end));
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

export function convert(raw: number, f: FieldPlan): FitScalar {
  if (f.enumNames !== undefined) {
    const name = f.enumNames[raw];
    if (name !== undefined) return name;
  }
  return scaled(raw, f);
}

/** The raw number with the field's conversion, or scale and offset, applied. */
export function scaled(raw: number, f: FieldPlan): number {
  if (f.conv === CONV_DATE_TIME) return raw + FIT_EPOCH_UNIX_SEC;
  if (f.conv === CONV_SEMICIRCLES) return raw * DEG_PER_SEMICIRCLE;
  // (raw − offset·scale) / scale rounds better than raw / scale − offset: 1016 / 5 gives 203.2.
  return f.scale === 1 && f.offset === 0 ? raw : (raw - f.offset * f.scale) / f.scale;
}

/** Decodes one field of the message starting at `start`; undefined when it holds no value. */
export function readField(
  view: DataView,
  bytes: Uint8Array,
  start: number,
  f: FieldPlan,
  little: boolean,
): FitValue | undefined {
  const p = start + f.pos;
  if (f.base === BASE_STRING) return readString(bytes, p, f.size);
  if (f.count === 1) {
    const raw = readRaw(view, bytes, p, f.base, little);
    return Number.isNaN(raw) ? undefined : convert(raw, f);
  }
  const step = BASE_TYPE_SIZES[f.base]!;
  const values: (FitScalar | null)[] = new Array(f.count);
  let valid = false;
  for (let i = 0; i < f.count; i++) {
    const raw = readRaw(view, bytes, p + i * step, f.base, little);
    if (Number.isNaN(raw)) values[i] = null;
    else {
      values[i] = convert(raw, f);
      valid = true;
    }
  }
  return valid ? values : undefined;
}
