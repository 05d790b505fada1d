/**
 * Finds the open shadow roots under a subtree (web components some news sites render their articles, quotes or
 * fact boxes with), so the scanner reads them like the rest of the page. A tree walk over elements, resumable
 * in steps of `STEP_ELEMENTS`, that does not enter what the scanner skips; closed shadow roots cannot be read.
 */
import { isInsideSkipped, type SkipRules } from './text-segments';

/** Elements looked at per step: a few hundred microseconds at most. */
const STEP_ELEMENTS = 2_000;

export interface ShadowRootFinder {
  /** The next open shadow root; undefined when none turned up in this step; null when the walk is over. */
  next(): ShadowRoot | undefined | null;
}

export function createShadowRootFinder(root: Element | ShadowRoot, rules: SkipRules): ShadowRootFinder {
  const document = root.ownerDocument ?? (root as Element).ownerDocument;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  let over = false;
  // The walk starts below the root: an element root (a web component the page just added) is a host itself.
  let self = root.nodeType === 1 ? (root as Element).shadowRoot : null;
  return {
    next() {
      if (over) return null;
      if (self) {
        const shadow = self;
        self = null;
        if (!isInsideSkipped(shadow.host, rules)) return shadow;
      }
      for (let i = 0; i < STEP_ELEMENTS; i += 1) {
        const element = walker.nextNode() as Element | null;
        if (!element) {
          over = true;
          return null;
        }
        const shadow = element.shadowRoot;
        if (shadow && !isInsideSkipped(element, rules)) return shadow;
      }
      return undefined;
    },
  };
}
