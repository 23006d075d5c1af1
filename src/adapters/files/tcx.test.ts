import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../core/activity/summary.js';
import { FileFormatError } from './errors.js';
import { parseTcx } from './tcx.js';
import { textFixture, textFixturePath } from './text-fixtures.fixture.js';

const tcx = (activities: string) =>
  '<?xml version="1.0" encoding="UTF-8"?><TrainingCenterDatabase ' +
  'xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" ' +
  'xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">' +
  `<Activities>${activities}</Activities></TrainingCenterDatabase>`;

const activity = (sport: string, laps: string, creator = '') =>
  `<Activity Sport="${sport}"><Id>2024-03-10T07:00:00Z</Id>${laps}${creator}</Activity>`;

interface LapSpec {
  start: string;
  timerSec?: number;
  distanceM?: number;
  avgHr?: number;
  maxHr?: number;
  kcal?: number;
  points?: string[];
}

const lap = (l: LapSpec) =>
  `<Lap StartTime="2024-03-10T${l.start}Z">` +
  (l.timerSec === undefined ? '' : `<TotalTimeSeconds>${l.timerSec}</TotalTimeSeconds>`) +
  (l.distanceM === undefined ? '' : `<DistanceMeters>${l.distanceM}</DistanceMeters>`) +
  (l.kcal === undefined ? '' : `<Calories>${l.kcal}</Calories>`) +
  (l.avgHr === undefined
    ? ''
    : `<AverageHeartRateBpm><Value>${l.avgHr}</Value></AverageHeartRateBpm>`) +
  (l.maxHr === undefined
    ? ''
    : `<MaximumHeartRateBpm><Value>${l.maxHr}</Value></MaximumHeartRateBpm>`) +
  `<Track>${(l.points ?? []).join('')}</Track></Lap>`;

const trackpoint = (hms: string, inner = '') =>
  `<Trackpoint><Time>2024-03-10T${hms}Z</Time>${inner}</Trackpoint>`;
const position = (lat: number, lon: number) =>
  `<Position><LatitudeDegrees>${lat}</LatitudeDegrees><LongitudeDegrees>${lon}</LongitudeDegrees></Position>`;

