import { InputError } from '../errors.js';
import { KG_PER_LB, kgToLb } from './conversions.js';
import { parseQuantity } from './quantity.js';

export type MassUnit = 'kg' | 'lb';

/** Body weights accepted; outside them the input is almost surely a slip of the keyboard. */
export const BODY_MASS_RANGE_KG = { min: 25, max: 300 } as const;

const KG_PER_UNIT = new Map([
  ['', 1],
  ['kg', 1],
  ['kgs', 1],
  ['lb', KG_PER_LB],
  ['lbs', KG_PER_LB],
]);

/** Parses body weight: a bare number is kg; "80kg", "185lb" and "185 lbs" also work. */
export function parseMassKg(text: string, field?: string): number {
  const label = field ?? 'weight';
  const quantity = parseQuantity(text);
  const kgPerUnit = quantity && KG_PER_UNIT.get(quantity.unit);
  if (!quantity || kgPerUnit === undefined) {
    throw new InputError(`${label} "${text}": expected kg or lb, e.g. 80, 80kg or 185lb`, field);
  }
  const massKg = quantity.value * kgPerUnit;
  const { min, max } = BODY_MASS_RANGE_KG;
  if (massKg < min || massKg > max) {
    throw new InputError(
      `${label} "${text}": expected ${min}–${max} kg (${Math.ceil(kgToLb(min))}–` +
        `${Math.floor(kgToLb(max))} lb)`,
      field,
    );
  }
  return massKg;
}

/** 80 → "80 kg", 80 in pounds → "176.4 lb": one decimal at most, no trailing ".0". */
export function formatMass(kg: number, units: MassUnit): string {
  const value = units === 'lb' ? kgToLb(kg) : kg;
  return `${Number(value.toFixed(1))} ${units}`;
}
