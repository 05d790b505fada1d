/**
 * Paints mentions with the CSS Custom Highlight API: one `Highlight` for every mark (registered under the name of
 * the chosen style) and one for the mention the reader is on, so each mention's Range is in exactly one
 * highlight. The page's DOM is never touched.
 */
import { HIGHLIGHT_NAMES } from './highlight-styles';
import type { Mention } from './mention-types';
import type { HighlightStyle } from './settings';

export interface HighlightPainter {
  /** Makes the painted set exactly `mentions` (adds and removes only the difference). */
  paint(mentions: Iterable<Mention>): void;
  setStyle(style: HighlightStyle): void;
  /** Shows `mention` as the current one (stepping, open card); null for none. */
  setActive(mention: Mention | null): void;
  isPainted(mention: Mention): boolean;
  painted(): ReadonlySet<Mention>;
  /** Unregisters the highlights (only if they are still this painter's). */
  destroy(): void;
}

export function createHighlightPainter(style: HighlightStyle): HighlightPainter {
  const marks = new Highlight();
  const active = new Highlight();
  active.priority = 1;
  let painted = new Set<Mention>();
  let current: Mention | null = null;
  let registeredName = HIGHLIGHT_NAMES[style];
  CSS.highlights.set(registeredName, marks);
  CSS.highlights.set(HIGHLIGHT_NAMES.active, active);

  function unregister(name: string, highlight: Highlight): void {
    if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
  }

  return {
    paint(mentions) {
      const next = new Set(mentions);
      for (const mention of painted) {
        if (next.has(mention)) continue;
        marks.delete(mention.range);
        if (mention === current) {
          active.clear();
          current = null;
        }
      }
      for (const mention of next) {
        if (!painted.has(mention) && mention !== current) marks.add(mention.range);
      }
      painted = next;
    },
    setStyle(nextStyle) {
      const name = HIGHLIGHT_NAMES[nextStyle];
      if (name === registeredName) return;
      unregister(registeredName, marks);
      registeredName = name;
      CSS.highlights.set(name, marks);
    },
    setActive(mention) {
      if (mention === current) return;
      if (current && painted.has(current)) marks.add(current.range);
      active.clear();
      current = mention && painted.has(mention) ? mention : null;
      if (current) {
        marks.delete(current.range);
        active.add(current.range);
      }
    },
    isPainted: (mention) => painted.has(mention),
    painted: () => painted,
    destroy() {
      unregister(registeredName, marks);
      unregister(HIGHLIGHT_NAMES.active, active);
      marks.clear();
      active.clear();
      painted = new Set();
      current = null;
    },
  };
}
