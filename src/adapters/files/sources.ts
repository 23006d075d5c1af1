// Where import files come from: paths given on the command line, each a file, a folder (walked
// recursively) or a zip archive (Strava's bulk export, Garmin's export with its zips inside zips).
// Archives are read entry by entry with yauzl, so only one activity file is ever in memory.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { ImportSource } from '../../app/import-files.js';
import type { ActivitySport } from '../../core/activity/types.js';
import { sportFromName } from './sport.js';

/** Names that hold an activity when met inside a folder or an archive. */
export const ACTIVITY_FILE = /\.(fit|gpx|tcx)(\.gz)?$/i;
const ZIP_FILE = /\.zip$/i;
/** Strava's bulk export: one row per activity, with the file it came from. */
export const STRAVA_INDEX = 'activities.csv';

/** Parses RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** What an export's index says about one of its files. */
export interface IndexEntry {
  sport?: ActivitySport;
  title?: string;
}

/**
 * Strava's activities.csv as file path (relative to the export's root, e.g.
 * "activities/123.fit.gz") → the sport its "Activity Type" names and its "Activity Name". Types
 * we do not recognise are left out, so the file's own sport stands.
 */
export function stravaIndex(csv: string): Map<string, IndexEntry> {
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
  const index = new Map<string, IndexEntry>();
  const fileAt = header?.indexOf('Filename') ?? -1;
  const typeAt = header?.indexOf('Activity Type') ?? -1;
  const nameAt = header?.indexOf('Activity Name') ?? -1;
  if (fileAt < 0) return index;
  for (const row of rows) {
    const file = row[fileAt];
    if (!file) continue;
    const sport = typeAt < 0 ? 'other' : sportFromName(row[typeAt]);
    const title = nameAt < 0 ? '' : (row[nameAt] ?? '').trim();
    index.set(file, { ...(sport !== 'other' && { sport }), ...(title && { title }) });
  }
  return index;
}

const withIndexEntry = (source: ImportSource, entry: IndexEntry | undefined): ImportSource =>
  entry === undefined ? source : { ...source, ...entry };

/** A source that fails with the reason when opened: the import reports it and goes on. */
const unreadable = (name: string, reason: string): ImportSource => ({
  name,
  open: () => Promise.reject(new Error(reason)),
});

const fileSource = (path: string): ImportSource => ({
  name: path,
  open: async () => createReadStream(path),
});

// ---- zip archives -------------------------------------------------------------------------

function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, zip) =>
      error ? reject(error) : resolve(zip),
    ),
  );
}

/** The archive's directory: names and offsets only, no file data. */
function listEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

function entryStream(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream))),
  );
}

async function entryText(zip: ZipFile, entry: Entry): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await entryStream(zip, entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The export's index, found at the archive's root or one folder down. */
function indexEntry(entries: readonly Entry[]): Entry | undefined {
  return entries.find(
    (e) => e.fileName === STRAVA_INDEX || e.fileName.endsWith(`/${STRAVA_INDEX}`),
  );
}

async function* zipSources(path: string, name: string): AsyncGenerator<ImportSource> {
  let zip: ZipFile;
  let entries: Entry[];
  try {
    zip = await openZip(path);
    entries = await listEntries(zip);
  } catch (error) {
    yield unreadable(name, `not a readable zip archive: ${(error as Error).message}`);
    return;
  }
  try {
    const index = indexEntry(entries);
    const root = index ? index.fileName.slice(0, -STRAVA_INDEX.length) : '';
    const byFile = index ? stravaIndex(await entryText(zip, index)) : new Map<string, IndexEntry>();
    for (const entry of entries) {
      const entryName = `${name}/${entry.fileName}`;
      if (entry.fileName.endsWith('/')) continue;
      if (ZIP_FILE.test(entry.fileName)) {
        yield* nestedZipSources(zip, entry, entryName);
      } else if (ACTIVITY_FILE.test(entry.fileName)) {
        const source: ImportSource = { name: entryName, open: () => entryStream(zip, entry) };
        yield withIndexEntry(source, byFile.get(entry.fileName.slice(root.length)));
      }
    }
  } finally {
    zip.close();
  }
}

/** A zip inside a zip (Garmin's export): unpacked to a temporary file, which yauzl needs. */
async function* nestedZipSources(
  outer: ZipFile,
  entry: Entry,
  name: string,
): AsyncGenerator<ImportSource> {
  const folder = await mkdtemp(join(tmpdir(), 'runstrong-zip-'));
  try {
    const path = join(folder, 'inner.zip');
    try {
      await pipeline(await entryStream(outer, entry), createWriteStream(path));
    } catch (error) {
      yield unreadable(name, `cannot unpack from the archive: ${(error as Error).message}`);
      return;
    }
    yield* zipSources(path, name);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

// ---- folders ------------------------------------------------------------------------------

/** Every file under the folder, sorted so an import runs in the same order each time. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

async function folderIndex(folder: string): Promise<Map<string, IndexEntry>> {
  try {
    return stravaIndex(await readFile(join(folder, STRAVA_INDEX), 'utf8'));
  } catch {
    return new Map();
  }
}

async function* folderSources(folder: string): AsyncGenerator<ImportSource> {
  const byFile = await folderIndex(folder);
  for (const path of await filesUnder(folder)) {
    if (ZIP_FILE.test(path)) yield* zipSources(path, path);
    else if (ACTIVITY_FILE.test(path)) {
      const key = relative(folder, path).split(sep).join('/');
      yield withIndexEntry(fileSource(path), byFile.get(key));
    }
  }
}

/**
 * The activity files behind each path, in order. A file given by name is tried whatever it is
 * called (exports are often misnamed); inside folders and archives only .fit, .gpx and .tcx
 * (optionally .gz) and nested .zip files are taken. A path that cannot be read becomes a source
 * that fails with the reason, so the import reports it and carries on.
 */
export async function* activitySources(paths: readonly string[]): AsyncGenerator<ImportSource> {
  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      yield unreadable(path, code === 'ENOENT' ? 'no such file or folder' : 'cannot be read');
      continue;
    }
    if (isFolder) yield* folderSources(path);
    else if (ZIP_FILE.test(path)) yield* zipSources(path, path);
    else yield fileSource(path);
  }
}
