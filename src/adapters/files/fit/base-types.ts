// FIT base types, from the public FIT protocol description ("Base Types" table): the low five
// bits of the base-type byte number the type; bit 7 says whether it has a byte order.

export const BASE_ENUM = 0x00;
export const BASE_SINT8 = 0x01;
export const BASE_UINT8 = 0x02;
export const BASE_SINT16 = 0x03;
export const BASE_UINT16 = 0x04;
export const BASE_SINT32 = 0x05;
export const BASE_UINT32 = 0x06;
export const BASE_STRING = 0x07;
export const BASE_FLOAT32 = 0x08;
export const BASE_FLOAT64 = 0x09;
export const BASE_UINT8Z = 0x0a;
export const BASE_UINT16Z = 0x0b;
export const BASE_UINT32Z = 0x0c;
export const BASE_BYTE = 0x0d;
export const BASE_SINT64 = 0x0e;
export const BASE_UINT64 = 0x0f;
export const BASE_UINT64Z = 0x10;

export type BaseTypeName =
  | 'enum'
  | 'sint8'
  | 'uint8'
  | 'sint16'
  | 'uint16'
  | 'sint32'
  | 'uint32'
  | 'string'
  | 'float32'
  | 'float64'
  | 'uint8z'
  | 'uint16z'
  | 'uint32z'
  | 'byte'
  | 'sint64'
  | 'uint64'
  | 'uint64z';

/** Index = base type number (low five bits of the base-type byte). */
export const BASE_TYPE_NAMES: readonly BaseTypeName[] = [
  'enum',
  'sint8',
  'uint8',
  'sint16',
  'uint16',
  'sint32',
  'uint32',
  'string',
  'float32',
  'float64',
  'uint8z',
  'uint16z',
  'uint32z',
  'byte',
  'sint64',
  'uint64',
  'uint64z',
];

/** Size in bytes of one element, by base type number. */
export const BASE_TYPE_SIZES: readonly number[] = [
  1, 1, 1, 2, 2, 4, 4, 1, 4, 8, 1, 2, 4, 1, 8, 8, 8,
];

/**
 * The "invalid" (no value) marker of each integer base type, by base type number. Strings are
 * invalid when empty, floats when every bit is set (a NaN), 64-bit types are checked as BigInt.
 */
export const BASE_TYPE_INVALID: readonly number[] = [
  0xff, 0x7f, 0xff, 0x7fff, 0xffff, 0x7fffffff, 0xffffffff, 0, 0xffffffff, 0, 0, 0, 0, 0xff, 0, 0,
  0,
];

export function baseTypeNumber(name: BaseTypeName): number {
  return BASE_TYPE_NAMES.indexOf(name);
}
