// Rows of the published tables in Daniels' Running Formula, 3rd ed. (Human Kinetics, 2014):
// table 5.1 (race times for each VDOT) and table 5.2 (training paces for each VDOT).
// Transcribed from open projects that test against the book:
//  - Runalyze, tests/inc/core/Calculation/JD/VDOTTest.php: 5K, 10K, half and marathon times
//    for every fifth VDOT from 30 to 85;
//  - mrodrigues1/running-planner, RunningPlanner.Core/Models/Paces/VdotCalculator.cs: race
//    times for every VDOT, and the E, M and T paces per km;
// I and R are printed per 400 m and per 200 m (I also per km from VDOT 37 up); those cells
// were checked against a second transcription that quotes the same rows per mile.
// The 5K at VDOT 80, 83 and 85 is printed to tenths (13:17.8, 12:53.0, 12:37.4): rounded here.

import { parseDurationSec } from '../units/duration.js';

export interface DanielsRow {
  vdot: number;
  /** Table 5.1: 5K, 10K, half marathon, marathon. */
  race: { '5k': string; '10k': string; half: string; marathon: string };
  /** Table 5.2, per km: easy [fast, slow], marathon, threshold. */
  easyPerKm: [string, string];
  marathonPerKm: string;
  thresholdPerKm: string;
  /** Interval pace per km where the book prints it, else its 400 m time in seconds. */
  interval: { perKm: string } | { per400mSec: number };
  /** Repetition pace: the book's 400 m time in seconds, or 200 m where no 400 m is printed. */
  repetition: { per400mSec: number } | { per200mSec: number };
}

const row = (
  vdot: number,
  [fiveK, tenK, half, marathon]: [string, string, string, string],
  [easyFast, easySlow, marathonPerKm, thresholdPerKm]: [string, string, string, string],
  interval: DanielsRow['interval'],
  repetition: DanielsRow['repetition'],
): DanielsRow => ({
  vdot,
  race: { '5k': fiveK, '10k': tenK, half, marathon },
  easyPerKm: [easyFast, easySlow],
  marathonPerKm,
  thresholdPerKm,
  interval,
  repetition,
});

// biome-ignore format: one table row per line reads like the book
export const DANIELS_ROWS: readonly DanielsRow[] = [
  row(30, ['30:40', '63:46', '2:21:04', '4:49:17'], ['7:27', '8:14', '7:03', '6:24'], { per400mSec: 142 }, { per200mSec: 67 }),
  row(33, ['28:21', '58:54', '2:10:27', '4:28:22'], ['6:55', '7:41', '6:30', '5:56'], { per400mSec: 131 }, { per200mSec: 61 }),
  row(35, ['27:00', '56:03', '2:04:13', '4:16:03'], ['6:36', '7:21', '6:10', '5:40'], { per400mSec: 125 }, { per400mSec: 117 }),
  row(38, ['25:12', '52:17', '1:55:55', '3:59:35'], ['6:11', '6:54', '5:45', '5:19'], { perKm: '4:54' }, { per400mSec: 108 }),
  row(40, ['24:08', '50:03', '1:50:59', '3:49:45'], ['5:56', '6:38', '5:29', '5:06'], { perKm: '4:42' }, { per400mSec: 104 }),
  row(43, ['22:41', '47:04', '1:44:20', '3:36:28'], ['5:35', '6:16', '5:09', '4:49'], { perKm: '4:26' }, { per400mSec: 98 }),
  row(45, ['21:50', '45:16', '1:40:20', '3:28:26'], ['5:23', '6:03', '4:57', '4:38'], { perKm: '4:16' }, { per400mSec: 94 }),
  row(48, ['20:39', '42:50', '1:34:53', '3:17:29'], ['5:07', '5:45', '4:41', '4:24'], { perKm: '4:03' }, { per400mSec: 89 }),
  row(50, ['19:57', '41:21', '1:31:35', '3:10:49'], ['4:56', '5:34', '4:31', '4:15'], { perKm: '3:55' }, { per400mSec: 87 }),
  row(53, ['18:58', '39:20', '1:27:04', '3:01:39'], ['4:43', '5:19', '4:18', '4:04'], { perKm: '3:44' }, { per400mSec: 84 }),
  row(55, ['18:22', '38:06', '1:24:18', '2:56:01'], ['4:34', '5:10', '4:10', '3:56'], { perKm: '3:37' }, { per400mSec: 81 }),
  row(58, ['17:33', '36:24', '1:20:30', '2:48:14'], ['4:22', '4:57', '3:59', '3:46'], { perKm: '3:28' }, { per400mSec: 77 }),
  row(60, ['17:03', '35:22', '1:18:09', '2:43:25'], ['4:15', '4:49', '3:52', '3:40'], { perKm: '3:23' }, { per400mSec: 75 }),
  row(63, ['16:20', '33:55', '1:14:54', '2:36:44'], ['4:05', '4:38', '3:43', '3:32'], { perKm: '3:15' }, { per400mSec: 72 }),
  row(65, ['15:54', '33:01', '1:12:53', '2:32:35'], ['3:59', '4:31', '3:37', '3:26'], { perKm: '3:10' }, { per400mSec: 70 }),
  row(68, ['15:18', '31:46', '1:10:05', '2:26:47'], ['3:50', '4:21', '3:29', '3:19'], { perKm: '3:03' }, { per400mSec: 67 }),
  row(70, ['14:55', '31:00', '1:08:21', '2:23:10'], ['3:44', '4:15', '3:24', '3:14'], { perKm: '2:59' }, { per400mSec: 65 }),
  row(73, ['14:23', '29:55', '1:05:54', '2:18:05'], ['3:37', '4:07', '3:16', '3:08'], { perKm: '2:53' }, { per400mSec: 63 }),
  row(75, ['14:03', '29:14', '1:04:23', '2:14:55'], ['3:32', '4:01', '3:12', '3:04'], { perKm: '2:49' }, { per400mSec: 61 }),
  row(78, ['13:35', '28:17', '1:02:15', '2:10:27'], ['3:25', '3:53', '3:06', '2:58'], { perKm: '2:44' }, { per400mSec: 59 }),
  row(80, ['13:18', '27:41', '1:00:54', '2:07:38'], ['3:21', '3:49', '3:01', '2:54'], { perKm: '2:41' }, { per400mSec: 58 }),
  row(83, ['12:53', '26:51', '59:01', '2:03:40'], ['3:15', '3:42', '2:56', '2:49'], { perKm: '2:36' }, { per400mSec: 56 }),
  row(85, ['12:37', '26:19', '57:50', '2:01:10'], ['3:11', '3:38', '2:52', '2:46'], { perKm: '2:33' }, { per400mSec: 55 }),
];

/** A printed time ("7:27", "2:21:04") in seconds. */
export const bookSec = (text: string): number => parseDurationSec(text);

export function intervalSecPerKm(r: DanielsRow): number {
  return 'perKm' in r.interval ? bookSec(r.interval.perKm) : r.interval.per400mSec * 2.5;
}

export function repetitionSecPerKm(r: DanielsRow): number {
  return 'per400mSec' in r.repetition ? r.repetition.per400mSec * 2.5 : r.repetition.per200mSec * 5;
}
