import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** Unit and component tests: fast, in happy-dom, no browser. End-to-end tests have their own config. */
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  // Component tests open the popup on a given tab (?tab=), as the e2e build does.
  resolve: { alias: { '#e2e-hooks': resolve('utils/shared/e2e/e2e-hooks.ts') } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
  },
});
