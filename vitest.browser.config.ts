// End-to-end tests in real Chromium (test/browser). Kept out of the main run's include so a
// plain `vitest` never needs a browser; scripts/test.mjs runs both.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/browser/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
