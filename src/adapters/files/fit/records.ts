// The record messages of a FIT file, kept by field rather than by message. An activity holds
// one record a second, a long one 100,000 of them; as one object each (plus a boxed double
// per fractional value) they outlive V8's young generation, which then spends longer copying
// them than the decoder spends reading the file. Here each field's values fill Float64Arrays
// outside the JavaScript heap, which the garbage collector never copies or scans. They come
// in chunks of 64 KB: malloc hands out blocks that small from memory the process already
// holds, where one large array per field is mapped fresh from the OS on every decode, and on
// a virtual machine first touching fresh pages costs more than the decoding itself.
import type { FitDeveloperFields, FitMessage } from './types.js';

/** Record n sits in chunk n >>> CHUNK_BITS, at n & CHUNK_MASK. */
export const CHUNK_BITS = 13;
/** Records per chunk: 8192 doubles, 64 KB. */
const CHUNK_RECORDS = 1 << CHUNK_BITS;
export const CHUNK_MASK = CHUNK_RECORDS - 1;

/** One field's value in every record, scale and offset applied. */
export class FitColumn {
  constructor(
    private readonly chunks: readonly Float64Array[],
    readonly length: number,
  ) {}

  /** The value in record i; NaN when the record holds none (or i is out of range). */
  at(i: number): number {
    return i >= 0 && i < this.length ? this.chunks[i >>> CHUNK_BITS]![i & CHUNK_MASK]! : Number.NaN;
  }
}

const NO_VALUES = new FitColumn([], 0);

/**
 * Every record message of the file, by field. A field whose values are single numbers is a
 * column: one value per record with scale and offset applied (date-times Unix seconds,
 * positions degrees), NaN where the record holds no valid value or its definition lacks the
 * field. Values of any other shape (arrays, strings, enum names) are rare in records and are
 * kept per record in `others`.
 */
export class FitRecords {
  constructor(
    /** How many record messages the file holds. */
    readonly length: number,
    private readonly profileColumns: ReadonlyMap<string, FitColumn>,
    private readonly developerColumns: ReadonlyMap<string, FitColumn>,
    /** Values that are not single numbers, by record index, shaped as a FitMessage. */
    readonly others: ReadonlyMap<number, FitMessage>,
  ) {}

  /** The values of one profile field; all NaN when no record has the field as a number. */
  column(name: string): FitColumn {
    return this.profileColumns.get(name) ?? NO_VALUES;
  }

  /** The values of one numeric developer field, by its declared name. */
  developerColumn(name: string): FitColumn {
    return this.developerColumns.get(name) ?? NO_VALUES;
  }

  /** Record i as the other message kinds come out, holding its valid values only. */
  message(i: number): FitMessage {
    const msg: FitMessage = {};
    for (const [name, values] of this.profileColumns) {
      const v = values.at(i);
      if (!Number.isNaN(v)) msg[name] = v;
    }
    let developer: FitDeveloperFields | undefined;
    for (const [name, values] of this.developerColumns) {
      const v = values.at(i);
      if (Number.isNaN(v)) continue;
      developer ??= {};
      developer[name] = v;
    }
    const other = this.others.get(i);
    if (other !== undefined) {
      const { developer: otherDeveloper, ...fields } = other;
      Object.assign(msg, fields);
      if (otherDeveloper !== undefined) developer = { ...developer, ...otherDeveloper };
    }
    if (developer !== undefined) msg.developer = developer;
    return msg;
  }

  /** Every record as a message: one object each, so only for small files or tests. */
  messages(): FitMessage[] {
    return Array.from({ length: this.length }, (_, i) => this.message(i));
  }
}

/** Records in a file's first chunk at least: a small file should not pay for 64 KB a field. */
const FIRST_CHUNK_RECORDS = 256;

/** Room for `records` records per column; zeroed (nothing is written where nothing is read). */
function emptyChunk(records: number): Float64Array {
  return new Float64Array(records);
}

/**
 * One empty chunk per column. Small ones are views of one buffer (one allocation, not one
 * per column); no buffer is larger than a full chunk, so that malloc never maps it fresh.
 */
function emptyChunks(columns: number, records: number): Float64Array[] {
  if (columns * records > CHUNK_RECORDS)
    return Array.from({ length: columns }, () => emptyChunk(records));
  const all = emptyChunk(columns * records);
  return Array.from({ length: columns }, (_, c) => all.subarray(c * records, (c + 1) * records));
}

