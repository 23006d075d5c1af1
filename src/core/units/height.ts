import { InputError } from '../errors.js';
import { CM_PER_IN, cmToIn, inToCm } from './conversions.js';
import { parseQuantity } from './quantity.js';

export const HEIGHT_RANGE_CM = { min: 100, max: 250 } as const;

const CM_PER_UNIT = new Map([
  ['', 1],
  ['cm', 1],
  ['m', 100],
  ['in', CM_PER_IN],
  ['inch', CM_PER_IN],
  ['inches', CM_PER_IN],
]);

// Feet with optional inches: 6ft, 6ft1in, 6 ft 1 in, 6'1", 6'1, 5′11″ (phones type ’ ” ′ ″).
const FEET_INCHES =
  /^(\d+)\s*(?:ft|feet|foot|'|’|′)\s*(?:(\d+(?:\.\d+)?)\s*(?:in|inch|inches|"|”|″|'')?)?$/i;
const INCHES_MARK = /^(\d+(?:\.\d+)?)\s*(?:"|”|″|'')$/;

function readHeightCm(text: string): number | undefined {
  const trimmed = text.trim();
  const feetInches = FEET_INCHES.exec(trimmed);
  if (feetInches) {
    const inches = Number(feetInches[2] ?? 0);
    // "5ft13in" is a typo, not 6ft1in.
    return inches < 12 ? inToCm(Number(feetInches[1]) * 12 + inches) : undefined;
  }
  const inchesMark = INCHES_MARK.exec(trimmed);
  if (inchesMark) return inToCm(Number(inchesMark[1]));
  const quantity = parseQuantity(trimmed);
  const cmPerUnit = quantity && CM_PER_UNIT.get(quantity.unit);
  return quantity && cmPerUnit !== undefined ? quantity.value * cmPerUnit : undefined;
}

/** Parses height: a bare number is cm; "185cm", "1.85m", "72in", "6ft1in", "6'1\"", "6ft". */
export function parseHeightCm(text: string, field?: string): number {
  const label = field ?? 'height';
  const heightCm = readHeightCm(text);
  if (heightCm === undefined) {
    throw new InputError(
      `${label} "${text}": expected cm, inches or feet and inches, e.g. 185, 185cm, 72in or 6'1"`,
      field,
    );
  }
  const { min, max } = HEIGHT_RANGE_CM;
  if (heightCm < min || heightCm > max) {
    throw new InputError(
      `${label} "${text}": expected ${min}–${max} cm (${Math.ceil(cmToIn(min))}–` +
        `${Math.floor(cmToIn(max))} in)`,
      field,
    );
  }
  return heightCm;
}
