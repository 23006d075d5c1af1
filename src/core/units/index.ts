export {
  CM_PER_IN,
  cmToIn,
  inToCm,
  KG_PER_LB,
  KM_PER_MI,
  kgToLb,
  kmToMi,
  LB_PER_KG,
  lbToKg,
  miToKm,
} from './conversions.js';
export { formatDistance, MAX_DISTANCE_KM, parseDistanceKm } from './distance.js';
export { formatDuration, parseDurationSec } from './duration.js';
export { HEIGHT_RANGE_CM, parseHeightCm } from './height.js';
export { BODY_MASS_RANGE_KG, formatMass, type MassUnit, parseMassKg } from './mass.js';
export { formatPace, formatPaceRange, PACE_RANGE_SEC_PER_KM, parsePace } from './pace.js';
