// A FIT decoder written from the public FIT protocol description (file header, record headers,
// definition and data messages, base types, developer data, CRC). Each definition message is
// compiled once into a plan; data messages are then read straight from a DataView by it,
// record messages into columns (records.ts), the others into one object each.
import { BASE_STRING, BASE_TYPE_SIZES } from './base-types.js';
import { fitCrc } from './crc.js';
import {
  baseOf,
  CONV_DATE_TIME,
  CONV_NONE,
  CONV_SEMICIRCLES,
  type FieldPlan,
  readField,
  readRaw,
  scaled,
} from './field-reader.js';
import {
  type ColumnWriter,
  columnWriter,
  type MessageReader,
  messageReader,
} from './message-reader.js';
import { FIT_MESSAGE_NAMES, messageSpec } from './profile.js';
import { CHUNK_BITS, CHUNK_MASK, RecordColumns } from './records.js';
import {
  FitError,
  type FitFile,
  type FitHeader,
  type FitMessage,
  type FitMessageKind,
} from './types.js';

const TIMESTAMP_FIELD = 253;
const COMPRESSED_SPEED_DISTANCE_FIELD = 8;
const RECORD_MESSAGE = 20;
const FIELD_DESCRIPTION_MESSAGE = 206;

interface DevFieldPlan {
  pos: number;
  size: number;
  /** developer data index << 8 | field number */
  key: number;
  /** The plan made from `describedBy`, kept so that each message does not build it again. */
  field: FieldPlan | undefined;
  describedBy: DevFieldDescription | undefined;
  /** In records: the column of a single-number field, or -1 (kept in `others` instead). */
  column: number;
}

/** How one record definition's fields reach the columns. */
interface RecordPlan {
  /** Single-number fields, each written to its column by `write`. */
  columnFields: FieldPlan[];
  /** Arrays, strings and enum-named fields, read into `others`. */
  otherFields: FieldPlan[];
  /**
   * Column indices: one per column field, then timestamp (for header times), then speed and
   * distance when the definition has the compressed speed/distance field.
   */
  columnIndices: number[];
  /** The chunks of columnIndices that hold the record being written. */
  columns: Float64Array[];
  /** The RecordColumns generation `columns` were fetched for. */
  generation: number;
  write: ColumnWriter;
  /** For compressed-timestamp headers; undefined until first needed. */
  writeCompressed: ColumnWriter | undefined;
  hasTimestampField: boolean;
}

interface MessagePlan {
  globalNum: number;
  /** Where messages of this kind go; undefined for records and messages outside our profile. */
  out: FitMessage[] | undefined;
  record: RecordPlan | undefined;
  little: boolean;
  size: number;
  fields: FieldPlan[];
  read: MessageReader | undefined;
  readCompressed: MessageReader | undefined;
  devFields: DevFieldPlan[];
  /** Offset of the 4-byte timestamp field, or -1: compressed timestamps count from it. */
  timestampPos: number;
  /** Offset of record's compressed speed/distance bytes, or -1. */
  speedDistancePos: number;
}

/** Where decoded messages go. */
interface Output {
  messages: Record<FitMessageKind, FitMessage[]>;
  records: RecordColumns;
}

interface DevFieldDescription {
  name: string;
  base: number;
  scale: number;
  offset: number;
}

class Stop {
  constructor(
    readonly reason: string,
    readonly atByte: number,
    /** True when the data simply ends inside a message, as in a file cut short. */
    readonly cutOff = false,
  ) {}
}

function emptyMessages(): Record<FitMessageKind, FitMessage[]> {
  const messages = {} as Record<FitMessageKind, FitMessage[]>;
  for (const name of FIT_MESSAGE_NAMES) if (name !== 'record') messages[name] = [];
  return messages;
}

/** A field that a column can hold: one number, no enum name. */
function isColumnField(f: FieldPlan): boolean {
  return f.base !== BASE_STRING && f.count === 1 && f.enumNames === undefined;
}

