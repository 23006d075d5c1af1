// The runner's units for everything shown: distance and pace follow the profile's km or mi,
// body and bar weights follow with kg or lb. All maths stays metric; only the text changes.
import type { Units } from '../../src/core/plan/types.js';
import {
  formatDistance,
  formatMass,
  KG_PER_LB,
  kgToLb,
  kmToMi,
  type MassUnit,
  miToKm,
  parseHeightCm,
  parseMassKg,
} from '../../src/core/units/index.js';

export const massUnit = (units: Units): MassUnit => (units === 'mi' ? 'lb' : 'kg');

export const showDistance = (km: number, units: Units, decimals = 1) =>
  formatDistance(km, units, decimals);

export const showMass = (kg: number, units: Units) => formatMass(kg, massUnit(units));

/** A distance as the number the runner types, in their unit. */
export const distanceValue = (km: number, units: Units) =>
  Number((units === 'mi' ? kmToMi(km) : km).toFixed(2));

export const distanceKmFrom = (value: number, units: Units) =>
  units === 'mi' ? miToKm(value) : value;

/** A load as the number the runner types, in their unit (rounded to what plates allow). */
export const massValue = (kg: number, units: Units) =>
  Number((units === 'mi' ? kgToLb(kg) : kg).toFixed(1));

export const massKgFrom = (value: number, units: Units) =>
  units === 'mi' ? value * KG_PER_LB : value;

const bareNumber = (text: string) => /^\s*\d+(\.\d+)?\s*$/.test(text);

/** Body weight as typed: a bare number is in the runner's unit, "80kg" or "176lb" as written. */
export const parseBodyMassKg = (text: string, units: Units, field: string) =>
  parseMassKg(bareNumber(text) ? `${text} ${massUnit(units)}` : text, field);

/** Height as typed: a bare number is cm, or inches for a runner in miles; 5'10" also works. */
export const parseBodyHeightCm = (text: string, units: Units, field: string) =>
  parseHeightCm(units === 'mi' && bareNumber(text) ? `${text} in` : text, field);
