import fc from 'fast-check';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { InputError } from '../core/errors.js';
import { multipartBoundary, multipartFiles } from './multipart.js';

const B = 'xyzBOUNDARYxyz';

function body(files: { name: string; bytes: Uint8Array }[]): Buffer {
  return Buffer.concat([
    Buffer.from(
      `preamble to ignore\r\n--${B}\r\nContent-Disposition: form-data; name="field"\r\n\r\nvalue\r\n`,
    ),
    ...files.flatMap((f) => [
      Buffer.from(
        `--${B}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\n\r\n`,
      ),
      Buffer.from(f.bytes),
      Buffer.from('\r\n'),
    ]),
    Buffer.from(`--${B}--\r\n`),
  ]);
}

async function* chunked(bytes: Buffer, cuts: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut <= at || cut >= bytes.length) continue;
    yield bytes.subarray(at, cut);
    at = cut;
  }
  yield bytes.subarray(at);
}

async function read(stream: AsyncIterable<Uint8Array>, max = 1e9) {
  const out: { filename: string; bytes: number[] }[] = [];
  for await (const f of multipartFiles(stream, B, max)) {
    out.push({ filename: f.filename, bytes: [...f.bytes] });
  }
  return out;
}

describe('multipartBoundary', () => {
  it('reads the boundary, quoted or not, and refuses other content types', () => {
    expect(multipartBoundary(`multipart/form-data; boundary=${B}`)).toBe(B);
    expect(multipartBoundary('multipart/form-data; charset=utf-8; boundary="a b"')).toBe('a b');
    expect(() => multipartBoundary('application/json')).toThrow(InputError);
    expect(() => multipartBoundary(undefined)).toThrow(/multipart\/form-data/);
  });
});

describe('multipartFiles', () => {
  it('gives the file parts in order, skipping plain fields, however the body is cut', async () => {
    const files = [
      { name: 'a.fit', bytes: Uint8Array.from([0x0e, 0x10, 0x0d, 0x0a, 0x2d, 0x2d]) },
      { name: 'b.gpx', bytes: new TextEncoder().encode(`<gpx>\r\n--${B.slice(0, 5)}</gpx>`) },
    ];
    const whole = body(files);
    const expected = files.map((f) => ({ filename: f.name, bytes: [...f.bytes] }));
    expect(await read(chunked(whole, []))).toEqual(expected);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: whole.length }), { maxLength: 30 }), async (cuts) => {
        expect(await read(chunked(whole, cuts))).toEqual(expected);
      }),
    );
  });

  it('keeps any file content byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.nat(), async (bytes, cut) => {
        const whole = body([{ name: 'x.fit', bytes }]);
        expect(await read(chunked(whole, [cut % whole.length]))).toEqual([
          { filename: 'x.fit', bytes: [...bytes] },
        ]);
      }),
    );
  });

  it('stops with 413 past the limit and with a bad-input error when the body is cut short', async () => {
    const whole = body([{ name: 'a.fit', bytes: new Uint8Array(1000) }]);
    await expect(read(chunked(whole, [100, 200]), 500)).rejects.toBeInstanceOf(HTTPException);
    await expect(read(chunked(whole.subarray(0, 300), []))).rejects.toThrow(/closing boundary/);
  });
});