function recordPlan(
  fields: readonly FieldPlan[],
  little: boolean,
  hasSpeedDistance: boolean,
  records: RecordColumns,
): RecordPlan {
  const columnFields = fields.filter(isColumnField);
  const columnIndices = columnFields.map((f) => records.columnIndex(f.key, false));
  columnIndices.push(records.columnIndex('timestamp', false));
  if (hasSpeedDistance)
    columnIndices.push(records.columnIndex('speed', false), records.columnIndex('distance', false));
  return {
    columnFields,
    otherFields: fields.filter((f) => !isColumnField(f)),
    columnIndices,
    columns: [],
    generation: -1,
    write: columnWriter(columnFields, little, false),
    writeCompressed: undefined,
    hasTimestampField: fields.some((f) => f.key === 'timestamp'),
  };
}

function conversionCode(conversion: string | undefined): number {
  if (conversion === 'date_time') return CONV_DATE_TIME;
  if (conversion === 'semicircles') return CONV_SEMICIRCLES;
  return CONV_NONE;
}

function compileDefinition(
  view: DataView,
  bytes: Uint8Array,
  p: number,
  end: number,
  developerFlag: boolean,
  output: Output,
): { plan: MessagePlan; next: number } | Stop {
  const at = p - 1;
  const cutOff = new Stop(
    `definition message at byte ${at} runs past the end of the data`,
    at,
    true,
  );
  if (p + 5 > end) return cutOff;
  const arch = bytes[p + 1]!;
  if (arch > 1)
    return new Stop(
      `definition message at byte ${at} has byte order ${arch} (0 or 1 expected)`,
      at,
    );
  const little = arch === 0;
  const globalNum = view.getUint16(p + 2, little);
  const fieldCount = bytes[p + 4]!;
  let q = p + 5;
  if (q + fieldCount * 3 > end) return cutOff;
  const spec = messageSpec(globalNum);
  const fields: FieldPlan[] = [];
  let pos = 0;
  let timestampPos = -1;
  let speedDistancePos = -1;
  for (let i = 0; i < fieldCount; i++, q += 3) {
    const num = bytes[q]!;
    const size = bytes[q + 1]!;
    const base = baseOf(bytes[q + 2]!);
    const elementSize = BASE_TYPE_SIZES[base]!;
    if (num === TIMESTAMP_FIELD && size === 4) timestampPos = pos;
    const field = spec?.fields.get(num);
    if (globalNum === RECORD_MESSAGE && num === COMPRESSED_SPEED_DISTANCE_FIELD && size === 3)
      speedDistancePos = pos;
    // A field whose size is not a whole number of elements cannot be read as its type: skip it.
    else if (
      field !== undefined &&
      size > 0 &&
      size % elementSize === 0 &&
      !fields.some((f) => f.key === field.name)
    ) {
      fields.push({
        pos,
        size,
        base,
        count: base === BASE_STRING ? 1 : size / elementSize,
        key: field.name,
        scale: field.scale,
        offset: field.offset,
        conv: conversionCode(field.conversion),
        enumNames: field.enumNames,
      });
    }
    pos += size;
  }
  const devFields: DevFieldPlan[] = [];
  if (developerFlag) {
    if (q + 1 > end) return cutOff;
    const devCount = bytes[q++]!;
    if (q + devCount * 3 > end) return cutOff;
    for (let i = 0; i < devCount; i++, q += 3) {
      const size = bytes[q + 1]!;
      // Always skipped by the declared size; read only when a field description names it.
      devFields.push({
        pos,
        size,
        key: (bytes[q + 2]! << 8) | bytes[q]!,
        field: undefined,
        describedBy: undefined,
        column: -1,
      });
      pos += size;
    }
  }
  const isRecord = globalNum === RECORD_MESSAGE;
  const plan: MessagePlan = {
    globalNum,
    out: spec === undefined || spec.name === 'record' ? undefined : output.messages[spec.name],
    record: isRecord
      ? recordPlan(fields, little, speedDistancePos >= 0, output.records)
      : undefined,
    little,
    size: pos,
    fields,
    read: undefined,
    readCompressed: undefined,
    devFields,
    timestampPos,
    speedDistancePos,
  };
  if (plan.out !== undefined) plan.read = messageReader(globalNum, fields, little, false);
  return { plan, next: q };
}

