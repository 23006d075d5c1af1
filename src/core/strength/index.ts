export { sessionMinutes } from './minutes.js';
export { buildMobilitySession, type MobilitySpec } from './mobility.js';
export { type LiftSize, liftSize, type ProgressionStep, progression } from './progression.js';
export { STRENGTH_RULES, takesCompoundDose } from './rules.js';
export {
  buildStrengthSession,
  type StrengthContent,
  type StrengthContentSpec,
  type StrengthSpec,
  strengthContent,
  strengthSessionFor,
} from './session.js';
