/** The release builds' stand-in for e2e-hooks.ts: no reports, no marks, and the popup always works on the active tab. */
import type { E2eHooks } from './e2e-hooks-types';

export const e2eHooks: E2eHooks = {
  scanSettled: undefined,
  cardTiming: undefined,
  popupMoment() {},
  popupTargetTab: () => null,
};
