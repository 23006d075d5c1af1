import { describe, expect, it } from 'vitest';
import { bookSec, DANIELS_ROWS } from './daniels-tables.testdata.js';
import { predictions } from './predictions.js';

describe('predictions against table 5.1', () => {
  const toleranceSec = { '5k': 5, '10k': 10, half: 25, marathon: 60 } as const;
  for (const row of DANIELS_ROWS) {
    it(`VDOT ${row.vdot}`, () => {
      const predicted = predictions(row.vdot);
      for (const goal of ['5k', '10k', 'half', 'marathon'] as const) {
        const diff = Math.abs(predicted[goal] - bookSec(row.race[goal]));
        expect(diff, `${goal}: ${predicted[goal]} vs ${row.race[goal]}`).toBeLessThanOrEqual(
          toleranceSec[goal],
        );
        expect(Number.isInteger(predicted[goal])).toBe(true);
      }
    });
  }
});
