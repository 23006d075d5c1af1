// Builds small FIT files byte by byte for decoder tests: each test states exactly which
// definition, record header and field bytes it feeds the decoder.
import { fitCrc } from './crc.js';

export type FieldDef = readonly [fieldNum: number, size: number, baseTypeByte: number];
export type DevFieldDef = readonly [fieldNum: number, size: number, developerIndex: number];

/** Base-type bytes as they appear in definition messages. */
export const T = {
  enum: 0x00,
  sint8: 0x01,
  uint8: 0x02,
  sint16: 0x83,
  uint16: 0x84,
  sint32: 0x85,
  uint32: 0x86,
  string: 0x07,
  float32: 0x88,
  uint8z: 0x0a,
  uint32z: 0x8c,
  byte: 0x0d,
} as const;

/** Little- or big-endian bytes of an unsigned or signed integer of `size` bytes. */
export function int(value: number, size: number, bigEndian = false): number[] {
  const out: number[] = [];
  let v = BigInt.asUintN(size * 8, BigInt(value));
  for (let i = 0; i < size; i++) {
    out.push(Number(v & 0xffn));
    v >>= 8n;
  }
  return bigEndian ? out.reverse() : out;
}

export function float32(value: number): number[] {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setFloat32(0, value, true);
  return [...b];
}

export function text(s: string, size: number): number[] {
  const bytes = [...new TextEncoder().encode(s)];
  return [...bytes, ...new Array(Math.max(0, size - bytes.length)).fill(0)].slice(0, size);
}

/** FIT time (seconds since 1989-12-31T00:00:00Z) of an ISO instant. */
export function fitTime(iso: string): number {
  return Date.parse(iso) / 1000 - 631065600;
}

export class FitBuilder {
  private readonly body: number[] = [];

  definition(
    local: number,
    globalNum: number,
    fields: readonly FieldDef[],
    opts: { bigEndian?: boolean; dev?: readonly DevFieldDef[] } = {},
  ): this {
    const header = 0x40 | (opts.dev ? 0x20 : 0) | local;
    this.body.push(
      header,
      0,
      opts.bigEndian ? 1 : 0,
      ...int(globalNum, 2, opts.bigEndian),
      fields.length,
    );
    for (const f of fields) this.body.push(...f);
    if (opts.dev) {
      this.body.push(opts.dev.length);
      for (const d of opts.dev) this.body.push(...d);
    }
    return this;
  }

  data(local: number, content: readonly number[]): this {
    this.body.push(local, ...content);
    return this;
  }

  /** A data message with a compressed-timestamp header (local types 0–3, 5-bit offset). */
  compressed(local: number, timeOffset: number, content: readonly number[]): this {
    this.body.push(0x80 | (local << 5) | (timeOffset & 0x1f), ...content);
    return this;
  }

  raw(bytes: readonly number[]): this {
    this.body.push(...bytes);
    return this;
  }

  /** The complete file: 14-byte header (CRC filled in unless told otherwise), data, file CRC. */
  build(opts: { headerSize?: 12 | 14; headerCrc?: number; fileCrc?: number } = {}): Uint8Array {
    const headerSize = opts.headerSize ?? 14;
    const header = [
      headerSize,
      0x20,
      ...int(2132, 2),
      ...int(this.body.length, 4),
      0x2e,
      0x46,
      0x49,
      0x54,
    ];
    if (headerSize === 14)
      header.push(...int(opts.headerCrc ?? fitCrc(new Uint8Array(header), 0, 12), 2));
    const file = new Uint8Array([...header, ...this.body, 0, 0]);
    const crc = opts.fileCrc ?? fitCrc(file, 0, file.length - 2);
    file.set(int(crc, 2), file.length - 2);
    return file;
  }
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
