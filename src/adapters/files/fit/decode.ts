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
} from './field-reader.js';
import {
  type ColumnWriter,
  columnWriter,
  type MessageReader,
  messageReader,
} from './message-reader.js';
import { FIT_MESSAGE_NAMES, type FitMessageName, messageSpec } from './profile.js';
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

/** A developer field's place in the message: what its definition says. */
interface DevFieldSlot {
  pos: number;
  size: number;
  /** developer data index << 8 | field number */
  key: number;
}

/**
 * What a definition message's bytes alone decide. Files repeat the same definitions (a file
 * may define its record layout again and again, and every file of a device uses the same
 * few), so layouts are kept by those bytes and shared.
 */
interface Layout {
  globalNum: number;
  /** Profile name of the message; undefined for messages outside our profile (skipped). */
  name: FitMessageName | undefined;
  little: boolean;
  /** Bytes of content in each data message. */
  size: number;
  /** Bytes the definition message takes after its header byte. */
  definitionSize: number;
  fields: FieldPlan[];
  devFields: DevFieldSlot[];
  /** Offset of the 4-byte timestamp field, or -1: compressed timestamps count from it. */
  timestampPos: number;
  /** Offset of record's compressed speed/distance bytes, or -1. */
  speedDistancePos: number;
  /** Message readers (messages other than records) for normal and compressed-time headers. */
  read: MessageReader | undefined;
  readCompressed: MessageReader | undefined;
  /** Records: the single-number fields, each written to its column by `write`. */
  columnFields: FieldPlan[];
  /** Records: arrays, strings and enum-named fields, read into `others`. */
  otherFields: FieldPlan[];
  /**
   * Records: the columns a record of this layout writes, in order: one per column field, then
   * timestamp when no field holds it (header times go there), then speed and distance when
   * the compressed speed/distance field is there.
   */
  columnNames: string[];
  write: ColumnWriter | undefined;
  /** Records: whether speed and distance are also plain fields (kept when the packed bytes are invalid). */
  hasSpeedField: boolean;
  hasDistanceField: boolean;
}

/** A developer field's reading under the description in force, worked out once per change. */
interface DevFieldPlan extends DevFieldSlot {
  field: FieldPlan | undefined;
  describedBy: DevFieldDescription | undefined;
  /** In records: the column of a single-number field, or -1 (kept in `others` instead). */
  column: number;
  /** In records: writes the field into `columns`, the chunk of its column in use. */
  write: ColumnWriter | undefined;
  columns: Float64Array[];
  /** The RecordColumns generation `columns` was fetched for. */
  generation: number;
}

/** A layout bound to one decode's output. */
interface MessagePlan {
  layout: Layout;
  /** Where messages of this kind go; undefined for records and messages outside our profile. */
  out: FitMessage[] | undefined;
  isRecord: boolean;
  /** Records: the RecordColumns index of each of layout.columnNames. */
  columnIndices: number[];
  /** Records: the chunks of columnIndices that hold the record being written. */
  columns: Float64Array[];
  /** Records: the RecordColumns generation `columns` were fetched for. */
  generation: number;
  devFields: DevFieldPlan[];
}

