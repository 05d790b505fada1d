/** What the content script knows about one marked mention, shared by the scanner, painter, hit-tester and card. */
export interface Mention {
  /** Unique on this page for the life of the content script. */
  id: number;
  /** Covers exactly the mention's words; may span inline elements. */
  range: Range;
  /** The records the phrase points at (several when a phrase is shared). */
  recordIds: string[];
  /** The words as they appear on the page. */
  matchedText: string;
  /** The dataset term that matched (normalised), for "Why is this marked?". */
  termKey: string;
}

/**
 * The in-page card, as the content script drives it. The content script decides *which* mention the pointer or
 * keyboard is on; the presenter decides *when* to show, keep and hide the card.
 */
export interface CardPresenter {
  /** The reader is near a mark: create the card frame now, so the first card opens without waiting for it. */
  warm(): void;
  /** The pointer is over `mention` (already hit-tested). Opening waits for the hover delay. */
  pointerEnteredMention(mention: Mention): void;
  /** The pointer is over no mention. Closing waits a little, so the pointer can travel into the card. */
  pointerLeftMention(): void;
  /** Open pinned, with focus in the card (keyboard command, popup's "On this page", click). */
  openPinned(mention: Mention): void;
  close(): void;
  /** Close unless the reader pinned the card (marking switched off: a card the reader is using stays). */
  closeUnlessPinned(): void;
  isOpen(): boolean;
  /** Whether `target` is inside the card's UI (the hit-tester ignores such events). */
  containsTarget(target: EventTarget | null): boolean;
  destroy(): void;
}