describe('parseTcx', () => {
  const run = tcx(
    activity(
      'Running',
      lap({
        start: '07:00:00',
        timerSec: 300,
        distanceM: 1000,
        avgHr: 140,
        maxHr: 150,
        kcal: 70,
        points: [
          trackpoint(
            '07:00:00',
            `${position(52.5, 13.4)}<AltitudeMeters>34</AltitudeMeters><DistanceMeters>0</DistanceMeters><HeartRateBpm><Value>120</Value></HeartRateBpm><Extensions><ns3:TPX><ns3:Speed>3.3</ns3:Speed><ns3:RunCadence>85</ns3:RunCadence></ns3:TPX></Extensions>`,
          ),
          trackpoint('07:00:01'),
          trackpoint('07:05:00', `<DistanceMeters>1000</DistanceMeters><Cadence>88</Cadence>`),
        ],
      }) +
        lap({
          start: '07:10:00',
          timerSec: 200,
          distanceM: 800,
          avgHr: 160,
          maxHr: 171,
          kcal: 50,
          points: [trackpoint('07:13:40', '<DistanceMeters>1800</DistanceMeters>')],
        }),
      '<Creator><Name>Forerunner 265</Name></Creator>',
    ),
  );

  it('reads trackpoints: position, altitude, device distance, heart rate, cadence, speed', () => {
    const a = parseTcx(run, 'run.tcx');
    expect(a.sport).toBe('run');
    expect(a.startTime).toBe('2024-03-10T07:00:00.000Z');
    expect(a.device).toBe('Forerunner 265');
    // The time-only trackpoint measures nothing and is left out. RunCadence and, for a run,
    // <Cadence> count one foot: doubled to steps per minute.
    expect(a.samples).toEqual([
      {
        timeSec: 0,
        lat: 52.5,
        lon: 13.4,
        altitudeM: 34,
        distanceM: 0,
        heartRateBpm: 120,
        cadenceSpm: 170,
        speedMps: 3.3,
      },
      { timeSec: 300, distanceM: 1000, cadenceSpm: 176 },
      { timeSec: 820, distanceM: 1800 },
    ]);
  });

  it('reads laps, and totals over them that summarize takes as the device’s figures', () => {
    const a = parseTcx(run, 'run.tcx');
    expect(a.laps).toEqual([
      {
        startOffsetSec: 0,
        elapsedSec: 300,
        timerSec: 300,
        distanceM: 1000,
        avgHr: 140,
        maxHr: 150,
      },
      // The last trackpoint comes 220 s after the lap start: elapsed covers it.
      {
        startOffsetSec: 600,
        elapsedSec: 220,
        timerSec: 200,
        distanceM: 800,
        avgHr: 160,
        maxHr: 171,
      },
    ]);
    // Heart rate weighted by timer time: (140 × 300 + 160 × 200) / 500 = 148.
    expect(a.totals).toEqual({
      elapsedSec: 820,
      distanceM: 1800,
      timerSec: 500,
      avgHr: 148,
      maxHr: 171,
      kcal: 120,
    });
    expect(summarize(a).distanceKm).toBe(1.8);
  });

  it('keeps bike cadence as crank turns per minute', () => {
    const a = parseTcx(
      tcx(
        activity(
          'Biking',
          lap({ start: '07:00:00', points: [trackpoint('07:00:00', '<Cadence>90</Cadence>')] }),
        ),
      ),
    );
    expect(a.sport).toBe('ride');
    expect(a.samples[0]!.cadenceSpm).toBe(90);
  });

  it('gives other / multisport for activities of different sports, in time order', () => {
    const a = parseTcx(
      tcx(
        activity(
          'Biking',
          lap({
            start: '08:00:00',
            timerSec: 60,
            points: [trackpoint('08:00:30', position(1, 2))],
          }),
        ) +
          activity(
            'Running',
            lap({
              start: '07:00:00',
              timerSec: 60,
              points: [trackpoint('07:00:30', position(3, 4))],
            }),
          ),
      ),
    );
    expect(a.sport).toBe('other');
    expect(a.subSport).toBe('multisport');
    expect(a.startTime).toBe('2024-03-10T07:00:00.000Z');
    expect(a.samples.map((s) => [s.timeSec, s.lat])).toEqual([
      [30, 3],
      [3630, 1],
    ]);
  });

  it('leaves distance out of the totals when a lap lacks it', () => {
    const a = parseTcx(
      tcx(
        activity(
          'Running',
          lap({ start: '07:00:00', timerSec: 60, distanceM: 200 }) +
            lap({ start: '07:01:00', timerSec: 60 }),
        ),
      ),
    );
    expect(a.totals?.distanceM).toBeUndefined();
    expect(a.totals?.timerSec).toBe(120);
  });

  it('throws FileFormatError naming the file for bad XML, other formats and no activity', () => {
    const cases: [string, RegExp][] = [
      [tcx('<Activity><Lap></Activity>'), /^ride\.tcx: not well-formed XML: /],
      ['<gpx/>', /^ride\.tcx: not a TCX file: no <TrainingCenterDatabase> element$/],
      [tcx(''), /^ride\.tcx: TCX file holds no activity with a timed lap or trackpoint$/],
      [
        tcx(activity('Running', '<Lap><TotalTimeSeconds>5</TotalTimeSeconds></Lap>')),
        /no activity with a timed lap/,
      ],
    ];
    for (const [text, message] of cases) {
      expect(() => parseTcx(text, 'ride.tcx'), text).toThrow(FileFormatError);
      expect(() => parseTcx(text, 'ride.tcx'), text).toThrow(message);
    }
  });
});

describe('parseTcx: a file cut short', () => {
  const bytes = new Uint8Array(
    readFileSync(textFixturePath(textFixture('togeojson__tour_hr.tcx'))),
  );
  const full = parseTcx(bytes, 'tour.tcx');

  it('random cuts give a prefix of the samples or a FileFormatError, never anything else', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length }), (at) => {
        try {
          const a = parseTcx(bytes.subarray(0, at), 'tour.tcx');
          expect(a.samples).toEqual(full.samples.slice(0, a.samples.length));
          if (a.partial === undefined) expect(a.samples).toEqual(full.samples);
          else expect(a.partial.reason).toMatch(/^cut short: no <\/TrainingCenterDatabase>/);
        } catch (error) {
          expect(error).toBeInstanceOf(FileFormatError);
        }
      }),
      { numRuns: 100 },
    );
  });
});