/**
 * The columns being filled while a file decodes; finish() hands them out as FitRecords.
 *
 * Chunks start zeroed, and a row reads NaN only once written so: filling them with NaN ahead
 * would touch every page of room never used. Rows are written in order, so each column keeps
 * how far it is final (`filled`), and gaps become NaN when the column is next written or at
 * finish(). A record definition writes all of its columns in every row (NaN where invalid): while
 * records of one definition follow each other (a run), its columns need no bookkeeping at all.
 */
export class RecordColumns {
  length = 0;
  /** How many records the chunks made so far hold. */
  capacity = 0;
  /** Counts changes to the chunk arrays, so that holders of a chunk know to fetch it again. */
  generation = 0;
  /**
   * By column index, the column's chunks: full ones of CHUNK_RECORDS, the last one possibly
   * shorter (a file's first chunk grows by doubling).
   */
  readonly chunks: Float64Array[][] = [];
  readonly others = new Map<number, FitMessage>();
  /** By column index: rows [0, filled) are final, except in the columns of the current run. */
  private readonly filled: number[] = [];
  /** Whose records are being written in a run, and the columns each of them writes. */
  private runOwner: object | undefined;
  private runColumns: readonly number[] = [];
  private readonly names: string[] = [];
  private readonly developer: boolean[] = [];
  private readonly indexByKey = new Map<string, number>();

  /** The index of the column of this field, made on first use (NaN in rows written so far). */
  columnIndex(name: string, developer: boolean): number {
    const key = `${developer ? 'd' : 'p'}:${name}`;
    let index = this.indexByKey.get(key);
    if (index === undefined) {
      index = this.chunks.length;
      this.indexByKey.set(key, index);
      this.names.push(name);
      this.developer.push(developer);
      this.filled.push(0);
      const shape = this.chunks[0] ?? [];
      this.chunks.push(shape.map((chunk) => emptyChunk(chunk.length)));
    }
    return index;
  }

  /**
   * Makes room for record `length`, called when the chunks are full. A file's first chunk
   * starts small and doubles. (Sizing it from the bytes left instead made large files first
   * touch twice as many fresh pages: malloc gave the memory back to the OS between decodes.)
   */
  grow(): void {
    const lastLength = this.capacity & CHUNK_MASK;
    const records =
      lastLength !== 0
        ? Math.min(lastLength * 2, CHUNK_RECORDS)
        : this.capacity === 0
          ? FIRST_CHUNK_RECORDS
          : CHUNK_RECORDS;
    const fresh = emptyChunks(this.chunks.length, records);
    this.chunks.forEach((column, c) => {
      const chunk = fresh[c]!;
      // A short last chunk grows: its values move to the larger one.
      if (lastLength !== 0) chunk.set(column.pop()!);
      column.push(chunk);
    });
    this.capacity += records - lastLength;
    this.generation++;
  }

  /**
   * From row `length` on, `owner` writes `columns` in every row until another owner's run
   * begins. Callers check runOwner first: this runs only when the record definition changes.
   */
  beginRun(owner: object, columns: readonly number[]): void {
    for (const c of this.runColumns) this.filled[c] = this.length;
    for (const c of columns) this.fillTo(c, this.length);
    this.runOwner = owner;
    this.runColumns = columns;
  }

  isRunOf(owner: object): boolean {
    return this.runOwner === owner;
  }

  /** For a column written outside runs (developer fields): row n is about to be written. */
  willWrite(column: number, n: number): void {
    this.fillTo(column, n);
    this.filled[column] = n + 1;
  }

  /** Makes rows [filled, n) of the column NaN. */
  private fillTo(column: number, n: number): void {
    const from = this.filled[column]!;
    if (from >= n) return;
    const chunks = this.chunks[column]!;
    for (let k = from >>> CHUNK_BITS; k <= (n - 1) >>> CHUNK_BITS; k++) {
      const start = k === from >>> CHUNK_BITS ? from & CHUNK_MASK : 0;
      const end = k === (n - 1) >>> CHUNK_BITS ? ((n - 1) & CHUNK_MASK) + 1 : CHUNK_RECORDS;
      chunks[k]!.fill(Number.NaN, start, end);
    }
    this.filled[column] = n;
  }

  finish(): FitRecords {
    this.beginRun(this, []);
    for (let c = 0; c < this.chunks.length; c++) this.fillTo(c, this.length);
    const profile = new Map<string, FitColumn>();
    const developer = new Map<string, FitColumn>();
    this.chunks.forEach((chunks, c) => {
      (this.developer[c] ? developer : profile).set(
        this.names[c]!,
        new FitColumn(chunks, this.length),
      );
    });
    return new FitRecords(this.length, profile, developer, this.others);
  }
}
