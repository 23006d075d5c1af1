import type { FitMessageName } from './profile.js';
import type { FitRecords } from './records.js';

/** Message kinds decoded one object per message; records come as columns (FitRecords). */
export type FitMessageKind = Exclude<FitMessageName, 'record'>;

export type FitScalar = number | string;
/** Array fields keep their length; an element holding the base type's invalid value is null. */
export type FitValue = FitScalar | readonly (FitScalar | null)[];
export type FitDeveloperFields = Record<string, FitValue>;

/**
 * One decoded message: profile field names → values with scale and offset applied. Date-time
 * fields are Unix epoch seconds, positions degrees, enums with a known name strings. A field
 * that holds the invalid value, or that the definition lacks, is undefined. Developer fields
 * sit under `developer`, by their declared name.
 */
export interface FitMessage {
  [field: string]: FitValue | FitDeveloperFields | undefined;
  developer?: FitDeveloperFields;
}

export interface FitHeader {
  atByte: number;
  headerSize: number;
  protocolVersion: number;
  profileVersion: number;
  dataSize: number;
}

export interface FitFile {
  /** One per FIT file in the chain, in order. */
  headers: FitHeader[];
  /** Messages of every file in the chain, in file order, by profile message name. */
  messages: Record<FitMessageKind, FitMessage[]>;
  /** The record messages of every file in the chain, in file order, by field. */
  records: FitRecords;
  /** Present when only part of the input verified; the messages are what decoded before. */
  partial?: { reason: string; atByte: number };
}

/** Bad input that yields nothing trustworthy: not FIT, empty, bad first header, no message. */
export class FitError extends Error {
  override readonly name = 'FitError';
  constructor(
    message: string,
    readonly atByte?: number,
  ) {
    super(message);
  }
}
