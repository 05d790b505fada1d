/**
 * Hooks that only the end-to-end build compiles in (npm run build:e2e; wxt.config.ts points the `#e2e-hooks`
 * alias here, and at release-hooks.ts for every other build). Tests and the benchmark observe the extension through
 * them; tests/unit/wxt.config.test.ts shows the release package holds none of them.
 */
import type { E2eHooks } from './e2e-hooks-types';

/** Dispatched on `document` whenever the page has been read completely and painted (detail: the report as JSON). */
export const SCAN_SETTLED_EVENT = 'care-lens:scan-settled';

/** Performance marks the popup sets for `npm run bench`: the search box has focus; the records are searchable. */
export const POPUP_MARKS = {
  focused: 'care-lens:popup-search-focused',
  ready: 'care-lens:popup-search-ready',
} as const;

/** The query parameter that points a popup opened in a tab of its own (`popup.html?tab=<id>`) at a fixture tab. */
export const POPUP_TAB_PARAMETER = 'tab';

/** Dispatched on `document` with each card's timing (detail: JSON), for the benchmark. */
export const CARD_TIMING_EVENT = 'care-lens:card-timing';

export const e2eHooks: E2eHooks = {
  cardTiming(timing) {
    document.dispatchEvent(new CustomEvent(CARD_TIMING_EVENT, { detail: JSON.stringify(timing) }));
  },
  scanSettled(report) {
    document.dispatchEvent(new CustomEvent(SCAN_SETTLED_EVENT, { detail: JSON.stringify(report) }));
  },
  popupMoment(moment) {
    const name = POPUP_MARKS[moment];
    if (performance.getEntriesByName(name).length === 0) performance.mark(name);
  },
  popupTargetTab(search) {
    const requested = Number(new URLSearchParams(search).get(POPUP_TAB_PARAMETER));
    return Number.isInteger(requested) && requested > 0 ? requested : null;
  },
};
