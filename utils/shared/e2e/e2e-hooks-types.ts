/** One card's timing: all `performance.timeOrigin + performance.now()`, comparable across the page and the frame. */
export interface CardTiming {
  request: number;
  /** The hover delay ended (pointer at rest + the reader's delay), or the keyboard asked for the card. */
  openedAt: number;
  /** The page showed the card's frame element (in its animation frame nearest the delay's end). */
  placedAt: number;
  /** The card frame had drawn the card at its shown size. */
  framePaintedAt: number;
  /** The page's next frame after the frame element was shown. */
  pagePaintedAt: number;
}

/** What the `#e2e-hooks` alias provides: the end-to-end build's hooks (e2e-hooks.ts) or release-hooks.ts. */
export interface E2eHooks {
  /** Reports a finished scan of the page; undefined in release builds, so no report is even put together. */
  scanSettled: ((report: object) => void) | undefined;
  /**
   * Reports a card's timing for the benchmark: when the hover delay ended, and when the frame and the page had
   * painted the card (all `performance.timeOrigin + performance.now()`, comparable across the two documents).
   */
  cardTiming: ((timing: CardTiming) => void) | undefined;
  /** Marks a moment of the popup's start-up for the benchmark. */
  popupMoment(moment: 'focused' | 'ready'): void;
  /** The tab a popup opened in a tab of its own should work on (`?tab=<id>`), or null for the active tab. */
  popupTargetTab(search: string): number | null;
}
