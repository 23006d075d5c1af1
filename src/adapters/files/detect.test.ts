import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readActivityFile, SNIFF_BYTES, sniffActivityKind } from './detect.js';
import { FileFormatError } from './errors.js';
import { OWN_FIT_DIR } from './fit/fixture-files.fixture.js';
import { parseGpx } from './gpx.js';
import { parseTcx } from './tcx.js';
import { textFixture, textFixturePath } from './text-fixtures.fixture.js';

const bytes = (text: string) => new TextEncoder().encode(text);

async function failure(name: string, data: Uint8Array): Promise<FileFormatError> {
  const error = await readActivityFile(name, data).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FileFormatError);
  return error as FileFormatError;
}

describe('sniffActivityKind', () => {
  it('knows FIT by the ".FIT" signature at byte 8', () => {
    const header = [14, 0x10, 0, 0, 0, 0, 0, 0, 0x2e, 0x46, 0x49, 0x54, 0, 0];
    expect(sniffActivityKind(new Uint8Array(header))).toBe('fit');
    expect(sniffActivityKind(new Uint8Array(header.slice(0, 11)))).toBeUndefined();
  });

  it('knows GPX and TCX by the root element, past the prolog', () => {
    const cases: [string, string | undefined][] = [
      ['<gpx version="1.1">', 'gpx'],
      ['\uFEFF<?xml version="1.0"?>\n<gpx>', 'gpx'],
      [
        '<?xml version="1.0"?><?xml-stylesheet href="x.xsl"?><!-- <TrainingCenterDatabase> --><gpx>',
        'gpx',
      ],
      ['<!DOCTYPE gpx><g:gpx xmlns:g="http://www.topografix.com/GPX/1/1">', 'gpx'],
      ['   \n <?xml version="1.0"?><TrainingCenterDatabase xmlns="x">', 'tcx'],
      // The TCX namespace inside a GPX root does not make it TCX.
      ['<gpx xmlns:tc2="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">', 'gpx'],
      ['<kml>', undefined],
      ['<gpxfile>', undefined],
      ['gpx', undefined],
      ['', undefined],
      ['<?xml version="1.0"', undefined],
    ];
    for (const [text, kind] of cases) expect(sniffActivityKind(bytes(text)), text).toBe(kind);
  });
});

describe('readActivityFile', () => {
  const gpxBytes = readFileSync(textFixturePath(textFixture('togeojson__run_gpxtpx.gpx')));
  const tcxBytes = readFileSync(textFixturePath(textFixture('togeojson__sample.tcx')));

  it('reads GPX and TCX by content, whatever the name says', async () => {
    expect(await readActivityFile('export.xml', gpxBytes)).toEqual(parseGpx(gpxBytes, 'x'));
    expect(await readActivityFile('activity.gpx', tcxBytes)).toEqual(parseTcx(tcxBytes, 'x'));
  });

  it('reads FIT through the FIT decoder', async () => {
    const fit = readFileSync(join(OWN_FIT_DIR, 'fitparse__garmin-fenix-5-run.fit'));
    const a = await readActivityFile('run.fit', fit);
    expect(a.sport).toBe('run');
    expect(a.samples.length).toBeGreaterThan(0);
  });

  it('unpacks gzip by its magic number', async () => {
    const plain = await readActivityFile('run.gpx', gpxBytes);
    expect(await readActivityFile('run.gpx.gz', gzipSync(gpxBytes))).toEqual(plain);
    expect(await readActivityFile('no-extension', gzipSync(tcxBytes))).toEqual(
      parseTcx(tcxBytes, 'x'),
    );
  });

  it('gives up on an archive of something else after the first bytes', async () => {
    // Its gzip trailer is broken: unpacking it to the end would report bad gzip data instead.
    const packed = gzipSync(bytes(`<kml>${'<Placemark/>'.repeat(SNIFF_BYTES / 4)}</kml>`));
    packed[packed.length - 5]! ^= 0xff;
    const error = await failure('places.kml.gz', packed);
    expect(error.message).toMatch(/^places\.kml\.gz: not an activity file: expected FIT/);
  });

  it('names the file in every error', async () => {
    expect((await failure('notes.txt', bytes('hello'))).message).toBe(
      'notes.txt: not an activity file: expected FIT (".FIT" header), GPX (<gpx>) or TCX (<TrainingCenterDatabase>), optionally gzip-compressed',
    );
    expect((await failure('empty.fit', new Uint8Array())).file).toBe('empty.fit');
    const broken = gzipSync(gpxBytes).subarray(0, 40);
    expect((await failure('cut.gpx.gz', broken)).message).toMatch(/^cut\.gpx\.gz: bad gzip data: /);
    const noData = new Uint8Array([14, 0x10, 0, 0, 0, 0, 0, 0, 0x2e, 0x46, 0x49, 0x54, 0, 0]);
    expect((await failure('zero.fit', noData)).message).toBe(
      'zero.fit: not a FIT file: header declares no data (data size 0)',
    );
    expect((await failure('bad.gpx', bytes('<gpx><trk></gpx>'))).message).toMatch(
      /^bad\.gpx: not well-formed XML/,
    );
  });
});
