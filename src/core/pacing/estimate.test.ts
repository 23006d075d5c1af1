import { describe, expect, it } from 'vitest';
import { bookSec, DANIELS_ROWS } from './daniels-tables.testdata.js';
import { estimateVdot } from './estimate.js';
import { trainingPaces } from './training-paces.js';

describe('estimateVdot', () => {
  it('falls back to a cautious default per experience, and says so', () => {
    expect(estimateVdot({ experience: 'beginner' })).toEqual({
      vdot: 30,
      source:
        'No recent race was given, so paces use a cautious VDOT of 30 for a beginner; a 5K time ' +
        'trial or a recent race would set them from your real fitness.',
    });
    expect(estimateVdot({ experience: 'intermediate' }).vdot).toBe(38);
    expect(estimateVdot({ experience: 'intermediate' }).source).toContain('an intermediate runner');
    expect(estimateVdot({ experience: 'advanced' }).vdot).toBe(46);
  });

  it("finds the table row whose easy range is centred on the runner's easy pace", () => {
    for (const row of DANIELS_ROWS) {
      const midSecPerKm = (bookSec(row.easyPerKm[0]) + bookSec(row.easyPerKm[1])) / 2;
      const { vdot } = estimateVdot({ experience: 'beginner', easyPaceSecPerKm: midSecPerKm });
      expect(Math.abs(vdot - row.vdot), `VDOT ${row.vdot}`).toBeLessThanOrEqual(0.6);
    }
  });

  it("centres the estimate's own easy range on the pace given", () => {
    const { vdot, source } = estimateVdot({ experience: 'advanced', easyPaceSecPerKm: 360 });
    const [fast, slow] = trainingPaces(vdot).easySecPerKm;
    expect(Math.abs((fast + slow) / 2 - 360)).toBeLessThanOrEqual(1);
    expect(source).toBe(
      `Estimated from the easy pace you gave: VDOT ${vdot.toFixed(1)} is the fitness whose easy ` +
        'range is centred on it. A recent race or time trial would give surer paces.',
    );
  });

  it('refuses easy paces outside those of VDOT 15–90', () => {
    expect(() => estimateVdot({ experience: 'beginner', easyPaceSecPerKm: 15 * 60 })).toThrow(
      expect.objectContaining({
        field: 'easyPaceSecPerKm',
        message: 'easy pace 15:00/km: expected 3:16/km to 12:54/km, the easy paces of VDOT 15–90',
      }),
    );
    expect(() => estimateVdot({ experience: 'beginner', easyPaceSecPerKm: 180 })).toThrow(
      /expected 3:16\/km to 12:54\/km/,
    );
  });
});
