import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    globalSetup: ['./test/support/twin-global-setup.ts'],
    reporters: ['default', './test/support/closing-line-reporter.ts'],
  },
});
