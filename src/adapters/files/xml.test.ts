import { describe, expect, it } from 'vitest';
import { FileFormatError } from './errors.js';
import { element, elements, numberOf, readXml, textOf, xmlText } from './xml.js';

const GPX = { name: 'GPX', root: 'gpx', points: ['trkpt', 'rtept'] } as const;

describe('xmlText', () => {
  it('drops a byte-order mark from bytes and from strings, and leading white space', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<gpx/>')]);
    expect(xmlText(bytes)).toBe('<gpx/>');
    expect(xmlText('\uFEFF<gpx/>')).toBe('<gpx/>');
    expect(xmlText('  \n <?xml version="1.0"?><gpx/>')).toBe('<?xml version="1.0"?><gpx/>');
  });

  it('decodes UTF-8', () => {
    expect(xmlText(new TextEncoder().encode('<name>Čerknica</name>'))).toBe(
      '<name>Čerknica</name>',
    );
  });
});

describe('readXml', () => {
  it('gives the root with attributes, children by local name and text', () => {
    const { root, cutShort } = readXml(
      '<?xml version="1.0"?><g:gpx xmlns:g="x" version="1.1"><a:b>7</a:b><b>8</b><c/></g:gpx>',
      'f.gpx',
      GPX,
    );
    expect(cutShort).toBeUndefined();
    expect(textOf(root, '@_version')).toBe('1.1');
    expect(root.b).toEqual(['7', '8']);
    expect(numberOf(root, 'b')).toBe(7);
  });

  it('names the file and the place of a well-formedness error', () => {
    const read = () => readXml('<gpx>\n<trk></trkseg>\n</gpx>', 'walk.gpx', GPX);
    expect(read).toThrow(FileFormatError);
    expect(read).toThrow(/^walk\.gpx: not well-formed XML: .*trk.* \(line 2, column \d+\)$/);
  });

  it('rejects a document of another format', () => {
    expect(() => readXml('<kml><Document/></kml>', 'a.kml', GPX)).toThrow(
      'a.kml: not a GPX file: no <gpx> element',
    );
    expect(() => readXml('not xml at all', 'b.gpx', GPX)).toThrow(FileFormatError);
  });

  it('keeps the whole points of a cut-short file and says so', () => {
    const text =
      '<gpx><trk><trkseg><trkpt lat="1" lon="2"><ele>3</ele></trkpt><trkpt lat="4" lon="5"><ele>6</e';
    const { root, cutShort } = readXml(text, 'cut.gpx', GPX);
    expect(cutShort).toBe('cut short: no </gpx>; read up to the last whole point');
    const points = elements(element(element(root, 'trk'), 'trkseg'), 'trkpt');
    expect(points.map((p) => numberOf(p, '@_lat'))).toEqual([1]);
  });

  it('finds the last whole point under a namespace prefix', () => {
    const text = '<x:gpx><x:rte><x:rtept lat="1" lon="2"/><x:rtept lat="3" lon="4"></x:rtept><x:rt';
    const { root } = readXml(text, 'cut.gpx', GPX);
    expect(elements(element(root, 'rte'), 'rtept')).toHaveLength(2);
  });

  it('rejects a file cut before its first whole point', () => {
    expect(() => readXml('<gpx><trk><trkseg><trkpt lat="1"', 'c.gpx', GPX)).toThrow(
      'c.gpx: GPX file cut short (no </gpx>) before its first whole point',
    );
  });
});

describe('element helpers', () => {
  const { root } = readXml(
    '<gpx><e></e><e> </e><p lat="1.5"/><p>x</p><t a="1">text</t><n>1e3</n><bad>12abc</bad></gpx>',
    'h.gpx',
    GPX,
  );

  it('lists elements with content or attributes, one or many', () => {
    expect(elements(root, 'e')).toEqual([]);
    expect(elements(root, 'p')).toEqual([{ '@_lat': '1.5' }]);
    expect(elements(root, 'missing')).toEqual([]);
    expect(element(root, 't')).toEqual({ '#text': 'text', '@_a': '1' });
  });

  it('reads text and numbers, treating empty and non-numeric text as absent', () => {
    expect(textOf(root, 't')).toBe('text');
    expect(textOf(root, 'e')).toBeUndefined();
    expect(numberOf(root, 'n')).toBe(1000);
    expect(numberOf(root, 'e')).toBeUndefined();
    expect(numberOf(root, 'bad')).toBeUndefined();
    expect(numberOf(undefined, 'n')).toBeUndefined();
  });
});