/** Where decoded messages go, and the plans made for this decode by layout. */
interface Output {
  messages: Record<FitMessageKind, FitMessage[]>;
  records: RecordColumns;
  plans: Map<Layout, MessagePlan>;
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

function conversionCode(conversion: string | undefined): number {
  if (conversion === 'date_time') return CONV_DATE_TIME;
  if (conversion === 'semicircles') return CONV_SEMICIRCLES;
  return CONV_NONE;
}

/** The layout of the definition whose content starts at p; the caller has checked its size. */
function compileLayout(
  view: DataView,
  bytes: Uint8Array,
  p: number,
  developerFlag: boolean,
): Layout {
  const little = bytes[p + 1] === 0;
  const globalNum = view.getUint16(p + 2, little);
  const fieldCount = bytes[p + 4]!;
  let q = p + 5;
  const spec = messageSpec(globalNum);
  const isRecord = globalNum === RECORD_MESSAGE;
  const fields: FieldPlan[] = [];
  const keys = new Set<string>();
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
    if (isRecord && num === COMPRESSED_SPEED_DISTANCE_FIELD && size === 3) speedDistancePos = pos;
    // A field whose size is not a whole number of elements cannot be read as its type: skip it.
    else if (field !== undefined && size > 0 && size % elementSize === 0 && !keys.has(field.name)) {
      keys.add(field.name);
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
  const devFields: DevFieldSlot[] = [];
  if (developerFlag) {
    const devCount = bytes[q++]!;
    for (let i = 0; i < devCount; i++, q += 3) {
      const size = bytes[q + 1]!;
      // Always skipped by the declared size; read only when a field description names it.
      devFields.push({ pos, size, key: (bytes[q + 2]! << 8) | bytes[q]! });
      pos += size;
    }
  }
  const columnFields = isRecord ? fields.filter(isColumnField) : [];
  const columnNames = columnFields.map((f) => f.key);
  const timeSlot = isRecord && !keys.has('timestamp');
  if (timeSlot) columnNames.push('timestamp');
  if (speedDistancePos >= 0) columnNames.push('speed', 'distance');
  return {
    globalNum,
    name: spec?.name,
    little,
    size: pos,
    definitionSize: q - p,
    fields,
    devFields,
    timestampPos,
    speedDistancePos,
    read:
      spec !== undefined && !isRecord ? messageReader(globalNum, fields, little, false) : undefined,
    readCompressed: undefined,
    columnFields,
    otherFields: isRecord ? fields.filter((f) => !isColumnField(f)) : [],
    columnNames,
    write: isRecord ? columnWriter(columnFields, little, timeSlot) : undefined,
    hasSpeedField: keys.has('speed'),
    hasDistanceField: keys.has('distance'),
  };
}

const layouts = new Map<string, Layout>();
/** Far more distinct definitions than real files hold; damaged files must not grow it for ever. */
const LAYOUT_LIMIT = 2000;

/** The layout of these definition bytes, compiled on first sight. */
function layoutOf(
  view: DataView,
  bytes: Uint8Array,
  p: number,
  size: number,
  developerFlag: boolean,
): Layout {
  // The definition's bytes as a string key, one char per byte (apply takes the typed array as
  // its argument list). The developer flag needs no mark: with it the bytes go on past the
  // fields, so a definition with it is longer than any without it that has as many fields.
  const key = String.fromCharCode.apply(null, bytes.subarray(p, p + size) as unknown as number[]);
  let layout = layouts.get(key);
  if (layout === undefined) {
    if (layouts.size >= LAYOUT_LIMIT) layouts.clear();
    layout = compileLayout(view, bytes, p, developerFlag);
    layouts.set(key, layout);
  }
  return layout;
}

function bindPlan(layout: Layout, output: Output): MessagePlan {
  const name = layout.name;
  return {
    layout,
    out: name === undefined || name === 'record' ? undefined : output.messages[name],
    isRecord: name === 'record',
    columnIndices: layout.columnNames.map((n) => output.records.columnIndex(n, false)),
    columns: [],
    generation: -1,
    devFields: layout.devFields.map((slot) => ({
      ...slot,
      field: undefined,
      describedBy: undefined,
      column: -1,
      write: undefined,
      columns: [],
      generation: -1,
    })),
  };
}

function cutOffDefinition(at: number): Stop {
  return new Stop(`definition message at byte ${at} runs past the end of the data`, at, true);
}

/**
 * The plan of the definition message whose content starts at p, and where the next message
 * starts; a Stop when the definition is cut off or malformed.
 */
function compileDefinition(
  view: DataView,
  bytes: Uint8Array,
  p: number,
  end: number,
  developerFlag: boolean,
  output: Output,
): { plan: MessagePlan; next: number } | Stop {
  const at = p - 1;
  if (p + 5 > end) return cutOffDefinition(at);
  const arch = bytes[p + 1]!;
  if (arch > 1)
    return new Stop(
      `definition message at byte ${at} has byte order ${arch} (0 or 1 expected)`,
      at,
    );
  let size = 5 + bytes[p + 4]! * 3;
  if (p + size > end) return cutOffDefinition(at);
  if (developerFlag) {
    if (p + size + 1 > end) return cutOffDefinition(at);
    size += 1 + bytes[p + size]! * 3;
    if (p + size > end) return cutOffDefinition(at);
  }
  const layout = layoutOf(view, bytes, p, size, developerFlag);
  let plan = output.plans.get(layout);
  if (plan === undefined) {
    plan = bindPlan(layout, output);
    output.plans.set(layout, plan);
  }
  return { plan, next: p + size };
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
    dev.write = undefined;
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
    const value = readField(view, bytes, start, field, plan.layout.little);
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
  records: RecordColumns,
  descriptions: Map<number, DevFieldDescription>,
): void {
  const little = plan.layout.little;
  let other: FitMessage | undefined;
  for (const f of plan.layout.otherFields) {
    const value = readField(view, bytes, start, f, little);
    if (value === undefined) continue;
    other ??= {};
    other[f.key] = value;
  }
  for (const dev of plan.devFields) {
    const field = describedField(dev, descriptions);
    if (field === undefined) continue;
    if (dev.write === undefined && isColumnField(field)) {
      dev.column = records.columnIndex(field.key, true);
      dev.write = columnWriter([field], little, false);
      dev.generation = -1;
    }
    if (dev.write !== undefined) {
      if (dev.generation !== records.generation) {
        dev.columns = [records.chunks[dev.column]![n >>> CHUNK_BITS]!];
        dev.generation = records.generation;
      }
      records.willWrite(dev.column, n);
      dev.write(view, bytes, start, n & CHUNK_MASK, dev.columns, -1);
      continue;
    }
    const value = readField(view, bytes, start, field, little);
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
  layout: Layout,
  speed: Float64Array,
  distance: Float64Array,
  n: number,
  distance16: number,
): number {
  const b0 = bytes[p]!;
  const b1 = bytes[p + 1]!;
  const b2 = bytes[p + 2]!;
  if (b0 === 0xff && b1 === 0xff && b2 === 0xff) {
    // No value here; a plain speed or distance field of the same record stands.
    if (!layout.hasSpeedField) speed[n] = Number.NaN;
    if (!layout.hasDistanceField) distance[n] = Number.NaN;
    return distance16;
  }
  speed[n] = (b0 | ((b1 & 0x0f) << 8)) / 100;
  const total = distance16 + ((((b1 >> 4) | (b2 << 4)) - distance16) & 0xfff);
  distance[n] = total / 16;
  return total;
}

/** Points the plan at the chunks of its columns that hold record chunk number `chunk`. */
function fetchChunks(plan: MessagePlan, records: RecordColumns, chunk: number): void {
  plan.columns = plan.columnIndices.map((c) => records.chunks[c]![chunk]!);
  plan.generation = records.generation;
}

/** Writes one record message into row `records.length` of the columns. */
function writeRecord(
  view: DataView,
  bytes: Uint8Array,
  p: number,
  plan: MessagePlan,
  records: RecordColumns,
  headerTimeSec: number,
): void {
  const layout = plan.layout;
  const n = records.length;
  if (n === records.capacity) records.grow();
  if (!records.isRunOf(plan)) records.beginRun(plan, plan.columnIndices);
  // A new or grown chunk changes the generation.
  if (plan.generation !== records.generation) fetchChunks(plan, records, n >>> CHUNK_BITS);
  layout.write!(view, bytes, p, n & CHUNK_MASK, plan.columns, headerTimeSec);
}

/** Decodes the data records of one FIT file, bytes [start, end). */
function decodeData(
  bytes: Uint8Array,
  view: DataView,
  start: number,
  end: number,
  output: Output,
): { count: number; stop?: Stop } {
  // By local message type.
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
    const layout = plan.layout;
    if (p + layout.size > end)
      return {
        count,
        stop: new Stop(`data message at byte ${at} runs past the end of the data`, at, true),
      };
    if (layout.timestampPos >= 0) {
      const t = view.getUint32(p + layout.timestampPos, layout.little);
      if (t !== 0xffffffff) lastTimestamp = t;
    }
    if (plan.isRecord) {
      const records = output.records;
      const n = records.length;
      writeRecord(view, bytes, p, plan, records, compressedTimestamp);
      if (layout.speedDistancePos >= 0) {
        // speed and distance are the last two of the record's columns.
        const k = plan.columns.length - 2;
        distance16 = expandSpeedDistance(
          bytes,
          p + layout.speedDistancePos,
          layout,
          plan.columns[k]!,
          plan.columns[k + 1]!,
          n & CHUNK_MASK,
          distance16,
        );
      }
      if (layout.otherFields.length > 0 || plan.devFields.length > 0)
        readRecordRest(view, bytes, p, n, plan, records, descriptions);
      records.length = n + 1;
      count++;
    }
    const out = plan.out;
    if (out !== undefined) {
      let read = layout.read!;
      if (compressedTimestamp >= 0)
        read = layout.readCompressed ??= messageReader(
          layout.globalNum,
          layout.fields,
          layout.little,
          true,
        );
      const msg = read(view, bytes, p, compressedTimestamp);
      if (plan.devFields.length > 0) readDeveloperFields(view, bytes, p, plan, msg, descriptions);
      if (layout.globalNum === FIELD_DESCRIPTION_MESSAGE) describeDeveloperField(msg, descriptions);
      out.push(msg);
      count++;
    }
    p += layout.size;
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
  const output: Output = {
    messages: emptyMessages(),
    records: new RecordColumns(),
    plans: new Map(),
  };
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