function describeDeveloperField(
  msg: FitMessage,
  descriptions: Map<number, DevFieldDescription>,
): void {
  const index = msg.developer_data_index;
  const num = msg.field_definition_number;
  const baseId = msg.fit_base_type_id;
  if (typeof index !== 'number' || typeof num !== 'number' || typeof baseId !== 'number') return;
  // The name comes from the file: '__proto__' would set the prototype of `developer`.
  const declared = typeof msg.field_name === 'string' && msg.field_name !== '__proto__';
  const name = declared ? (msg.field_name as string) : `developer_${index}_${num}`;
  const scale = typeof msg.scale === 'number' && msg.scale > 0 ? msg.scale : 1;
  const offset = typeof msg.offset === 'number' ? msg.offset : 0;
  descriptions.set((index << 8) | num, { name, base: baseOf(baseId), scale, offset });
}

/** The developer field's plan under its current description; undefined when unreadable. */
function describedField(
  dev: DevFieldPlan,
  descriptions: Map<number, DevFieldDescription>,
): FieldPlan | undefined {
  const d = descriptions.get(dev.key);
  if (d === undefined || dev.size === 0 || dev.size % BASE_TYPE_SIZES[d.base]! !== 0)
    return undefined;
  if (dev.describedBy !== d) {
    dev.describedBy = d;
    dev.field = {
      pos: dev.pos,
      size: dev.size,
      base: d.base,
      count: d.base === BASE_STRING ? 1 : dev.size / BASE_TYPE_SIZES[d.base]!,
      key: d.name,
      scale: d.scale,
      offset: d.offset,
      conv: CONV_NONE,
      enumNames: undefined,
    };
    dev.column = -1;
  }
  return dev.field;
}

function readDeveloperFields(
  view: DataView,
  bytes: Uint8Array,
  start: number,
  plan: MessagePlan,
  msg: FitMessage,
  descriptions: Map<number, DevFieldDescription>,
): void {
  for (const dev of plan.devFields) {
    const field = describedField(dev, descriptions);
    if (field === undefined) continue;
    const value = readField(view, bytes, start, field, plan.little);
    if (value === undefined) continue;
    msg.developer ??= {};
    msg.developer[field.key] = value;
  }
}

/** Row n's arrays, strings, enum names and developer fields that are not single numbers. */
function readRecordRest(
  view: DataView,
  bytes: Uint8Array,
  start: number,
  n: number,
  plan: MessagePlan,
  record: RecordPlan,
  records: RecordColumns,
  descriptions: Map<number, DevFieldDescription>,
): void {
  let other: FitMessage | undefined;
  for (const f of record.otherFields) {
    const value = readField(view, bytes, start, f, plan.little);
    if (value === undefined) continue;
    other ??= {};
    other[f.key] = value;
  }
  for (const dev of plan.devFields) {
    const field = describedField(dev, descriptions);
    if (field === undefined) continue;
    if (dev.column < 0 && isColumnField(field)) dev.column = records.columnIndex(field.key, true);
    if (dev.column >= 0) {
      const raw = readRaw(view, bytes, start + field.pos, field.base, plan.little);
      if (!Number.isNaN(raw))
        records.chunks[dev.column]![n >>> CHUNK_BITS]![n & CHUNK_MASK] = scaled(raw, field);
      continue;
    }
    const value = readField(view, bytes, start, field, plan.little);
    if (value === undefined) continue;
    other ??= {};
    other.developer ??= {};
    other.developer[field.key] = value;
  }
  if (other !== undefined) records.others.set(n, other);
}

/**
 * Record field 8 packs speed (12 bits, 1/100 m/s) and distance (12 bits, 1/16 m, rolling over
 * at 4096) into 3 bytes; the distance accumulates across records. Returns the running total.
 */
function expandSpeedDistance(
  bytes: Uint8Array,
  p: number,
  speed: Float64Array,
  distance: Float64Array,
  n: number,
  distance16: number,
): number {
  const b0 = bytes[p]!;
  const b1 = bytes[p + 1]!;
  const b2 = bytes[p + 2]!;
  if (b0 === 0xff && b1 === 0xff && b2 === 0xff) return distance16;
  speed[n] = (b0 | ((b1 & 0x0f) << 8)) / 100;
  const total = distance16 + ((((b1 >> 4) | (b2 << 4)) - distance16) & 0xfff);
  distance[n] = total / 16;
  return total;
}

