import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trackDistanceM } from '../../core/activity/distance.js';
import { summarize } from '../../core/activity/summary.js';
import { FileFormatError } from './errors.js';
import { parseGpx } from './gpx.js';
import { textFixture, textFixturePath } from './text-fixtures.fixture.js';

const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="test" ' +
  'xmlns="http://www.topografix.com/GPX/1/1" ' +
  'xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">';

const gpx = (body: string) => `${HEAD}${body}</gpx>`;
const pt = (lat: number, lon: number, inner = '') =>
  `<trkpt lat="${lat}" lon="${lon}">${inner}</trkpt>`;
const time = (hms: string) => `<time>2024-03-10T${hms}Z</time>`;
const track = (...segments: string[][]) =>
  `<trk>${segments.map((s) => `<trkseg>${s.join('')}</trkseg>`).join('')}</trk>`;

describe('parseGpx: tracks', () => {
  it('reads positions, times, elevation and Garmin heart rate and cadence', () => {
    const ext = (hr: number, cad: number) =>
      `<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>${hr}</gpxtpx:hr><gpxtpx:cad>${cad}</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions>`;
    const a = parseGpx(
      gpx(
        `<trk><type>running</type><trkseg>${pt(52.5, 13.4, `<ele>34.5</ele>${time('07:00:00')}${ext(120, 84)}`)}${pt(52.5001, 13.4, `<ele>35</ele>${time('07:00:04.5')}${ext(124, 86)}`)}</trkseg></trk>`,
      ),
    );
    expect(a.sport).toBe('run');
    expect(a.startTime).toBe('2024-03-10T07:00:00.000Z');
    expect(a.samples).toEqual([
      { timeSec: 0, lat: 52.5, lon: 13.4, altitudeM: 34.5, heartRateBpm: 120, cadenceSpm: 168 },
      { timeSec: 4.5, lat: 52.5001, lon: 13.4, altitudeM: 35, heartRateBpm: 124, cadenceSpm: 172 },
    ]);
    expect(a.laps).toEqual([]);
    expect(a.sets).toEqual([]);
    expect(a.partial).toBeUndefined();
  });

  it('reads the extension under any prefix, and sensor elements placed directly in extensions', () => {
    const a = parseGpx(
      gpx(
        track([
          pt(
            1,
            2,
            `${time('07:00:00')}<extensions><ns3:TrackPointExtension xmlns:ns3="x"><ns3:hr>99</ns3:hr><ns3:speed>3.2</ns3:speed></ns3:TrackPointExtension></extensions>`,
          ),
          pt(
            1,
            2.0001,
            `${time('07:00:01')}<extensions><power>250</power><heartrate>101</heartrate><cadence>90</cadence></extensions>`,
          ),
        ]),
      ),
    );
    // No <type>: the sport is unknown, so cadence stays as the file gives it.
    expect(a.sport).toBe('other');
    expect(a.samples[0]).toMatchObject({ heartRateBpm: 99, speedMps: 3.2 });
    expect(a.samples[1]).toMatchObject({ powerW: 250, heartRateBpm: 101, cadenceSpm: 90 });
  });

  it('reads the speed element of GPX 1.0 points', () => {
    const a = parseGpx(gpx(track([pt(1, 2, `${time('07:00:00')}<speed>2.5</speed>`)])));
    expect(a.samples[0]!.speedMps).toBe(2.5);
  });

  it('drops a heart rate of 0 (no strap paired)', () => {
    const a = parseGpx(
      gpx(
        track([
          pt(
            1,
            2,
            `${time('07:00:00')}<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>0</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions>`,
          ),
        ]),
      ),
    );
    expect(a.samples[0]!.heartRateBpm).toBeUndefined();
  });

  it('joins every track and segment in time order and skips empty segments', () => {
    const a = parseGpx(
      gpx(
        track([pt(1, 1, time('09:00:00')), pt(1, 1.001, time('09:00:05'))], []) +
          '<trk><trkseg></trkseg></trk>' +
          track([pt(2, 2, time('08:00:00'))], [pt(3, 3, time('08:30:00'))]),
      ),
    );
    expect(a.startTime).toBe('2024-03-10T08:00:00.000Z');
    expect(a.samples.map((s) => [s.lat, s.timeSec])).toEqual([
      [2, 0],
      [3, 1800],
      [1, 3600],
      [1, 3605],
    ]);
  });

  it('skips points whose position is missing or impossible', () => {
    const a = parseGpx(
      gpx(
        track([
          pt(91, 0, time('07:00:00')),
          '<trkpt lat="1">x</trkpt>',
          pt(45, 7, time('07:00:01')),
          pt(45, 181, time('07:00:02')),
        ]),
      ),
    );
    expect(a.samples).toEqual([{ timeSec: 0, lat: 45, lon: 7 }]);
  });

  it('measures distance from the points: a GPX track has no device distance', () => {
    const points = [0, 1, 2, 3].map((i) => ({ lat: 0, lon: i * 0.001 }));
    const a = parseGpx(gpx(track(points.map((p, i) => pt(p.lat, p.lon, time(`07:00:0${i}`))))));
    expect(a.totals).toBeUndefined();
    // 0.003° of longitude on the equator: 3 × 111.195 m.
    expect(summarize(a).distanceKm * 1000).toBeCloseTo(trackDistanceM(points), 9);
    expect(summarize(a).distanceKm * 1000).toBeCloseTo(333.58, 1);
  });
});

