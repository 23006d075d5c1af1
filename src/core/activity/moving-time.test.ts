import { describe, expect, it } from 'vitest';
import { PAUSE_GAP_SEC, recordingTimes, STANDING_SPEED_MPS } from './moving-time.js';
import type { Sample } from './types.js';

describe('recordingTimes', () => {
  it('leaves out pauses (gaps over 30 s) and standing (under 0.5 m/s)', () => {
    expect([PAUSE_GAP_SEC, STANDING_SPEED_MPS]).toEqual([30, 0.5]);
    const samples: Sample[] = [
      { timeSec: 0, speedMps: 3 },
      { timeSec: 5, speedMps: 3 }, // 5 s moving
      { timeSec: 10, speedMps: 0.2 }, // 5 s standing
      { timeSec: 100, speedMps: 3 }, // 90 s gap: paused
      { timeSec: 130, speedMps: 3 }, // 30 s: not yet a pause, moving
    ];
    expect(recordingTimes(samples)).toEqual({ recordedSec: 40, movingSec: 35 });
  });

  it('falls back to distance, then GPS, for the speed of an interval', () => {
    const byDistance: Sample[] = [
      { timeSec: 0, distanceM: 0 },
      { timeSec: 10, distanceM: 4 }, // 0.4 m/s: standing
      { timeSec: 20, distanceM: 34 }, // 3 m/s
    ];
    expect(recordingTimes(byDistance)).toEqual({ recordedSec: 20, movingSec: 10 });
    const byGps: Sample[] = [
      { timeSec: 0, lat: 0, lon: 0 },
      { timeSec: 10, lat: 0, lon: 0.0003 }, // 33 m in 10 s
      { timeSec: 20, lat: 0, lon: 0.0003 },
    ];
    expect(recordingTimes(byGps)).toEqual({ recordedSec: 20, movingSec: 10 });
  });

  it('counts every interval as moving when nothing tells speed (a gym session)', () => {
    const samples: Sample[] = [0, 1, 2, 3].map((t) => ({ timeSec: t, heartRateBpm: 100 }));
    expect(recordingTimes(samples)).toEqual({ recordedSec: 3, movingSec: 3 });
  });
});
