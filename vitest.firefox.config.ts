import { defineConfig } from 'vitest/config';

/**
 * The Firefox suite: the built Firefox package in Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi,
 * one file at a time (2-core machines). No retries: a flaky Firefox check is a failure to fix, not to repeat.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/firefox/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/firefox/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
