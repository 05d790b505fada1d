import { defineConfig } from 'vitest/config';

/** Unit and component tests: fast, in happy-dom, no browser. End-to-end tests have their own config. */
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  define: { __CARE_LENS_E2E__: 'false' },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
  },
});
