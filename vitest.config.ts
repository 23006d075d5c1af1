import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['node_modules', 'dist', 'test/browser/**'],
    testTimeout: 30_000,
    setupFiles: ['test/fast-check-seed.ts'],
  },
});
