// One entry point for activity files: the format is told by the content, not the name (exports
// are often misnamed or nameless), and gzip-compressed files are unpacked on the way.
import { createGunzip } from 'node:zlib';
import type { Activity } from '../../core/activity/types.js';
import { FileFormatError } from './errors.js';
import { decodeFit, FitError, fitToActivity } from './fit/index.js';
import { parseGpx } from './gpx.js';
import { parseTcx } from './tcx.js';

export type ActivityFileKind = 'fit' | 'gpx' | 'tcx';

/** Enough to get past an XML prolog (declaration, stylesheet, comments) to the root element. */
export const SNIFF_BYTES = 64 * 1024;
/** A real activity file is a few MB; far more out of a small archive is a decompression bomb. */
export const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;

const ROOTS: Readonly<Record<string, ActivityFileKind>> = {
  gpx: 'gpx',
  TrainingCenterDatabase: 'tcx',
};

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Prolog items that may come before the root element, by their opening and closing marks. */
const PROLOG_ITEMS = [
  ['<?', '?>'],
  ['<!--', '-->'],
  ['<!', '>'],
] as const;

/** The local name of the first element, past a BOM, white space, `<?…?>`, `<!--…-->`, `<!…>`. */
function rootElementName(head: string): string | undefined {
  let at = head.startsWith('\u00ef\u00bb\u00bf') ? 3 : 0; // the UTF-8 BOM read as Latin-1
  for (;;) {
    while (at < head.length && /\s/.test(head[at]!)) at++;
    const item = PROLOG_ITEMS.find(([open]) => head.startsWith(open, at));
    if (item === undefined) break;
    const end = head.indexOf(item[1], at + item[0].length);
    if (end < 0) return undefined;
    at = end + item[1].length;
  }
  const name = /^<([\w.:-]+)/.exec(head.slice(at, at + 100))?.[1];
  return name?.slice(name.indexOf(':') + 1);
}

/** Which activity format the first bytes of a file belong to, if any. */
export function sniffActivityKind(head: Uint8Array): ActivityFileKind | undefined {
  const fitSignature = String.fromCharCode(...head.subarray(8, 12));
  if (head.length >= 12 && head[0]! >= 12 && fitSignature === '.FIT') return 'fit';
  const text = Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, SNIFF_BYTES));
  const root = rootElementName(text.toString('latin1'));
  return root === undefined ? undefined : ROOTS[root];
}

function notActivity(name: string): FileFormatError {
  return new FileFormatError(
    name,
    'not an activity file: expected FIT (".FIT" header), GPX (<gpx>) or TCX (<TrainingCenterDatabase>), optionally gzip-compressed',
  );
}

/**
 * Unpacks gzip data as a stream, checking the first SNIFF_BYTES before going on, so an archive
 * that holds something else is dropped after 64 KB rather than unpacked in full.
 */
async function gunzip(name: string, bytes: Uint8Array): Promise<Uint8Array> {
  const stream = createGunzip();
  stream.end(bytes);
  const chunks: Buffer[] = [];
  let total = 0;
  let sniffed = false;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      total += chunk.length;
      if (total > MAX_UNZIPPED_BYTES) {
        throw new FileFormatError(name, `unpacks to more than ${MAX_UNZIPPED_BYTES} bytes`);
      }
      if (!sniffed && total >= SNIFF_BYTES) {
        if (sniffActivityKind(Buffer.concat(chunks, total)) === undefined) throw notActivity(name);
        sniffed = true;
      }
    }
  } catch (error) {
    if (error instanceof FileFormatError) throw error;
    throw new FileFormatError(name, `bad gzip data: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return Buffer.concat(chunks, total);
}

/**
 * Reads a FIT, GPX or TCX file (or any of them gzip-compressed) into an Activity, telling the
 * format by its content. Every failure is a FileFormatError naming the file.
 */
export async function readActivityFile(name: string, bytes: Uint8Array): Promise<Activity> {
  const data = isGzip(bytes) ? await gunzip(name, bytes) : bytes;
  const kind = sniffActivityKind(data.subarray(0, SNIFF_BYTES));
  switch (kind) {
    case 'gpx':
      return parseGpx(data, name);
    case 'tcx':
      return parseTcx(data, name);
    case 'fit':
      try {
        return fitToActivity(decodeFit(data));
      } catch (error) {
        if (error instanceof FitError) {
          throw new FileFormatError(name, error.message, { cause: error });
        }
        throw error;
      }
    default:
      throw notActivity(name);
  }
}
