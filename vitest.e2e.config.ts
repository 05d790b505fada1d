import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built extension in Debian's headless Chromium, one file at a time (2-core machines). The
 * Firefox suite in tests/e2e/firefox/ has its own config (vitest.firefox.config.ts).
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    exclude: ['tests/e2e/firefox/**'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Timing checks (no task of 50 ms or more) can be tripped by the machine stalling; a real regression fails every try.
    retry: process.env.CI ? 2 : 0,
  },
});
