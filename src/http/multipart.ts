// A streaming reader for multipart/form-data uploads: the request body is read as it arrives and
// each file part is handed on as soon as it is complete, so an upload of many files holds one
// file in memory at a time, never the whole body.
import { HTTPException } from 'hono/http-exception';
import { InputError } from '../core/errors.js';

export interface UploadedFile {
  /** The file name the client sent (its path inside a folder upload, at most). */
  filename: string;
  bytes: Uint8Array;
}

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

/** The boundary of a multipart/form-data Content-Type; an InputError for anything else. */
export function multipartBoundary(contentType: string | undefined): string {
  const type = contentType ?? '';
  const boundary = /^multipart\/form-data\s*;.*\bboundary=(?:"([^"]+)"|([^\s;]+))/i.exec(type);
  const value = boundary?.[1] ?? boundary?.[2];
  if (!value || value.length > 70) {
    throw new InputError(
      `Content-Type "${type.slice(0, 100)}": expected multipart/form-data with a boundary (one part per file)`,
      'body',
    );
  }
  return value;
}

function filenameOf(headers: string): string | undefined {
  const disposition = headers.split('\r\n').find((h) => /^content-disposition:/i.test(h));
  if (!disposition) return undefined;
  const star = /filename\*=(?:UTF-8|utf-8)''([^;]+)/.exec(disposition)?.[1];
  if (star) return decodeURIComponent(star);
  return (
    /filename="((?:[^"\\]|\\.)*)"/.exec(disposition)?.[1] ??
    /filename=([^;\s]+)/.exec(disposition)?.[1]
  );
}

/**
 * The file parts of a multipart body in order; parts without a filename (plain form fields) are
 * skipped. Throws a 413 HTTPException once more than maxBytes have arrived, and an InputError
 * when the body ends before its closing boundary.
 */
export async function* multipartFiles(
  body: AsyncIterable<Uint8Array>,
  boundary: string,
  maxBytes: number,
): AsyncGenerator<UploadedFile> {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  // The body starts with the delimiter without its leading CRLF; pretend it had one.
  let buf: Buffer = Buffer.from(CRLF);
  let total = 0;
  // Set inside step(); typed wide so the loop below does not narrow it.
  let state = 'preamble' as 'preamble' | 'headers' | 'body' | 'done';
  let filename: string | undefined;
  let parts: Buffer[] = [];

  const step = (): UploadedFile | 'more' | 'again' => {
    if (state === 'preamble' || state === 'body') {
      const at = buf.indexOf(delimiter);
      if (at < 0) {
        // Keep a tail that may hold the start of a delimiter split across chunks.
        const keep = Math.max(0, buf.length - delimiter.length + 1);
        if (state === 'body' && filename !== undefined && keep > 0) {
          parts.push(buf.subarray(0, keep));
        }
        buf = buf.subarray(keep);
        return 'more';
      }
      // The delimiter is followed by "--" (the end) or CRLF (another part).
      if (buf.length < at + delimiter.length + 2) return 'more';
      const finished = state === 'body' && filename !== undefined;
      if (finished) parts.push(buf.subarray(0, at));
      const after = buf
        .subarray(at + delimiter.length, at + delimiter.length + 2)
        .toString('latin1');
      buf = buf.subarray(at + delimiter.length + 2);
      state = after === '--' ? 'done' : 'headers';
      if (finished) {
        const file = { filename: filename!, bytes: Buffer.concat(parts) };
        parts = [];
        return file;
      }
      return 'again';
    }
    if (state === 'headers') {
      const end = buf.indexOf(HEADER_END);
      if (end < 0) {
        if (buf.length > 16 * 1024)
          throw new InputError('multipart part headers over 16 KB', 'body');
        return 'more';
      }
      filename = filenameOf(buf.subarray(0, end).toString('utf8'));
      buf = buf.subarray(end + HEADER_END.length);
      state = 'body';
      return 'again';
    }
    return 'more';
  };

  for await (const chunk of body) {
    total += chunk.length;
    if (total > maxBytes) {
      throw new HTTPException(413, { message: `upload over ${maxBytes} bytes` });
    }
    buf = buf.length === 0 ? Buffer.from(chunk) : Buffer.concat([buf, chunk]);
    for (;;) {
      if (state === 'done') break;
      const got = step();
      if (got === 'more') break;
      if (got !== 'again') yield got;
    }
  }
  if (state !== 'done') {
    throw new InputError('multipart body ended before its closing boundary', 'body');
  }
}
