/** Build-time flags (replaced by Vite's `define`; absent when code runs under tsx or Vitest without it). */
declare const __CARE_LENS_E2E__: boolean | undefined;

/** The build made for end-to-end tests and benchmarks (`npm run build:e2e`). */
export const IS_E2E_BUILD: boolean = typeof __CARE_LENS_E2E__ !== 'undefined' && __CARE_LENS_E2E__ === true;