/** Points the plan at the chunks of its columns that hold record chunk number `chunk`. */
function fetchChunks(record: RecordPlan, records: RecordColumns, chunk: number): void {
  record.columns = record.columnIndices.map((c) => records.chunks[c]![chunk]!);
  record.generation = records.generation;
}

/** Writes one record message into row `records.length` of the columns. */
function writeRecord(
  view: DataView,
  bytes: Uint8Array,
  p: number,
  plan: MessagePlan,
  record: RecordPlan,
  records: RecordColumns,
  headerTimeSec: number,
): void {
  const n = records.length;
  records.reserve();
  // A new or grown chunk changes the generation.
  if (record.generation !== records.generation) fetchChunks(record, records, n >>> CHUNK_BITS);
  let write = record.write;
  if (headerTimeSec >= 0 && !record.hasTimestampField)
    write = record.writeCompressed ??= columnWriter(record.columnFields, plan.little, true);
  write(view, bytes, p, n & CHUNK_MASK, record.columns, headerTimeSec);
}

/** Decodes the data records of one FIT file, bytes [start, end). */
function decodeData(
  bytes: Uint8Array,
  view: DataView,
  start: number,
  end: number,
  output: Output,
): { count: number; stop?: Stop } {
  const plans: (MessagePlan | undefined)[] = new Array(16).fill(undefined);
  const descriptions = new Map<number, DevFieldDescription>();
  let lastTimestamp = -1;
  let distance16 = 0;
  let count = 0;
  let p = start;
  while (p < end) {
    const at = p;
    const h = bytes[p++]!;
    let compressedTimestamp = -1;
    let local: number;
    if (h & 0x80) {
      local = (h >> 5) & 3;
      if (lastTimestamp < 0)
        return {
          count,
          stop: new Stop(`compressed timestamp at byte ${at} comes before any full timestamp`, at),
        };
      lastTimestamp += ((h & 0x1f) - lastTimestamp) & 0x1f;
      compressedTimestamp = lastTimestamp;
    } else if (h & 0x40) {
      const compiled = compileDefinition(view, bytes, p, end, (h & 0x20) !== 0, output);
      if (compiled instanceof Stop) return { count, stop: compiled };
      plans[h & 0x0f] = compiled.plan;
      p = compiled.next;
      continue;
    } else local = h & 0x0f;
    const plan = plans[local];
    if (plan === undefined)
      return {
        count,
        stop: new Stop(
          `data message at byte ${at} uses local message type ${local}, which has no definition`,
          at,
        ),
      };
    if (p + plan.size > end)
      return {
        count,
        stop: new Stop(`data message at byte ${at} runs past the end of the data`, at, true),
      };
    if (plan.timestampPos >= 0) {
      const t = view.getUint32(p + plan.timestampPos, plan.little);
      if (t !== 0xffffffff) lastTimestamp = t;
    }
    const record = plan.record;
    if (record !== undefined) {
      const records = output.records;
      const n = records.length;
      writeRecord(view, bytes, p, plan, record, records, compressedTimestamp);
      if (plan.speedDistancePos >= 0) {
        const k = record.columnFields.length + 1;
        distance16 = expandSpeedDistance(
          bytes,
          p + plan.speedDistancePos,
          record.columns[k]!,
          record.columns[k + 1]!,
          n & CHUNK_MASK,
          distance16,
        );
      }
      if (record.otherFields.length > 0 || plan.devFields.length > 0)
        readRecordRest(view, bytes, p, n, plan, record, records, descriptions);
      records.length = n + 1;
      count++;
    }
    const out = plan.out;
    if (out !== undefined) {
      let read = plan.read!;
      if (compressedTimestamp >= 0)
        read = plan.readCompressed ??= messageReader(
          plan.globalNum,
          plan.fields,
          plan.little,
          true,
        );
      const msg = read(view, bytes, p, compressedTimestamp);
      if (plan.devFields.length > 0) readDeveloperFields(view, bytes, p, plan, msg, descriptions);
      if (plan.globalNum === FIELD_DESCRIPTION_MESSAGE) describeDeveloperField(msg, descriptions);
      out.push(msg);
      count++;
    }
    p += plan.size;
  }
  return { count };
}