describe('parseGpx: the name', () => {
  it("keeps the track's name, else the document's, trimmed; none when neither has one", () => {
    const file = (name: string) => parseGpx(readFileSync(textFixturePath(textFixture(name)))).title;
    expect(file('togeojson__run_gpxtpx.gpx')).toBe('Greeting SF with a dumb, dumb route');
    // Several tracks: the first one's name.
    expect(file('gpxpy__korita-zbevnica.gpx')).toBe('03-OCT-10');
    expect(file('togeojson__blue_hills.gpx')).toBe('BIG LOOP');
    expect(file('gpxpy__route.gpx')).toBeUndefined();
    const named = (inner: string) =>
      parseGpx(gpx(`${inner}${track([pt(1, 2, time('07:00:00'))])}`)).title;
    expect(named('<metadata><name>  Parkrun  </name></metadata>')).toBe('Parkrun');
    expect(named('<metadata><name> </name></metadata>')).toBeUndefined();
  });
});

describe('parseGpx: times', () => {
  it('fills missing times evenly between timed neighbours, and from the nearest at the ends', () => {
    const a = parseGpx(
      gpx(
        track([
          pt(1, 1.0),
          pt(1, 1.001, time('07:00:10')),
          pt(1, 1.002),
          pt(1, 1.003),
          pt(1, 1.004, time('07:00:16')),
          pt(1, 1.005),
        ]),
      ),
    );
    expect(a.startTime).toBe('2024-03-10T07:00:10.000Z');
    expect(a.samples.map((s) => s.timeSec)).toEqual([0, 0, 2, 4, 6, 6]);
  });

  it('leaves out untimed segments when others are timed (a saved track beside the recording)', () => {
    const a = parseGpx(
      gpx(
        track([pt(5, 5), pt(5, 5.001)]) +
          track([pt(1, 1, time('07:00:00')), pt(1, 1.001, time('07:00:03'))]),
      ),
    );
    expect(a.samples.map((s) => s.lat)).toEqual([1, 1]);
  });

  it('keeps a file without times at 0 s, starting at the document time (GPX 1.1 and 1.0)', () => {
    const untimed = track([pt(1, 1), pt(1, 1.001)]);
    const v11 = parseGpx(gpx(`<metadata><time>2020-01-02T03:04:05Z</time></metadata>${untimed}`));
    expect(v11.startTime).toBe('2020-01-02T03:04:05.000Z');
    expect(v11.samples.map((s) => s.timeSec)).toEqual([0, 0]);
    const v10 = parseGpx(gpx(`<time>2019-05-06T07:08:09Z</time>${untimed}`));
    expect(v10.startTime).toBe('2019-05-06T07:08:09.000Z');
    expect(parseGpx(gpx(untimed)).startTime).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('parseGpx: routes, BOM, errors', () => {
  const route =
    '<rte><type>hiking</type><rtept lat="46" lon="7"/><rtept lat="46.01" lon="7"><ele>900</ele></rtept></rte>';

  it('reads route points when there is no track', () => {
    const a = parseGpx(gpx(route));
    expect(a.sport).toBe('hike');
    expect(a.samples).toEqual([
      { timeSec: 0, lat: 46, lon: 7 },
      { timeSec: 0, lat: 46.01, lon: 7, altitudeM: 900 },
    ]);
  });

  it('prefers a track over a route', () => {
    const a = parseGpx(gpx(route + track([pt(1, 2, time('07:00:00'))])));
    expect(a.samples.map((s) => s.lat)).toEqual([1]);
  });

  it('reads text and bytes that start with a byte-order mark', () => {
    const text = gpx(track([pt(1, 2, time('07:00:00'))]));
    expect(parseGpx(`\uFEFF${text}`).samples).toHaveLength(1);
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(parseGpx(bytes).samples).toHaveLength(1);
  });

  it('throws FileFormatError naming the file for bad XML, other formats and no points', () => {
    const cases: [string, RegExp][] = [
      [gpx('<trk><trkseg></trk>'), /^run\.gpx: not well-formed XML: /],
      ['<TrainingCenterDatabase/>', /^run\.gpx: not a GPX file: no <gpx> element$/],
      ['', /^run\.gpx: not a GPX file/],
      [gpx('<wpt lat="1" lon="2"/>'), /^run\.gpx: GPX file holds no track or route points$/],
      [gpx(track([])), /^run\.gpx: GPX file holds no track or route points$/],
    ];
    for (const [text, message] of cases) {
      let thrown: unknown;
      try {
        parseGpx(text, 'run.gpx');
      } catch (error) {
        thrown = error;
      }
      expect(thrown, text).toBeInstanceOf(FileFormatError);
      expect((thrown as FileFormatError).message, text).toMatch(message);
      expect((thrown as FileFormatError).file).toBe('run.gpx');
    }
  });

  it('has a default name for text without one', () => {
    expect(() => parseGpx('<nope/>')).toThrow(/^GPX input: /);
  });
});

describe('parseGpx: a file cut short', () => {
  const bytes = new Uint8Array(readFileSync(textFixturePath(textFixture('togeojson__run.gpx'))));
  const full = parseGpx(bytes, 'run.gpx');

  it('gives the points before the cut, marked partial', () => {
    const cut = parseGpx(bytes.subarray(0, Math.floor(bytes.length / 2)), 'run.gpx');
    expect(cut.partial?.reason).toBe('cut short: no </gpx>; read up to the last whole point');
    expect(cut.samples.length).toBeGreaterThan(50);
    expect(cut.samples).toEqual(full.samples.slice(0, cut.samples.length));
  });

  it('random cuts give a prefix of the points or a FileFormatError, never anything else', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length }), (at) => {
        try {
          const a = parseGpx(bytes.subarray(0, at), 'run.gpx');
          expect(a.samples).toEqual(full.samples.slice(0, a.samples.length));
          if (a.partial === undefined) expect(a.samples).toEqual(full.samples);
        } catch (error) {
          expect(error).toBeInstanceOf(FileFormatError);
        }
      }),
      { numRuns: 150 },
    );
  });
});