interface FileBounds {
  header: FitHeader;
  dataStart: number;
  dataEnd: number;
}

/** Parses the header at `at`; a string says why there is no valid FIT header there. */
function readHeader(bytes: Uint8Array, view: DataView, at: number): FileBounds | string {
  const left = bytes.length - at;
  if (left < 12) return `${left} bytes where a FIT header needs at least 12`;
  if (
    bytes[at + 8] !== 0x2e ||
    bytes[at + 9] !== 0x46 ||
    bytes[at + 10] !== 0x49 ||
    bytes[at + 11] !== 0x54
  ) {
    return 'no ".FIT" signature';
  }
  const headerSize = bytes[at]!;
  if (headerSize < 12) return `header size ${headerSize} (12 or 14 expected)`;
  if (left < headerSize) return `header of ${headerSize} bytes cut off after ${left}`;
  if (headerSize >= 14) {
    const crc = view.getUint16(at + 12, true);
    if (crc !== 0 && crc !== fitCrc(bytes, at, at + 12)) return 'header CRC mismatch';
  }
  const dataSize = view.getUint32(at + 4, true);
  if (dataSize === 0) return 'header declares no data (data size 0)';
  const dataStart = at + headerSize;
  return {
    header: {
      atByte: at,
      headerSize,
      protocolVersion: bytes[at + 1]!,
      profileVersion: view.getUint16(at + 2, true),
      dataSize,
    },
    dataStart,
    dataEnd: dataStart + dataSize,
  };
}

/**
 * Decodes a FIT file, or a chain of them. Returns what verifies; marks the result partial when
 * a CRC fails, the file is cut short or its structure breaks (keeping what decoded before);
 * throws FitError when nothing decodes at all.
 */
export function decodeFit(bytes: Uint8Array): FitFile {
  if (bytes.length === 0) throw new FitError('not a FIT file: 0 bytes', 0);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const output: Output = { messages: emptyMessages(), records: new RecordColumns() };
  const headers: FitHeader[] = [];
  const problems: Stop[] = [];
  let messageCount = 0;
  let at = 0;
  while (at < bytes.length) {
    const bounds = readHeader(bytes, view, at);
    if (typeof bounds === 'string') {
      if (headers.length === 0) throw new FitError(`not a FIT file: ${bounds}`, at);
      problems.push(new Stop(`bad header of chained FIT file at byte ${at}: ${bounds}`, at));
      break;
    }
    headers.push(bounds.header);
    const fileEnd = bounds.dataEnd + 2;
    const result = decodeData(
      bytes,
      view,
      bounds.dataStart,
      Math.min(bounds.dataEnd, bytes.length),
      output,
    );
    messageCount += result.count;
    const stop = result.stop;
    if (fileEnd > bytes.length) {
      const reason = `truncated at byte ${bytes.length} of ${fileEnd}`;
      problems.push(
        stop === undefined
          ? new Stop(reason, bytes.length)
          : new Stop(stop.cutOff ? reason : `${reason}; ${stop.reason}`, stop.atByte),
      );
      break;
    }
    const crcOk = view.getUint16(bounds.dataEnd, true) === fitCrc(bytes, at, bounds.dataEnd);
    if (stop !== undefined) {
      problems.push(
        new Stop(crcOk ? stop.reason : `file CRC mismatch; ${stop.reason}`, stop.atByte),
      );
      break;
    }
    // A bad CRC over an intact structure keeps its messages and lets the chain go on.
    if (!crcOk) problems.push(new Stop('file CRC mismatch', bounds.dataEnd));
    at = fileEnd;
  }
  const reason = problems.map((x) => x.reason).join('; ');
  const atByte = problems[0]?.atByte ?? 0;
  if (messageCount === 0)
    throw new FitError(
      reason ? `no FIT message decodes: ${reason}` : 'FIT file holds no message',
      atByte,
    );
  const decoded = { headers, messages: output.messages, records: output.records.finish() };
  return reason ? { ...decoded, partial: { reason, atByte } } : decoded;
}
